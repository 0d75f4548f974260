import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { findSession } from '@/db/queries/sessions';
import { coachingSessions, measurements } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import type { SessionStatus } from './kinds';
import { moveSession, planSessions, saveSessionRecord, startSessionCheckin } from './service';

async function setup() {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId)).id);
  const planned = await planSessions(actor, client, {
    requestId: randomUUID(),
    date: '2026-10-19',
    startTime: '10:00',
    endTime: '11:00',
    kind: 'coaching',
    location: 'video',
    repeat: 'none',
    count: 1,
    allowOverlap: false,
  });
  expect(planned).toEqual({ ok: true, data: { count: 1 } });
  const [row] = await timelineKinds(actor.practiceId, client.id);
  expect(row!.kind).toBe('session.planned');
  const sessions = await getDb().query.coachingSessions.findMany({ where: (s, { eq }) => eq(s.clientId, client.id) });
  return { actor, client, session: sessions[0]! };
}

describe('session service: races end as one change', () => {
  it('two moves of the same version: one lands, the other is stale, and only one move is on the timeline', async () => {
    const { actor, client, session } = await setup();
    const move = (time: string) =>
      moveSession(actor, session, { date: '2026-10-20', startTime: time, endTime: '15:00', version: session.version, allowOverlap: true });
    const results = await Promise.all([move('13:00'), move('14:00')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'stale' });
    expect((await timelineKinds(actor.practiceId, client.id)).filter((e) => e.kind === 'session.moved')).toHaveLength(1);
    expect((await auditFor(actor.practiceId)).filter((a) => a.action === 'session.moved')).toHaveLength(1);
    expect((await findSession(actor.practiceId, session.id))!.version).toBe(session.version + 1);
  });

  it('two different sessions planned at once for the same hour of one coach: one is planned, the other is warned', async () => {
    const { actor, client } = await setup();
    const other = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId)).id);
    const plan = (who: typeof client, date: string) =>
      planSessions(actor, who, {
        requestId: randomUUID(),
        date,
        startTime: '09:00',
        endTime: '10:00',
        kind: 'coaching',
        location: 'video',
        repeat: 'none',
        count: 1,
        allowOverlap: false,
      });
    // A few rounds, since without the agenda lock the two checks only sometimes both run before either insert.
    for (const date of ['2026-10-21', '2026-10-22', '2026-10-23', '2026-10-26']) {
      const results = await Promise.all([plan(client, date), plan(other, date)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: 'validation', fieldErrors: { startTime: 'sessions.errors.overlap' } });
    }
    expect((await auditFor(actor.practiceId)).filter((a) => a.action === 'session.planned')).toHaveLength(1 + 4);
  });

  it('two check-in clicks at once start one measurement, with one timeline line', async () => {
    const { actor, client, session } = await setup();
    const [a, b] = await Promise.all([startSessionCheckin(actor, session), startSessionCheckin(actor, session)]);
    expect(a.ok && b.ok && a.data.measurementId === b.data.measurementId).toBe(true);
    expect(await getDb().select().from(measurements).where(eq(measurements.clientId, client.id))).toHaveLength(1);
    expect((await timelineKinds(actor.practiceId, client.id)).filter((e) => e.kind === 'measurement.started')).toHaveLength(1);
  });
});

describe('session service: the check-in only for a session that takes place', () => {
  const notHeld = { ok: false, error: 'validation', fieldErrors: { _form: 'sessions.errors.checkinNotHeld' } };
  const setStatus = (id: string, status: SessionStatus) =>
    getDb().update(coachingSessions).set({ status }).where(eq(coachingSessions.id, id)).returning();
  const checkinsOf = (clientId: string) => getDb().select().from(measurements).where(eq(measurements.clientId, clientId));

  it('refuses a check-in for a cancelled session or a no-show, writing nothing', async () => {
    for (const status of ['cancelled', 'no_show'] as const) {
      const { actor, client, session } = await setup();
      const [row] = await setStatus(session.id, status);
      const events = (await timelineKinds(actor.practiceId, client.id)).length;
      expect(await startSessionCheckin(actor, row!)).toEqual(notHeld);
      expect(await checkinsOf(client.id)).toHaveLength(0);
      expect((await findSession(actor.practiceId, session.id))!.checkinMeasurementId).toBeNull();
      expect(await timelineKinds(actor.practiceId, client.id)).toHaveLength(events);
      expect((await auditFor(actor.practiceId)).filter((a) => a.action === 'measurement.started')).toHaveLength(0);
    }
  });

  it('refuses a session cancelled after it was read (another tab), and one whose check-in was started before', async () => {
    const { actor, client, session } = await setup();
    // `session` still says planned; the database says cancelled.
    await setStatus(session.id, 'cancelled');
    expect(await startSessionCheckin(actor, session)).toEqual(notHeld);
    expect(await checkinsOf(client.id)).toHaveLength(0);

    // Started while planned, then marked a no-show: the check-in does not open again.
    const other = await setup();
    const started = await startSessionCheckin(other.actor, other.session);
    expect(started.ok).toBe(true);
    const [missed] = await setStatus(other.session.id, 'no_show');
    expect(await startSessionCheckin(other.actor, missed!)).toEqual(notHeld);
    expect(await checkinsOf(other.client.id)).toHaveLength(1);
  });

  it('starts the check-in for a planned session and for a held one', async () => {
    const planned = await setup();
    expect((await startSessionCheckin(planned.actor, planned.session)).ok).toBe(true);
    const held = await setup();
    const [row] = await setStatus(held.session.id, 'held');
    const result = await startSessionCheckin(held.actor, row!);
    expect(result.ok).toBe(true);
    expect((await findSession(held.actor.practiceId, held.session.id))!.checkinMeasurementId).toBe(
      result.ok ? result.data.measurementId : 'none',
    );
  });
});

describe('session service: the record of a session that did not take place', () => {
  const record = { privateNotes: '', clientSummary: '', agreedHomework: '', checkinEnergy: null as number | null };
  const setStatus = (id: string, status: SessionStatus) =>
    getDb().update(coachingSessions).set({ status }).where(eq(coachingSessions.id, id)).returning();

  it('refuses a client summary or a check-in energy sent for a cancelled session or a no-show; keeps the coach’s notes', async () => {
    for (const status of ['cancelled', 'no_show'] as const) {
      const { actor, session } = await setup();
      const [row] = await setStatus(session.id, status);
      const refused = { ok: false, error: 'validation', fieldErrors: { _form: 'sessions.errors.recordNotHeld' } };
      expect(await saveSessionRecord(actor, row!, row!.recordVersion, { ...record, clientSummary: 'Fijn gesprek gehad.' })).toEqual(
        refused,
      );
      expect(await saveSessionRecord(actor, row!, row!.recordVersion, { ...record, checkinEnergy: 6 })).toEqual(refused);
      expect((await findSession(actor.practiceId, session.id))!.clientSummary).toBe('');
      const notes = await saveSessionRecord(actor, row!, row!.recordVersion, { ...record, privateNotes: 'Afgezegd wegens ziekte.' });
      expect(notes.ok).toBe(true);
      expect((await findSession(actor.practiceId, session.id))!.privateNotes).toBe('Afgezegd wegens ziekte.');
    }
  });

  it('refuses them for a session marked a no-show after the record was opened (another tab), writing nothing', async () => {
    const { actor, session } = await setup();
    // `session` still says planned, as the open record does; the status change moved `version`, not `recordVersion`.
    await setStatus(session.id, 'no_show');
    const refused = { ok: false, error: 'validation', fieldErrors: { _form: 'sessions.errors.recordNotHeld' } };
    expect(await saveSessionRecord(actor, session, session.recordVersion, { ...record, checkinEnergy: 3 })).toEqual(refused);
    expect(await saveSessionRecord(actor, session, session.recordVersion, { ...record, clientSummary: 'Goed gesprek.' })).toEqual(refused);
    const now = (await findSession(actor.practiceId, session.id))!;
    expect([now.checkinEnergy, now.clientSummary, now.recordVersion]).toEqual([null, '', session.recordVersion]);
    expect((await auditFor(actor.practiceId)).filter((a) => a.action === 'session.record_saved')).toEqual([]);
    // The coach's own notes still go in.
    expect((await saveSessionRecord(actor, session, session.recordVersion, { ...record, privateNotes: 'Niet gekomen.' })).ok).toBe(true);
  });

  it('keeps a summary written before the cancellation, and lets the coach empty it', async () => {
    const { actor, session } = await setup();
    const written = await saveSessionRecord(actor, session, session.recordVersion, { ...record, clientSummary: 'Voor de cliënt.' });
    expect(written.ok).toBe(true);
    const [row] = await setStatus(session.id, 'cancelled');
    const kept = await saveSessionRecord(actor, row!, row!.recordVersion, {
      ...record,
      clientSummary: 'Voor de cliënt.',
      privateNotes: 'x',
    });
    expect(kept.ok).toBe(true);
    const [again] = await getDb().select().from(coachingSessions).where(eq(coachingSessions.id, session.id));
    expect((await saveSessionRecord(actor, again!, again!.recordVersion, record)).ok).toBe(true);
    expect((await findSession(actor.practiceId, session.id))!.clientSummary).toBe('');
  });
});
