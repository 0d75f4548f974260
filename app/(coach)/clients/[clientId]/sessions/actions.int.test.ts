import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { recordCoachingAgreement, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { clients, coachingSessions, measurements, practices, users } from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { utcToZoned } from '@/lib/sessions/zoned-time';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import {
  moveSessionAction,
  planSessionAction,
  saveSessionRecordAction,
  setSessionStatusAction,
  startSessionCheckinAction,
} from './actions';

beforeEach(() => actAs(null));

const plan = (clientId: string, extra: Record<string, unknown> = {}) =>
  planSessionAction({
    clientId,
    requestId: randomUUID(),
    date: '2026-10-19',
    startTime: '10:00',
    endTime: '11:00',
    kind: 'coaching',
    location: 'video',
    repeat: 'none',
    count: 1,
    allowOverlap: false,
    ...extra,
  });

async function sessionsOf(practiceId: string, clientId?: string) {
  const where = clientId
    ? and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.clientId, clientId))
    : eq(coachingSessions.practiceId, practiceId);
  return getDb().select().from(coachingSessions).where(where).orderBy(coachingSessions.startsAt);
}

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId);
  actAs(owner);
  return { owner, client };
}

describe('planning sessions', () => {
  it('plans one session, on the timeline and in the audit log', async () => {
    const { owner, client } = await setup();
    expect(await plan(client.id)).toEqual({ ok: true, data: { count: 1 } });
    const [row] = await sessionsOf(owner.practiceId);
    expect(row).toMatchObject({
      clientId: client.id,
      coachId: owner.userId,
      durationMinutes: 60,
      kind: 'coaching',
      location: 'video',
      status: 'planned',
      seriesId: null,
    });
    expect(row!.startsAt.toISOString()).toBe('2026-10-19T08:00:00.000Z');
    const events = await timelineKinds(owner.practiceId, client.id);
    expect(events.at(-1)).toEqual({ kind: 'session.planned', data: { date: '2026-10-19', time: '10:00', kind: 'coaching', count: 1 } });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('session.planned');
  });

  it('plans a session until midnight, and one over the night summer time ends, at their real length', async () => {
    const { owner, client } = await setup();
    expect(await plan(client.id, { startTime: '23:00', endTime: '00:00' })).toEqual({ ok: true, data: { count: 1 } });
    expect(await plan(client.id, { date: '2026-10-25', startTime: '01:30', endTime: '03:30' })).toEqual({ ok: true, data: { count: 1 } });
    const rows = await sessionsOf(owner.practiceId);
    expect(rows.map((r) => [r.startsAt.toISOString(), r.durationMinutes])).toEqual([
      ['2026-10-19T21:00:00.000Z', 60],
      ['2026-10-24T23:30:00.000Z', 180],
    ]);
  });

  it('refuses a series whose next session falls in the hour summer time skips, writing nothing', async () => {
    const { owner, client } = await setup();
    // 02:00–03:00 on 22 March is an hour; on 29 March the clock jumps from 02:00 to 03:00.
    expect(await plan(client.id, { date: '2026-03-22', startTime: '02:00', endTime: '03:00', repeat: 'weekly', count: 2 })).toEqual({
      ok: false,
      error: 'validation',
      // Said as the clock change, with the date of the session it concerns (not "ends before it starts").
      fieldErrors: { startTime: `sessions.errors.clockForward?day=${Date.UTC(2026, 2, 29, 12)}` },
    });
    expect(await sessionsOf(owner.practiceId)).toEqual([]);
  });

  it('plans a weekly series at the same local time across the end of summer time', async () => {
    const { owner, client } = await setup();
    expect(await plan(client.id, { repeat: 'weekly', count: 3 })).toEqual({ ok: true, data: { count: 3 } });
    const rows = await sessionsOf(owner.practiceId);
    expect(rows.map((r) => utcToZoned(r.startsAt))).toEqual([
      { date: '2026-10-19', time: '10:00' },
      { date: '2026-10-26', time: '10:00' },
      { date: '2026-11-02', time: '10:00' },
    ]);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
    expect(rows[0]!.seriesId).not.toBeNull();
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'session.planned')).toHaveLength(1);
  });

  it('plans once when the same plan comes again (its answer lost): no overlap with itself, one timeline line', async () => {
    const { owner, client } = await setup();
    const other = await seedClient(owner.practiceId, owner.userId);
    const requestId = randomUUID();
    const series = { requestId, repeat: 'weekly', count: 3 };
    const first = await plan(client.id, series);
    expect(first).toEqual({ ok: true, data: { count: 3 } });
    expect(await plan(client.id, series)).toEqual(first);
    expect(await plan(client.id, { ...series, kind: 'coaching' })).toEqual(first);
    const rows = await sessionsOf(owner.practiceId);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.id)).toContain(requestId);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'session.planned')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'session.planned')).toHaveLength(1);
    // The same id with another time (the form changed before it was sent again): that plan is made too.
    expect(await plan(client.id, { requestId, date: '2026-12-14' })).toEqual({ ok: true, data: { count: 1 } });
    expect(await sessionsOf(owner.practiceId, client.id)).toHaveLength(4);
    // The same id for another client is not that plan: refused, nothing written.
    expect(await plan(other.id, { requestId, date: '2026-12-01' })).toEqual({ ok: false, error: 'stale' });
    expect(await sessionsOf(owner.practiceId, other.id)).toEqual([]);
  });

  it('answers every copy of a plan sent at once with that plan: no overlap with itself, no "changed meanwhile"', async () => {
    const { owner, client } = await setup();
    const single = { requestId: randomUUID(), date: '2026-12-07' };
    expect(await Promise.all([plan(client.id, single), plan(client.id, single), plan(client.id, single)])).toEqual(
      Array(3).fill({ ok: true, data: { count: 1 } }),
    );
    const series = { requestId: randomUUID(), date: '2027-01-04', repeat: 'weekly', count: 4 };
    expect(await Promise.all([plan(client.id, series), plan(client.id, series)])).toEqual(Array(2).fill({ ok: true, data: { count: 4 } }));
    expect(await sessionsOf(owner.practiceId, client.id)).toHaveLength(5);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'session.planned')).toHaveLength(2);
  });

  it('plans every two weeks', async () => {
    const { owner, client } = await setup();
    await plan(client.id, { repeat: 'biweekly', count: 2 });
    expect((await sessionsOf(owner.practiceId)).map((r) => utcToZoned(r.startsAt).date)).toEqual(['2026-10-19', '2026-11-02']);
  });

  it('refuses an end before the start, a series over 52 and bad values, writing nothing', async () => {
    const { owner, client } = await setup();
    expect(await plan(client.id, { endTime: '09:30' })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { endTime: 'sessions.errors.endBeforeStart' },
    });
    expect(await plan(client.id, { repeat: 'weekly', count: 53 })).toMatchObject({
      fieldErrors: { count: 'sessions.errors.seriesTooLong' },
    });
    expect(await plan(client.id, { repeat: 'weekly', count: 1 })).toMatchObject({
      fieldErrors: { count: 'sessions.errors.seriesTooShort' },
    });
    expect(await plan(client.id, { date: '2026-02-30', startTime: '25:00', kind: 'party' })).toMatchObject({
      fieldErrors: { date: 'sessions.errors.date', startTime: 'sessions.errors.time', kind: 'validation.required' },
    });
    expect(await sessionsOf(owner.practiceId)).toEqual([]);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
  });

  it('warns about an overlap of the same coach and plans only on confirmation', async () => {
    const { owner, client } = await setup();
    const other = await seedClient(owner.practiceId, owner.userId);
    await plan(client.id, { repeat: 'weekly', count: 3 });
    const clash = await plan(other.id, { date: '2026-10-26', startTime: '10:30', endTime: '11:30' });
    expect(clash).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { startTime: 'sessions.errors.overlap' },
      params: { count: 1, agenda: 'own' },
    });
    expect(await sessionsOf(owner.practiceId, other.id)).toEqual([]);
    // Back to back is fine.
    expect(await plan(other.id, { date: '2026-10-26', startTime: '11:00', endTime: '12:00' })).toMatchObject({ ok: true });
    expect(await plan(other.id, { date: '2026-10-26', startTime: '10:30', endTime: '11:30', allowOverlap: true })).toMatchObject({
      ok: true,
    });
    expect(await sessionsOf(owner.practiceId, other.id)).toHaveLength(2);
  });

  it('does not count another coach’s sessions or cancelled ones as overlap', async () => {
    const { owner, client } = await setup();
    await plan(client.id);
    const colleague = await addCoach(owner.practiceId);
    const theirs = await seedClient(owner.practiceId, colleague.userId);
    actAs(colleague);
    expect(await plan(theirs.id)).toMatchObject({ ok: true });
    const [mine] = await sessionsOf(owner.practiceId, client.id);
    actAs(owner);
    await getDb().update(coachingSessions).set({ status: 'cancelled' }).where(eq(coachingSessions.id, mine!.id));
    expect(await plan(client.id)).toMatchObject({ ok: true });
  });

  it("plans in the client's coach's agenda when the owner plans, warning about that coach's overlaps", async () => {
    const { owner } = await setup();
    const colleague = await addCoach(owner.practiceId);
    const theirs = await seedClient(owner.practiceId, colleague.userId);
    const another = await seedClient(owner.practiceId, colleague.userId);
    expect(await plan(theirs.id)).toMatchObject({ ok: true });
    expect((await sessionsOf(owner.practiceId, theirs.id)).map((s) => s.coachId)).toEqual([colleague.userId]);
    // The owner's own agenda is free at that time; the colleague's is not.
    expect(await plan(another.id, { startTime: '10:30', endTime: '11:30' })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { startTime: 'sessions.errors.overlap' },
      params: { count: 1, agenda: 'other' },
    });
    // The colleague's own plan for the same time is warned about too: it is one agenda.
    actAs(colleague);
    expect(await plan(another.id, { startTime: '10:30', endTime: '11:30' })).toMatchObject({ params: { agenda: 'own' } });
  });

  it('plans in the agenda of the one who plans when the client’s coach has left the practice', async () => {
    const { owner } = await setup();
    const colleague = await addCoach(owner.practiceId);
    const theirs = await seedClient(owner.practiceId, colleague.userId);
    await getDb()
      .update(users)
      .set({ active: false })
      .where(and(eq(users.practiceId, owner.practiceId), eq(users.id, colleague.userId)));
    expect(await plan(theirs.id)).toMatchObject({ ok: true });
    expect((await sessionsOf(owner.practiceId, theirs.id)).map((s) => s.coachId)).toEqual([owner.userId]);
  });

  it('refuses a client of another practice, an unassigned coach when visibility is "assigned", and a signed-out caller', async () => {
    const { owner, client } = await setup();
    const stranger = await createPractice('Other');
    actAs(stranger);
    expect(await plan(client.id)).toEqual({ ok: false, error: 'not_found' });
    const coach = await addCoach(owner.practiceId);
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(coach);
    expect(await plan(client.id)).toEqual({ ok: false, error: 'not_found' });
    actAs(null);
    expect(await plan(client.id)).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await sessionsOf(owner.practiceId)).toEqual([]);
  });
});

describe('moving, marking and recording', () => {
  async function planned(date = '2026-10-19') {
    const ctx = await setup();
    await plan(ctx.client.id, { date });
    const [session] = await sessionsOf(ctx.owner.practiceId);
    return { ...ctx, session: session! };
  }

  it('moves a planned session and records where from and to', async () => {
    const { owner, client, session } = await planned();
    const moved = await moveSessionAction({
      sessionId: session.id,
      date: '2026-10-21',
      startTime: '14:00',
      endTime: '14:45',
      version: 1,
      allowOverlap: false,
    });
    expect(moved).toEqual({ ok: true, data: null });
    const [row] = await sessionsOf(owner.practiceId);
    expect(utcToZoned(row!.startsAt)).toEqual({ date: '2026-10-21', time: '14:00' });
    expect(row).toMatchObject({ durationMinutes: 45, version: 2 });
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)).toEqual({
      kind: 'session.moved',
      data: { kind: 'coaching', from: '2026-10-19', date: '2026-10-21', time: '14:00' },
    });
  });

  it('refuses a stale move, an end before start, and an overlap without confirmation', async () => {
    const { owner, client, session } = await planned();
    await plan(client.id, { date: '2026-10-22' });
    const base = { sessionId: session.id, date: '2026-10-22', startTime: '10:15', endTime: '10:45', allowOverlap: false };
    expect(await moveSessionAction({ ...base, version: 1 })).toMatchObject({ fieldErrors: { startTime: 'sessions.errors.overlap' } });
    expect(await moveSessionAction({ ...base, endTime: '10:00', version: 1 })).toMatchObject({
      fieldErrors: { endTime: 'sessions.errors.endBeforeStart' },
    });
    expect(await moveSessionAction({ ...base, version: 7, allowOverlap: true })).toEqual({ ok: false, error: 'stale' });
    const [row] = await sessionsOf(owner.practiceId);
    expect(utcToZoned(row!.startsAt).date).toBe('2026-10-19');
    // Moving within its own slot is no overlap with itself.
    expect(await moveSessionAction({ ...base, date: '2026-10-19', startTime: '10:30', endTime: '11:30', version: 1 })).toMatchObject({
      ok: true,
    });
  });

  it('refuses to plan or move sessions once the trajectory is closed or the record archived, writing nothing', async () => {
    const { owner, client, session } = await planned();
    const ended = { ok: false, error: 'validation', fieldErrors: { _form: 'sessions.errors.trajectoryEnded' } };
    const move = { sessionId: session.id, date: '2026-10-21', startTime: '14:00', endTime: '15:00', version: 1, allowOverlap: false };
    const events = (await timelineKinds(owner.practiceId, client.id)).length;
    const where = and(eq(clients.practiceId, owner.practiceId), eq(clients.id, client.id));
    for (const state of [{ status: 'closed' as const }, { archivedAt: new Date() }]) {
      await getDb().update(clients).set(state).where(where);
      expect(await plan(client.id, { date: '2026-10-26' })).toEqual(ended);
      expect(await moveSessionAction(move)).toEqual(ended);
      await getDb().update(clients).set({ status: 'active', archivedAt: null }).where(where);
    }
    const rows = await sessionsOf(owner.practiceId);
    expect(rows).toHaveLength(1);
    expect(utcToZoned(rows[0]!.startsAt).date).toBe('2026-10-19');
    expect(await timelineKinds(owner.practiceId, client.id)).toHaveLength(events);
    // Open again: both work.
    expect(await moveSessionAction(move)).toEqual({ ok: true, data: null });
  });

  it('marks a past session held or no-show, and cancels a future one', async () => {
    const { owner, client, session } = await planned('2025-01-06');
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'held', version: 1 })).toEqual({ ok: true, data: null });
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'no_show', version: 2 })).toEqual({ ok: true, data: null });
    await plan(client.id, { date: addDays(todayIn(), 30) });
    const future = (await sessionsOf(owner.practiceId)).find((s) => s.status === 'planned')!;
    expect(await setSessionStatusAction({ sessionId: future.id, status: 'held', version: 1 })).toMatchObject({
      fieldErrors: { status: 'sessions.errors.notStarted' },
    });
    expect(await setSessionStatusAction({ sessionId: future.id, status: 'cancelled', version: 1 })).toMatchObject({ ok: true });
    expect(await setSessionStatusAction({ sessionId: future.id, status: 'held', version: 2 })).toMatchObject({
      fieldErrors: { status: 'sessions.errors.cancelledFinal' },
    });
    expect(
      await moveSessionAction({
        sessionId: future.id,
        date: addDays(todayIn(), 31),
        startTime: '10:00',
        endTime: '11:00',
        version: 2,
        allowOverlap: false,
      }),
    ).toMatchObject({
      fieldErrors: { date: 'sessions.errors.notPlanned' },
    });
    const kinds = (await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind);
    expect(kinds).toEqual(['session.planned', 'session.held', 'session.no_show', 'session.planned', 'session.cancelled']);
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'held', version: 1 })).toEqual({ ok: false, error: 'stale' });
  });

  it('saves the record; the audit log names the fields, never the notes', async () => {
    const { owner, session } = await planned('2025-01-06');
    const record = {
      sessionId: session.id,
      privateNotes: 'Slaapt slecht sinds de reorganisatie',
      clientSummary: 'We keken naar je energiebronnen.',
      agreedHomework: 'Energiedagboek',
      checkinEnergy: '4',
      version: 1,
    };
    expect(await saveSessionRecordAction(record)).toEqual({ ok: true, data: { version: 2 } });
    const [row] = await sessionsOf(owner.practiceId);
    expect(row).toMatchObject({ privateNotes: record.privateNotes, clientSummary: record.clientSummary, checkinEnergy: 4 });
    const entry = (await auditFor(owner.practiceId)).find((a) => a.action === 'session.record_saved')!;
    expect(entry.metadata).toEqual({ fields: ['privateNotes', 'clientSummary', 'agreedHomework', 'checkinEnergy'] });
    expect(JSON.stringify(await auditFor(owner.practiceId))).not.toContain('Slaapt');
    expect(await saveSessionRecordAction({ ...record, privateNotes: 'te laat' })).toEqual({ ok: false, error: 'stale' });
    expect(await saveSessionRecordAction({ ...record, checkinEnergy: '11', version: 2 })).toMatchObject({
      fieldErrors: { checkinEnergy: 'sessions.errors.energy' },
    });
    expect(await saveSessionRecordAction({ ...record, checkinEnergy: '', version: 2 })).toEqual({ ok: true, data: { version: 3 } });
    expect((await sessionsOf(owner.practiceId))[0]!.checkinEnergy).toBeNull();
  });

  it('after the coaching agreement is withdrawn, refuses new notes and a check-in score; taking them out still saves', async () => {
    const { owner, client, session } = await planned('2025-01-06');
    const record = {
      sessionId: session.id,
      privateNotes: 'Eerste notitie',
      clientSummary: '',
      agreedHomework: '',
      checkinEnergy: '6',
      version: 1,
    };
    expect(await saveSessionRecordAction(record)).toEqual({ ok: true, data: { version: 2 } });
    await new Promise((r) => setTimeout(r, 5));
    await recordCoachingAgreement(owner.practiceId, client.id, owner.userId, 'withdrawn');
    expect(await saveSessionRecordAction({ ...record, privateNotes: 'Na de intrekking', version: 2 })).toEqual({
      ok: false,
      error: 'consent_required',
    });
    expect((await sessionsOf(owner.practiceId))[0]).toMatchObject({ privateNotes: 'Eerste notitie', checkinEnergy: 6 });
    // Only the check-in score changes (the notes stay as they are): a new score is health data too, and refused.
    expect(await saveSessionRecordAction({ ...record, checkinEnergy: '8', version: 2 })).toEqual({
      ok: false,
      error: 'consent_required',
    });
    expect((await sessionsOf(owner.practiceId))[0]).toMatchObject({ privateNotes: 'Eerste notitie', checkinEnergy: 6, recordVersion: 2 });
    expect(await saveSessionRecordAction({ ...record, privateNotes: '', checkinEnergy: '', version: 2 })).toEqual({
      ok: true,
      data: { version: 3 },
    });
    expect((await sessionsOf(owner.practiceId))[0]).toMatchObject({ privateNotes: '', checkinEnergy: null });
  });

  it('keeps the record and the session apart: "held" never makes the notes stale, nor the notes "held"', async () => {
    const { owner, session } = await planned('2025-01-06');
    const record = {
      sessionId: session.id,
      privateNotes: 'Eerste helft',
      clientSummary: '',
      agreedHomework: '',
      checkinEnergy: '',
      version: 1,
    };
    // The notes form opened on record version 1; the session is marked as held meanwhile (its own version 1 → 2).
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'held', version: 1 })).toEqual({ ok: true, data: null });
    expect(await saveSessionRecordAction(record)).toEqual({ ok: true, data: { version: 2 } });
    // The buttons still carry session version 2 after the notes were saved: a correction goes through.
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'no_show', version: 2 })).toEqual({ ok: true, data: null });
    expect((await sessionsOf(owner.practiceId))[0]).toMatchObject({
      status: 'no_show',
      privateNotes: 'Eerste helft',
      version: 3,
      recordVersion: 2,
    });
    // Two saves of the notes from one version still conflict.
    expect(await saveSessionRecordAction({ ...record, privateNotes: 'Andere tab' })).toEqual({ ok: false, error: 'stale' });
  });

  it('keeps other practices out of a session', async () => {
    const { session } = await planned();
    actAs(await createPractice('Other'));
    expect(
      await saveSessionRecordAction({
        sessionId: session.id,
        privateNotes: 'x',
        clientSummary: '',
        agreedHomework: '',
        checkinEnergy: '',
        version: 1,
      }),
    ).toEqual({ ok: false, error: 'not_found' });
    expect(await setSessionStatusAction({ sessionId: session.id, status: 'cancelled', version: 1 })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(
      await moveSessionAction({
        sessionId: session.id,
        date: '2026-10-21',
        startTime: '14:00',
        endTime: '15:00',
        version: 1,
        allowOverlap: true,
      }),
    ).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('session check-in', () => {
  it('starts the check-in instrument once for the session and keeps other practices out', async () => {
    const { owner, client } = await setup();
    await plan(client.id);
    const [session] = await sessionsOf(owner.practiceId);
    const first = await startSessionCheckinAction({ sessionId: session!.id });
    expect(first.ok).toBe(true);
    const id = first.ok ? first.data.measurementId : '';
    // A second click (or tab) opens the same measurement.
    expect(await startSessionCheckinAction({ sessionId: session!.id })).toEqual({ ok: true, data: { measurementId: id } });
    const [m] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(m).toMatchObject({ clientId: client.id, instrumentKey: 'check-in', administeredBy: 'coach', status: 'in_progress' });
    const [linked] = await sessionsOf(owner.practiceId);
    expect(linked!.checkinMeasurementId).toBe(id);

    actAs(await createPractice('Other practice'));
    expect(await startSessionCheckinAction({ sessionId: session!.id })).toEqual({ ok: false, error: 'not_found' });
    expect(await getDb().select().from(measurements).where(eq(measurements.clientId, client.id))).toHaveLength(1);
  });
});
