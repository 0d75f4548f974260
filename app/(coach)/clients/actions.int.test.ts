import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clientRow, seedClient, seedEmployer, timelineKinds } from '@/db/queries/client-test-fixtures';
import { clients, practices, users } from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { createClientAction, updateClientAction } from './actions';

beforeEach(() => actAs(null));

const input = (coachId: string, extra: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  firstName: 'Eva',
  lastName: 'Smit',
  email: 'eva.smit@example.test',
  phone: '06 1234 5678',
  jobTitle: 'Teamleider',
  employerId: '',
  managerContactId: '',
  coachId,
  startDate: '2026-01-12',
  referralRoute: 'employer' as const,
  locale: 'nl' as const,
  onSickLeave: false,
  sickLeaveSince: '',
  notes: '',
  ...extra,
});

async function countClients(practiceId: string) {
  return (await getDb().select().from(clients).where(eq(clients.practiceId, practiceId))).length;
}

describe('create a client', () => {
  it('stores the client with employer and manager, records the timeline and the audit', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    actAs(owner);
    const since = addDays(todayIn(), -20);
    const result = await createClientAction(
      input(owner.userId, {
        employerId: employer.id,
        managerContactId: manager.id,
        onSickLeave: true,
        sickLeaveSince: since,
        email: 'Eva.Smit@Example.test',
      }),
    );
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : '';
    expect(await clientRow(owner.practiceId, id)).toMatchObject({
      email: 'eva.smit@example.test',
      employerId: employer.id,
      managerContactId: manager.id,
      sickLeaveSince: since,
      status: 'new',
      version: 1,
    });
    expect(await timelineKinds(owner.practiceId, id)).toEqual([
      { kind: 'client.created', data: {} },
      { kind: 'client.sick_leave_started', data: { since } },
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => [a.action, a.entityId])).toContainEqual(['client.created', id]);
  });

  it('gives field messages for bad input and writes nothing', async () => {
    const owner = await createPractice();
    actAs(owner);
    const result = await createClientAction(
      input(owner.userId, { email: 'eva@', phone: 'bel mij', onSickLeave: true, sickLeaveSince: addDays(todayIn(), 3) }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { email: 'validation.email', phone: 'clients.validation.phone', sickLeaveSince: 'clients.validation.sickLeaveInFuture' },
    });
    expect(await countClients(owner.practiceId)).toBe(0);
  });

  it('refuses a duplicate email within the practice, but allows it in another practice', async () => {
    const owner = await createPractice();
    await seedClient(owner.practiceId, owner.userId, { email: 'eva.smit@example.test' });
    actAs(owner);
    expect(await createClientAction(input(owner.userId))).toMatchObject({
      ok: false,
      fieldErrors: { email: 'clients.validation.emailTaken' },
    });
    expect(await countClients(owner.practiceId)).toBe(1);

    const other = await createPractice();
    actAs(other);
    expect((await createClientAction(input(other.userId))).ok).toBe(true);
  });

  it('makes the client once when the same form is sent again (its answer lost), not "address taken"', async () => {
    const owner = await createPractice();
    actAs(owner);
    const requestId = randomUUID();
    const first = await createClientAction(input(owner.userId, { requestId }));
    expect(first).toEqual({ ok: true, data: { id: requestId, visible: true } });
    expect(await createClientAction(input(owner.userId, { requestId }))).toEqual(first);
    expect(await countClients(owner.practiceId)).toBe(1);
    expect((await timelineKinds(owner.practiceId, requestId)).map((e) => e.kind)).toEqual(['client.created']);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'client.created')).toHaveLength(1);
    // The id with another person (a draft put back and filled in anew): that client is made too.
    const next = await createClientAction(input(owner.userId, { requestId, firstName: 'Noor', email: 'noor@example.test' }));
    expect(next).toMatchObject({ ok: true });
    expect(next.ok && next.data.id).not.toBe(requestId);
    expect(await countClients(owner.practiceId)).toBe(2);
    // A coach who may not see that client learns nothing through its id, not even that it is used: their form makes
    // their client under an id of its own, as with an unused one.
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const colleague = await addCoach(owner.practiceId);
    actAs(colleague);
    const theirs = await createClientAction(input(colleague.userId, { requestId, email: 'ander@example.test' }));
    expect(theirs).toMatchObject({ ok: true, data: { visible: true } });
    expect(theirs.ok && theirs.data.id).not.toBe(requestId);
    expect(await countClients(owner.practiceId)).toBe(3);
    // Not even with the hidden client's own name and address: that answers as any form with a used address does.
    const guessed = input(colleague.userId, { requestId });
    const fresh = input(colleague.userId);
    expect(await createClientAction(guessed)).toEqual(await createClientAction(fresh));
    expect(await createClientAction(guessed)).toMatchObject({ ok: false, error: 'validation' });
    expect(await countClients(owner.practiceId)).toBe(3);
  });

  it('answers both with the client when the same form arrives twice at once (two tabs, a retry while it ran)', async () => {
    const owner = await createPractice();
    actAs(owner);
    const same = input(owner.userId);
    const both = await Promise.all([createClientAction(same), createClientAction(same), createClientAction(same)]);
    expect(both).toEqual(Array(3).fill({ ok: true, data: { id: same.requestId, visible: true } }));
    expect(await countClients(owner.practiceId)).toBe(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'client.created')).toHaveLength(1);
  });

  it('refuses a manager of another employer, and an employer or coach of another practice', async () => {
    const owner = await createPractice();
    const a = await seedEmployer(owner.practiceId, 'A');
    const b = await seedEmployer(owner.practiceId, 'B');
    const other = await createPractice();
    const foreign = await seedEmployer(other.practiceId, 'Vreemd');
    actAs(owner);
    expect(await createClientAction(input(owner.userId, { employerId: a.employer.id, managerContactId: b.manager.id }))).toMatchObject({
      fieldErrors: { managerContactId: 'clients.validation.managerOfOtherEmployer' },
    });
    expect(
      await createClientAction(input(other.userId, { employerId: foreign.employer.id, managerContactId: foreign.manager.id })),
    ).toMatchObject({
      fieldErrors: { coachId: 'clients.validation.coachUnknown', employerId: 'clients.validation.employerUnknown' },
    });
    expect(await countClients(owner.practiceId)).toBe(0);
  });

  it('is refused to a signed-out caller', async () => {
    const owner = await createPractice();
    expect(await createClientAction(input(owner.userId))).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('refuses a deactivated coach for a new client or a new coach; a client of that coach still saves', async () => {
    const owner = await createPractice();
    const gone = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, gone.userId, { email: 'eva.smit@example.test', startDate: '2026-01-12' });
    await getDb().update(users).set({ active: false }).where(eq(users.id, gone.userId));
    actAs(owner);
    const refused = { ok: false, error: 'validation', fieldErrors: { coachId: 'clients.validation.coachInactive' } };
    expect(await createClientAction(input(gone.userId, { email: 'nieuw@example.test' }))).toEqual(refused);
    expect(await countClients(owner.practiceId)).toBe(1);
    // Still their coach: an edit of something else saves. Given back to them after another coach: refused.
    expect(await updateClientAction({ ...input(gone.userId, { notes: 'Na de zomer' }), clientId: client.id, version: 1 })).toEqual({
      ok: true,
      data: { version: 2, visible: true },
    });
    expect(await updateClientAction({ ...input(owner.userId), clientId: client.id, version: 2 })).toMatchObject({ ok: true });
    expect(await updateClientAction({ ...input(gone.userId), clientId: client.id, version: 3 })).toEqual(refused);
  });
});

describe('edit a client', () => {
  it('saves, bumps the version and notes what changed (names of fields only)', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {
      email: 'eva.smit@example.test',
      startDate: '2026-01-12',
      referralRoute: 'employer',
      phone: '06 1234 5678',
      jobTitle: 'Teamleider',
    });
    actAs(owner);
    const result = await updateClientAction({
      ...input(owner.userId, { jobTitle: 'Afdelingshoofd', notes: 'Start na de zomer' }),
      clientId: client.id,
      version: 1,
    });
    expect(result).toEqual({ ok: true, data: { version: 2, visible: true } });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ jobTitle: 'Afdelingshoofd', version: 2 });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([{ kind: 'client.updated', data: { count: 2 } }]);
    const entry = (await auditFor(owner.practiceId)).find((a) => a.action === 'client.updated');
    expect(entry?.metadata).toEqual({ fields: ['jobTitle', 'notes'] });
  });

  it('ends sick leave on the day the client was back at work, which the poortwachter spells then end on', async () => {
    const owner = await createPractice();
    const since = addDays(todayIn(), -60);
    const client = await seedClient(owner.practiceId, owner.userId, {
      email: 'eva.smit@example.test',
      startDate: '2026-01-12',
      referralRoute: 'employer',
      phone: '06 1234 5678',
      jobTitle: 'Teamleider',
      onSickLeave: true,
      sickLeaveSince: since,
    });
    actAs(owner);
    const edit = (extra: Record<string, unknown>, version = 1) =>
      updateClientAction({ ...input(owner.userId, extra), clientId: client.id, version });
    // Not before the first sick day, not in the future: each a message at the field, nothing written.
    expect(await edit({ recoveredOn: addDays(since, -1) })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { recoveredOn: 'clients.validation.recoveredBeforeSick' },
    });
    expect(await edit({ recoveredOn: addDays(todayIn(), 1) })).toMatchObject({
      ok: false,
      fieldErrors: { recoveredOn: 'clients.validation.recoveredInFuture' },
    });
    expect((await clientRow(owner.practiceId, client.id))!.onSickLeave).toBe(true);
    // Recorded three weeks late: the spell ends on the day back, not today.
    const back = addDays(todayIn(), -21);
    expect(await edit({ recoveredOn: back })).toEqual({ ok: true, data: { version: 2, visible: true } });
    expect(await timelineKinds(owner.practiceId, client.id)).toContainEqual({ kind: 'client.sick_leave_ended', data: { on: back } });
  });

  it('refuses the second of two coaches saving the same version', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { email: 'eva.smit@example.test' });
    actAs(owner);
    expect((await updateClientAction({ ...input(owner.userId, { jobTitle: 'Eerste' }), clientId: client.id, version: 1 })).ok).toBe(true);
    actAs(await addCoach(owner.practiceId));
    expect(await updateClientAction({ ...input(owner.userId, { jobTitle: 'Tweede' }), clientId: client.id, version: 1 })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect((await clientRow(owner.practiceId, client.id))!.jobTitle).toBe('Eerste');
  });

  it('is not found for a coach of another practice, or an unassigned coach when the owner chose so', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, { email: 'eva.smit@example.test' });
    const edit = { ...input(owner.userId, { jobTitle: 'Gekaapt' }), clientId: client.id, version: 1 };

    actAs(await createPractice());
    expect(await updateClientAction(edit)).toEqual({ ok: false, error: 'not_found' });

    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(colleague);
    expect(await updateClientAction(edit)).toEqual({ ok: false, error: 'not_found' });
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(1);

    await getDb().update(practices).set({ coachVisibility: 'all' }).where(eq(practices.id, owner.practiceId));
    expect((await updateClientAction(edit)).ok).toBe(true);
  });

  it("refuses a start date after the closing date and another client's email", async () => {
    const owner = await createPractice();
    await seedClient(owner.practiceId, owner.userId, { email: 'bezet@example.test' });
    const client = await seedClient(owner.practiceId, owner.userId, {
      email: 'eva.smit@example.test',
      status: 'closed',
      closedOn: '2026-02-01',
    });
    actAs(owner);
    expect(
      await updateClientAction({ ...input(owner.userId, { startDate: '2026-03-01' }), clientId: client.id, version: 1 }),
    ).toMatchObject({
      fieldErrors: { startDate: 'clients.validation.startAfterClose' },
    });
    expect(
      await updateClientAction({ ...input(owner.userId, { email: 'bezet@example.test' }), clientId: client.id, version: 1 }),
    ).toMatchObject({
      fieldErrors: { email: 'clients.validation.emailTaken' },
    });
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(1);
  });
});
