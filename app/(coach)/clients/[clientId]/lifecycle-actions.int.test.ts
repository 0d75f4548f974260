import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { searchAudit } from '@/db/queries/audit';
import { clientRow, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { pageTimeline } from '@/db/queries/timeline';
import { clients, coachingSessions, practices, users } from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { archiveClientAction, changeStatusAction, closeClientAction, reopenClientAction } from './lifecycle-actions';

beforeEach(() => actAs(null));

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { status: 'intake', startDate: '2026-01-12' });
  actAs(owner);
  return { owner, client };
}

describe('status changes', () => {
  it('moves an open client on and records from and to', async () => {
    const { owner, client } = await setup();
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'active' })).toEqual({ ok: true, data: { version: 2 } });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'active', version: 2 });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([
      { kind: 'client.status_changed', data: { from: 'intake', to: 'active' } },
    ]);
  });

  it('refuses a stale version and a status a coach cannot set directly', async () => {
    const { owner, client } = await setup();
    await changeStatusAction({ clientId: client.id, version: 1, status: 'active' });
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'paused' })).toEqual({ ok: false, error: 'stale' });
    expect(await changeStatusAction({ clientId: client.id, version: 2, status: 'closed' as never })).toMatchObject({ error: 'validation' });
    expect((await clientRow(owner.practiceId, client.id))!.status).toBe('active');
  });
});

describe('close, reopen, archive', () => {
  it('closes with a date and reason, reopens as active, and archives only when closed', async () => {
    const { owner, client } = await setup();
    expect(await archiveClientAction({ clientId: client.id, version: 1 })).toMatchObject({ ok: false, error: 'validation' });
    const closedOn = todayIn();
    expect((await closeClientAction({ clientId: client.id, version: 1, closedOn, reason: 'returned_to_work' })).ok).toBe(true);
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({
      status: 'closed',
      closedOn,
      closeReason: 'returned_to_work',
      version: 2,
    });

    expect((await reopenClientAction({ clientId: client.id, version: 2 })).ok).toBe(true);
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'active', closedOn: null, closeReason: null, version: 3 });

    await closeClientAction({ clientId: client.id, version: 3, closedOn, reason: 'completed' });
    expect((await archiveClientAction({ clientId: client.id, version: 4 })).ok).toBe(true);
    expect((await clientRow(owner.practiceId, client.id))!.archivedAt).toBeInstanceOf(Date);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toEqual([
      'client.closed',
      'client.reopened',
      'client.closed',
      'client.archived',
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual([
      'client.closed',
      'client.reopened',
      'client.closed',
      'client.archived',
    ]);
  });

  it('refuses to reopen for a coach who left the practice, and reopens once the client has another coach', async () => {
    const { owner } = await setup();
    const leaver = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, leaver.userId, { status: 'active', startDate: '2026-01-12' });
    expect((await closeClientAction({ clientId: client.id, version: 1, closedOn: todayIn(), reason: 'completed' })).ok).toBe(true);
    await getDb()
      .update(users)
      .set({ active: false })
      .where(and(eq(users.practiceId, owner.practiceId), eq(users.id, leaver.userId)));
    expect(await reopenClientAction({ clientId: client.id, version: 2 })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'clients.validation.reopenCoachInactive' },
    });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'closed', version: 2 });
    await getDb()
      .update(clients)
      .set({ coachId: owner.userId })
      .where(and(eq(clients.practiceId, owner.practiceId), eq(clients.id, client.id)));
    expect((await reopenClientAction({ clientId: client.id, version: 2 })).ok).toBe(true);
  });

  it('cancels the sessions still planned after now and, closed as fully back at work, ends the sick leave', async () => {
    const owner = await createPractice();
    const onLeave = { status: 'active' as const, startDate: '2026-01-12', onSickLeave: true, sickLeaveSince: addDays(todayIn(), -30) };
    const client = await seedClient(owner.practiceId, owner.userId, onLeave);
    const other = await seedClient(owner.practiceId, owner.userId, onLeave);
    const day = 86_400_000;
    const plan = (clientId: string, inDays: number) => ({
      practiceId: owner.practiceId,
      clientId,
      coachId: owner.userId,
      startsAt: new Date(Date.now() + inDays * day),
      durationMinutes: 60,
      kind: 'coaching' as const,
      location: 'on_site' as const,
    });
    const rows = await getDb()
      .insert(coachingSessions)
      .values([plan(client.id, -2), plan(client.id, 7), plan(client.id, 14), plan(other.id, 7)])
      .returning({ id: coachingSessions.id });
    actAs(owner);
    // Backdated: the close is recorded today, the client was back at work three days ago.
    const closedOn = addDays(todayIn(), -3);
    expect((await closeClientAction({ clientId: client.id, version: 1, closedOn, reason: 'returned_to_work' })).ok).toBe(true);
    const statuses = await getDb()
      .select({ id: coachingSessions.id, status: coachingSessions.status })
      .from(coachingSessions)
      .where(
        inArray(
          coachingSessions.id,
          rows.map((r) => r.id),
        ),
      );
    // The one already past stays planned (the coach records it as held or not); another client's is not touched.
    expect(rows.map((r) => statuses.find((s) => s.id === r.id)?.status)).toEqual(['planned', 'cancelled', 'cancelled', 'planned']);
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'closed', onSickLeave: false, sickLeaveSince: null });
    const events = await timelineKinds(owner.practiceId, client.id);
    expect(events.map((e) => e.kind)).toEqual(['client.closed', 'client.sick_leave_ended', 'session.cancelled', 'session.cancelled']);
    // The recovery date is the closing date, not the day the close was recorded (the poortwachter spell ends there).
    expect(events.find((e) => e.kind === 'client.sick_leave_ended')?.data).toEqual({ on: closedOn });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['client.closed', 'session.cancelled', 'session.cancelled']);
    // As the timeline page and the audit log show them, newest first: the close's lines exactly back to front.
    const page = await pageTimeline(owner.practiceId, client.id, { limit: 10, offset: 0 });
    expect(page.events.map((e) => e.kind)).toEqual(['session.cancelled', 'session.cancelled', 'client.sick_leave_ended', 'client.closed']);
    const log = await searchAudit(owner.practiceId, {}, { limit: 10, offset: 0 });
    expect(log.rows.map((r) => r.action)).toEqual(['session.cancelled', 'session.cancelled', 'client.closed']);
    // Closed for another reason, the sick leave stays on record.
    expect((await closeClientAction({ clientId: other.id, version: 1, closedOn, reason: 'referred' })).ok).toBe(true);
    expect(await clientRow(owner.practiceId, other.id)).toMatchObject({ status: 'closed', onSickLeave: true });
  });

  it('refuses a closing date before the start or in the future, and writes nothing', async () => {
    const { owner, client } = await setup();
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: '2026-01-11', reason: 'completed' })).toMatchObject({
      fieldErrors: { closedOn: 'clients.errors.closeBeforeStart' },
    });
    expect(
      await closeClientAction({ clientId: client.id, version: 1, closedOn: addDays(todayIn(), 1), reason: 'completed' }),
    ).toMatchObject({
      fieldErrors: { closedOn: 'clients.errors.closeInFuture' },
    });
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: '2026-02-30', reason: 'completed' })).toMatchObject({
      fieldErrors: { closedOn: 'clients.validation.date' },
    });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'intake', version: 1 });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
  });

  it('is not found for another practice and for an unassigned coach when the owner chose so', async () => {
    const { owner, client } = await setup();
    actAs(await createPractice());
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: todayIn(), reason: 'completed' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(await addCoach(owner.practiceId));
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'active' })).toEqual({ ok: false, error: 'not_found' });
    expect(await reopenClientAction({ clientId: client.id, version: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(1);
  });
});
