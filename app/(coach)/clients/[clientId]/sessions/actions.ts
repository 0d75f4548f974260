'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { findSession, insertSessions, linkCheckinMeasurement, listCoachBusy, lockSessionCheckin, updateSessionRecord, updateSessionStatus, updateSessionTime } from '@/db/queries/sessions';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withCoach, type Actor } from '@/lib/auth/guards';
import { requireClientAccess } from '@/lib/auth/client-access';
import { CHECK_IN_KEY } from '@/lib/instruments/check-in';
import { startMeasurement } from '@/lib/intake/service';
import { moveSessionSchema, planSessionSchema, sessionCheckinSchema, sessionRecordSchema, sessionStatusSchema } from '@/lib/schemas/session';
import { findOverlaps, spanOf, type Interval } from '@/lib/sessions/overlap';
import { planOccurrences } from '@/lib/sessions/series';
import { nextStatus } from '@/lib/sessions/status';
import { minutesBetween, utcToZoned, zonedToUtc } from '@/lib/sessions/zoned-time';
import { recordTimelineEvent } from '@/lib/timeline';

/** Never silently: an overlap comes back as a warning the coach confirms with allowOverlap. */
async function overlapWarning(actor: Actor, coachId: string, planned: Interval[], allow: boolean, ignoreId?: string) {
  if (allow) return null;
  const clashes = findOverlaps(planned, await listCoachBusy(actor.practiceId, coachId, spanOf(planned)), ignoreId);
  if (clashes.length === 0) return null;
  return fail('validation', { fieldErrors: { startTime: 'sessions.errors.overlap' }, params: { count: clashes.length } });
}

function refresh(clientId: string) {
  revalidatePath(`/clients/${clientId}`, 'layout');
  revalidatePath('/agenda');
  revalidatePath('/dashboard');
}

export const planSessionAction = withCoach(planSessionSchema, async (input, actor) => {
  const client = await requireClientAccess(actor, input.clientId);
  const durationMinutes = minutesBetween(input.startTime, input.endTime);
  const occurrences = planOccurrences({ date: input.date, time: input.startTime, durationMinutes, repeat: input.repeat, count: input.count });
  const warning = await overlapWarning(actor, actor.userId, occurrences, input.allowOverlap);
  if (warning) return warning;
  const seriesId = occurrences.length > 1 ? randomUUID() : null;
  await getDb().transaction(async (tx) => {
    const rows = await insertSessions(
      actor.practiceId,
      occurrences.map((o) => ({ clientId: client.id, coachId: actor.userId, seriesId, startsAt: o.startsAt, durationMinutes, kind: input.kind, location: input.location })),
      tx,
    );
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: client.id, kind: 'session.planned', actorUserId: actor.userId, data: { date: input.date, time: input.startTime, kind: input.kind, count: rows.length } },
      tx,
    );
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: 'session.planned',
        entityType: 'client',
        entityId: client.id,
        metadata: { count: rows.length, seriesId, repeat: input.repeat, overlapConfirmed: input.allowOverlap },
      },
      tx,
    );
  });
  refresh(client.id);
  return ok({ count: occurrences.length });
});

/** The session, if it exists in the caller's practice and its client is reachable for this coach. */
async function reachableSession(actor: Actor, sessionId: string) {
  const session = await findSession(actor.practiceId, sessionId);
  if (!session) return null;
  await requireClientAccess(actor, session.clientId);
  return session;
}

export const moveSessionAction = withCoach(moveSessionSchema, async (input, actor) => {
  const session = await reachableSession(actor, input.sessionId);
  if (!session) return fail('not_found');
  if (session.status !== 'planned') return fail('validation', { fieldErrors: { date: 'sessions.errors.notPlanned' } });
  const startsAt = zonedToUtc(input.date, input.startTime);
  const durationMinutes = minutesBetween(input.startTime, input.endTime);
  const planned = [{ startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) }];
  const warning = await overlapWarning(actor, session.coachId, planned, input.allowOverlap, session.id);
  if (warning) return warning;
  const moved = await getDb().transaction(async (tx) => {
    const row = await updateSessionTime(actor.practiceId, session.id, input.version, { startsAt, durationMinutes }, tx);
    if (!row) return false;
    const from = utcToZoned(session.startsAt);
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: session.clientId, kind: 'session.moved', actorUserId: actor.userId, data: { kind: session.kind, from: from.date, date: input.date, time: input.startTime } },
      tx,
    );
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'session.moved', entityType: 'session', entityId: session.id }, tx);
    return true;
  });
  if (!moved) return fail('stale');
  refresh(session.clientId);
  return ok(null);
});

const STATUS_EVENTS = { held: 'session.held', no_show: 'session.no_show', cancelled: 'session.cancelled' } as const;

export const setSessionStatusAction = withCoach(sessionStatusSchema, async (input, actor) => {
  const session = await reachableSession(actor, input.sessionId);
  if (!session) return fail('not_found');
  const refused = nextStatus(session, input.status, new Date());
  if (refused) return fail('validation', { fieldErrors: { status: refused } });
  const changed = await getDb().transaction(async (tx) => {
    const row = await updateSessionStatus(actor.practiceId, session.id, input.version, input.status, tx);
    if (!row) return false;
    const { date, time } = utcToZoned(session.startsAt);
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: session.clientId, kind: STATUS_EVENTS[input.status], actorUserId: actor.userId, data: { kind: session.kind, date, time } },
      tx,
    );
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: STATUS_EVENTS[input.status], entityType: 'session', entityId: session.id, metadata: { from: session.status } },
      tx,
    );
    return true;
  });
  if (!changed) return fail('stale');
  refresh(session.clientId);
  return ok(null);
});

export const saveSessionRecordAction = withCoach(sessionRecordSchema, async ({ sessionId, version, ...values }, actor) => {
  const session = await reachableSession(actor, sessionId);
  if (!session) return fail('not_found');
  const saved = await getDb().transaction(async (tx) => {
    const row = await updateSessionRecord(actor.practiceId, session.id, version, values, tx);
    if (!row) return null;
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== session[k]);
    // Field names only: the notes themselves never go into the audit log.
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'session.record_saved', entityType: 'session', entityId: session.id, metadata: { fields: changed } },
      tx,
    );
    return row;
  });
  if (!saved) return fail('stale');
  revalidatePath(`/clients/${session.clientId}/sessions/${session.id}`);
  return ok({ version: saved.version });
});

/** The check-in instrument for this session: started once, after that the same measurement opens. */
export const startSessionCheckinAction = withCoach(sessionCheckinSchema, async ({ sessionId }, actor) => {
  const session = await reachableSession(actor, sessionId);
  if (!session) return fail('not_found');
  const measurementId = await getDb().transaction(async (tx) => {
    const locked = await lockSessionCheckin(actor.practiceId, session.id, tx);
    if (!locked) return null;
    if (locked.measurementId) return locked.measurementId;
    const { id } = await startMeasurement(
      actor.practiceId,
      { clientId: session.clientId, instrumentKey: CHECK_IN_KEY, administeredBy: 'coach', createdBy: actor.userId },
      tx,
    );
    await linkCheckinMeasurement(actor.practiceId, session.id, id, tx);
    return id;
  });
  if (!measurementId) return fail('not_found');
  revalidatePath(`/clients/${session.clientId}/sessions/${session.id}`);
  return ok({ measurementId });
});
