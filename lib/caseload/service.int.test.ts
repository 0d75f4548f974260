import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { loadClientOverview } from '@/db/queries/client-overview';
import { clientRow, seedClient, seedEmployer, timelineKinds, clientFormValues as values } from '@/db/queries/client-test-fixtures';
import { planPageData } from '@/db/queries/plan-page';
import { clientPoortwachterTimeline, listPoortwachterDue, poortwachterTimelineOf } from '@/db/queries/poortwachter-due';
import { clients, consents, employerContacts, outbox } from '@/db/schema';
import { auditEntry } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guards';
import type { ClientValues } from '@/lib/schemas/client';
import { addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { addDays, todayIn } from './dates';
import { closeClientTrajectory, createClient, eraseClient, exportClient, recordConsent, updateClientDetails } from './service';

type Claims = Awaited<ReturnType<typeof createPractice>>;
const asActor = (claims: Claims): Actor => ({ ...claims, name: 'Olivia Owner', locale: 'nl' });

const clientsOf = (practiceId: string) => getDb().select().from(clients).where(eq(clients.practiceId, practiceId));

describe('caseload service: the checks the schema cannot make', () => {
  it('refuses a manager of another employer, a coach of another practice and a taken email, and writes nothing', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    const a = await seedEmployer(owner.practiceId, 'A');
    const b = await seedEmployer(owner.practiceId, 'B');
    await seedClient(owner.practiceId, owner.userId, { email: 'bezet@example.test' });
    const result = await createClient(
      asActor(owner),
      values(other.userId, { employerId: a.employer.id, managerContactId: b.manager.id, email: 'bezet@example.test' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: {
        coachId: 'clients.validation.coachUnknown',
        managerContactId: 'clients.validation.managerOfOtherEmployer',
        email: 'clients.validation.emailTaken',
      },
    });
    expect(await clientsOf(owner.practiceId)).toHaveLength(1);
    expect(await auditFor(owner.practiceId)).toEqual([]);
  });

  it('refuses an HR contact as a new client’s manager; an edit keeping a manager whose role changed since still saves', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const [hr] = await getDb()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr' })
      .returning();
    expect(await createClient(asActor(owner), values(owner.userId, { employerId: employer.id, managerContactId: hr!.id }))).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { managerContactId: 'clients.validation.managerNotManager' },
    });
    expect(await clientsOf(owner.practiceId)).toEqual([]);
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    await getDb().update(employerContacts).set({ role: 'hr' }).where(eq(employerContacts.id, manager.id));
    const kept = values(owner.userId, { email: client.email, employerId: employer.id, managerContactId: manager.id, jobTitle: 'Planner' });
    expect(await updateClientDetails(asActor(owner), client.id, 1, kept)).toMatchObject({ ok: true });
  });

  it('refuses a start date after the closing date of a closed client', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { status: 'closed', closedOn: '2026-02-01', startDate: '2026-01-05' });
    const result = await updateClientDetails(
      asActor(owner),
      client.id,
      1,
      values(owner.userId, { email: client.email, startDate: '2026-02-02' }),
    );
    expect(result).toEqual({ ok: false, error: 'validation', fieldErrors: { startDate: 'clients.validation.startAfterClose' } });
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(1);
  });
});

describe('caseload service: one transaction per change', () => {
  it('two coaches saving the same version at once: one wins, the other is stale, and only one timeline line and audit entry exist', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, { email: 'eva.smit@example.test', startDate: '2026-01-12' });
    const [first, second] = await Promise.all([
      updateClientDetails(asActor(owner), client.id, 1, values(owner.userId, { jobTitle: 'Eerste' })),
      updateClientDetails(asActor(colleague), client.id, 1, values(owner.userId, { jobTitle: 'Tweede' })),
    ]);
    expect([first, second].filter((r) => r.ok)).toEqual([{ ok: true, data: { version: 2, visible: true } }]);
    expect([first, second].filter((r) => !r.ok)).toEqual([{ ok: false, error: 'stale' }]);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([{ kind: 'client.updated', data: { count: 1 } }]);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'client.updated')).toHaveLength(1);
  });

  it('two new clients with the same email at once: the loser hears the email is taken, not a server error', async () => {
    const owner = await createPractice();
    const results = await Promise.all([
      createClient(asActor(owner), values(owner.userId)),
      createClient(asActor(owner), values(owner.userId)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: 'validation', fieldErrors: { email: 'clients.validation.emailTaken' } },
    ]);
    expect(await clientsOf(owner.practiceId)).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'client.created')).toHaveLength(1);
  });

  it('the same consent given twice at once is recorded once; the other is refused', async () => {
    const owner = await createPractice();
    // Without the agreement the fixtures record by default: this test gives it.
    const client = await seedClient(owner.practiceId, owner.userId, {}, { agreement: false });
    const give = () => recordConsent(asActor(owner), { clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' });
    const results = await Promise.all([give(), give()]);
    expect(results).toContainEqual({ ok: true, data: null });
    expect(results).toContainEqual({ ok: false, error: 'validation', fieldErrors: { action: 'consents.errors.alreadyGiven' } });
    expect(await getDb().select().from(consents).where(eq(consents.clientId, client.id))).toHaveLength(1);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toEqual(['consent.given']);
  });

  it('a stale close writes no timeline line and no audit entry', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { startDate: '2026-01-12', version: 3 });
    expect(await closeClientTrajectory(asActor(owner), client.id, 2, { closedOn: todayIn(), reason: 'completed' })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
    expect(await auditFor(owner.practiceId)).toEqual([]);
    expect(await closeClientTrajectory(asActor(owner), client.id, 3, { closedOn: addDays(todayIn(), -1), reason: 'completed' })).toEqual({
      ok: true,
      data: { version: 4 },
    });
  });
});

describe('caseload service: sick leave', () => {
  it('keeps a first sick day corrected while on sick leave: after recovery and relapse the earlier spell starts on it', async () => {
    const owner = await createPractice();
    const actor = asActor(owner);
    const today = todayIn();
    const corrected = addDays(today, -90);
    const typo = addDays(corrected, -366); // a year off, as in 2024 for 2025
    const sick = (sickLeaveSince: string | null) => values(owner.userId, { onSickLeave: sickLeaveSince !== null, sickLeaveSince });
    const created = await createClient(actor, sick(typo));
    const id = created.ok ? created.data.id : '';
    expect(await updateClientDetails(actor, id, 1, sick(corrected))).toEqual({ ok: true, data: { version: 2, visible: true } });
    expect(await timelineKinds(owner.practiceId, id)).toEqual([
      { kind: 'client.created', data: {} },
      { kind: 'client.sick_leave_started', data: { since: typo } },
      { kind: 'client.sick_leave_since_corrected', data: { previous: typo, since: corrected } },
    ]);
    // Recovered today, sick again from today: less than four weeks apart, one period from the corrected first sick day.
    expect(await updateClientDetails(actor, id, 2, sick(null))).toEqual({ ok: true, data: { version: 3, visible: true } });
    expect(await updateClientDetails(actor, id, 3, sick(today))).toEqual({ ok: true, data: { version: 4, visible: true } });
    const client = (await clientRow(owner.practiceId, id))!;
    const timeline = await clientPoortwachterTimeline(owner.practiceId, client, today);
    // 90 sick days before today, today the 91st: week 13, the first review of the plan (week 14) due in 7 days.
    expect(timeline).toMatchObject({ since: corrected, week: 13, recoveredOn: null });
    expect(timeline!.milestones.find((m) => m.kind === 'review')).toMatchObject({ review: 1, due: addDays(today, 7), state: 'soon' });
    // The client page, the plan page and the dashboard read the same events.
    const entry = auditEntry({
      practiceId: owner.practiceId,
      actorUserId: owner.userId,
      action: 'client.viewed',
      entityType: 'client',
      entityId: id,
    });
    const overview = await loadClientOverview(owner.practiceId, id, entry);
    expect(poortwachterTimelineOf(client, overview!.sickLeaveEvents, today)).toEqual(timeline);
    expect(poortwachterTimelineOf(client, (await planPageData(owner.practiceId, id))!.sickLeaveEvents, today)).toEqual(timeline);
    // Week 13 with nothing recorded: the problem analysis and the plan van aanpak are overdue, the first review is soon.
    expect(await listPoortwachterDue(owner.practiceId, owner.userId, today)).toEqual([
      expect.objectContaining({
        clientId: id,
        week: 13,
        milestone: expect.objectContaining({ kind: 'problem_analysis', state: 'passed' }),
      }),
      expect.objectContaining({ clientId: id, week: 13, milestone: expect.objectContaining({ kind: 'plan_van_aanpak', state: 'passed' }) }),
      expect.objectContaining({ clientId: id, week: 13, milestone: expect.objectContaining({ kind: 'review', due: addDays(today, 7) }) }),
    ]);
  });
});

describe('caseload service: sick leave dates refused', () => {
  it('sick again after a recovery: a first sick day before the last spell began is refused; one during it joins it', async () => {
    const owner = await createPractice();
    const actor = asActor(owner);
    const today = todayIn();
    const first = addDays(today, -95);
    const sick = (sickLeaveSince: string | null) => values(owner.userId, { onSickLeave: sickLeaveSince !== null, sickLeaveSince });
    const created = await createClient(actor, sick(first));
    const id = created.ok ? created.data.id : '';
    // Back at work 50 days ago.
    expect(await updateClientDetails(actor, id, 1, sick(null), addDays(today, -50))).toMatchObject({ ok: true });
    const before = await timelineKinds(owner.practiceId, id);
    // A year off: before the spell on record began. Refused, nothing written.
    expect(await updateClientDetails(actor, id, 2, sick(addDays(first, -365)))).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { sickLeaveSince: 'clients.validation.sickLeaveBeforeEarlier' },
    });
    expect(await timelineKinds(owner.practiceId, id)).toEqual(before);
    expect((await clientRow(owner.practiceId, id))!).toMatchObject({ version: 2, onSickLeave: false });
    // During that spell (the recovery was not one after all): one stretch of sick leave from its first day.
    expect(await updateClientDetails(actor, id, 2, sick(addDays(first, 10)))).toMatchObject({ ok: true });
    const client = (await clientRow(owner.practiceId, id))!;
    expect(await clientPoortwachterTimeline(owner.practiceId, client, today)).toMatchObject({ since: first, recoveredOn: null });
  });

  it('closing as fully back at work before the first sick day is refused, and writes nothing', async () => {
    const owner = await createPractice();
    const today = todayIn();
    const client = await seedClient(owner.practiceId, owner.userId, {
      startDate: addDays(today, -100),
      onSickLeave: true,
      sickLeaveSince: addDays(today, -10),
    });
    const close = (closedOn: string) =>
      closeClientTrajectory(asActor(owner), client.id, client.version, { closedOn, reason: 'returned_to_work' });
    expect(await close(addDays(today, -40))).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { closedOn: 'clients.validation.closedBeforeSick' },
    });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
    expect((await clientRow(owner.practiceId, client.id))!).toMatchObject({ status: client.status, onSickLeave: true });
    // On the first sick day itself: back at work the day they fell ill.
    expect(await close(addDays(today, -10))).toMatchObject({ ok: true });
  });

  it('a client on sick leave for more than three years stays editable; a first sick day changed to that long ago is refused', async () => {
    const owner = await createPractice();
    const actor = asActor(owner);
    const long = addDays(todayIn(), -160 * 7);
    const client = await seedClient(owner.practiceId, owner.userId, { onSickLeave: true, sickLeaveSince: long });
    const edit = (version: number, extra: Partial<ClientValues>) =>
      updateClientDetails(
        actor,
        client.id,
        version,
        values(owner.userId, { email: client.email, onSickLeave: true, sickLeaveSince: long, ...extra }),
      );
    expect(await edit(client.version, { phone: '0612345678' })).toMatchObject({ ok: true });
    expect(await edit(client.version + 1, { sickLeaveSince: addDays(long, -1) })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { sickLeaveSince: 'clients.validation.sickLeaveTooOld' },
    });
  });
});

describe('caseload service: GDPR', () => {
  it("erasure is the owner's only, removes the client and their kept mails, and keeps only the id in the audit", async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Noor',
      lastName: 'de Wit',
      email: 'noor@example.test',
      status: 'closed',
      closedOn: '2026-01-05',
      closeReason: 'completed',
    });
    await getDb()
      .insert(outbox)
      .values({ practiceId: owner.practiceId, to: 'noor@example.test', subject: 'Welkom', text: 'Hallo Noor', html: '<p>Hallo Noor</p>' });
    expect(await eraseClient(asActor(coach), client.id, 'Noor de Wit')).toEqual({ ok: false, error: 'forbidden' });
    expect(await eraseClient(asActor(owner), client.id, 'Noor de Wat')).toMatchObject({
      fieldErrors: { confirmName: 'gdpr.erase.nameMismatch' },
    });
    expect(await clientRow(owner.practiceId, client.id)).not.toBeNull();

    expect(await eraseClient(asActor(owner), client.id, '  noor  DE wit ')).toEqual({ ok: true, data: null });
    expect(await clientRow(owner.practiceId, client.id)).toBeNull();
    expect(await getDb().select().from(outbox).where(eq(outbox.practiceId, owner.practiceId))).toEqual([]);
    const entry = (await auditFor(owner.practiceId)).find((a) => a.action === 'client.erased');
    expect(entry).toMatchObject({ entityType: 'client', entityId: client.id, metadata: {} });
    expect(await eraseClient(asActor(owner), client.id, 'Noor de Wit')).toEqual({ ok: false, error: 'not_found' });
  });

  it('the export is not found for another practice, and audited for the own one', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    expect(await exportClient(asActor(await createPractice()), client.id)).toEqual({ ok: false, error: 'not_found' });
    const result = await exportClient(asActor(owner), client.id);
    expect(result).toMatchObject({ ok: true, data: { fileName: `balanspunt-client-${client.id}-${todayIn()}.json` } });
    expect((await auditFor(owner.practiceId)).map((a) => [a.action, a.entityId])).toEqual([['client.exported', client.id]]);
  });
});
