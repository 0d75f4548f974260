import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { initials } from '@/lib/sessions/ical';
import { type Executor, getDb } from '../client';
import { type CoachingSession, clients, coachingSessions } from '../schema';

type SessionStatus = CoachingSession['status'];

/** The end of a session as SQL, for overlap windows. */
const endsAt = sql`${coachingSessions.startsAt} + make_interval(mins => ${coachingSessions.durationMinutes})`;

export async function insertSessions(
  practiceId: string,
  rows: (Pick<CoachingSession, 'clientId' | 'coachId' | 'seriesId' | 'startsAt' | 'durationMinutes' | 'kind' | 'location'> & {
    id?: string;
  })[],
  ex: Executor = getDb(),
) {
  return ex
    .insert(coachingSessions)
    .values(rows.map((row) => ({ practiceId, ...row })))
    .returning({ id: coachingSessions.id, startsAt: coachingSessions.startsAt });
}

/** How many sessions a plan made: its series, or the one session. */
export async function countPlanned(practiceId: string, session: Pick<CoachingSession, 'seriesId'>, ex: Executor = getDb()) {
  if (!session.seriesId) return 1;
  const [row] = await ex
    .select({ count: count() })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.seriesId, session.seriesId)));
  return row?.count ?? 0;
}

export async function findSession(practiceId: string, sessionId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.id, sessionId)))
    .limit(1);
  return row ?? null;
}

/**
 * Plans and moves in one coach's agenda take turns (a lock held until the transaction ends): the overlap check that
 * follows then sees the sessions another plan for the same coach has just made, instead of both passing it.
 */
export async function lockCoachAgenda(practiceId: string, coachId: string, ex: Executor) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`agenda:${practiceId}:${coachId}`}))`);
}

/** A coach's planned or held sessions that touch the window: what a new session could collide with. */
export function listCoachBusy(practiceId: string, coachId: string, window: { startsAt: Date; endsAt: Date }, ex: Executor = getDb()) {
  return ex
    .select({
      id: coachingSessions.id,
      startsAt: coachingSessions.startsAt,
      endsAt: sql<Date>`${endsAt}`.mapWith((v: string | Date) => new Date(v)),
      clientId: coachingSessions.clientId,
    })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.coachId, coachId),
        inArray(coachingSessions.status, ['planned', 'held']),
        lt(coachingSessions.startsAt, window.endsAt),
        sql`${endsAt} > ${window.startsAt.toISOString()}::timestamptz`,
      ),
    );
}

/**
 * The agenda: a coach's sessions in a window, with the client's name, cancelled ones included. `visibleTo`: the
 * coach the practice limits client records to ("only assigned clients"; visibleCoachFilter), or null. A session
 * that stays in this agenda after its client went to another coach (held, cancelled) is this coach's own hour, but
 * the record is no longer theirs: it comes without its name (initials) and is marked, so the page links nowhere.
 */
export async function listCoachSessions(
  practiceId: string,
  coachId: string,
  visibleTo: string | null,
  window: { from: Date; until: Date },
  ex: Executor = getDb(),
) {
  const rows = await ex
    .select({
      id: coachingSessions.id,
      clientId: coachingSessions.clientId,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
      kind: coachingSessions.kind,
      location: coachingSessions.location,
      status: coachingSessions.status,
      firstName: clients.firstName,
      lastName: clients.lastName,
      reachable: visibleTo === null ? sql<boolean>`true` : sql<boolean>`coalesce(${clients.coachId} = ${visibleTo}, false)`,
    })
    .from(coachingSessions)
    .innerJoin(clients, and(eq(clients.practiceId, coachingSessions.practiceId), eq(clients.id, coachingSessions.clientId)))
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.coachId, coachId),
        sql`${coachingSessions.startsAt} >= ${window.from.toISOString()}::timestamptz`,
        lt(coachingSessions.startsAt, window.until),
      ),
    )
    .orderBy(asc(coachingSessions.startsAt));
  return rows.map(({ firstName, lastName, ...row }) => ({
    ...row,
    clientName: row.reachable ? `${firstName} ${lastName}` : initials(firstName, lastName),
  }));
}

/** Every session of a client for the coach's tab (notes are not needed in the list). */
export function listClientSessions(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: coachingSessions.id,
      seriesId: coachingSessions.seriesId,
      coachId: coachingSessions.coachId,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
      kind: coachingSessions.kind,
      location: coachingSessions.location,
      status: coachingSessions.status,
      version: coachingSessions.version,
      hasSummary: sql<boolean>`${coachingSessions.clientSummary} <> ''`,
      hasNotes: sql<boolean>`${coachingSessions.privateNotes} <> ''`,
    })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.clientId, clientId)))
    .orderBy(desc(coachingSessions.startsAt));
}

/** The client's sessions still planned after `after`: what closing the client cancels. */
const plannedAfter = (practiceId: string, clientId: string, after: Date) =>
  and(
    eq(coachingSessions.practiceId, practiceId),
    eq(coachingSessions.clientId, clientId),
    eq(coachingSessions.status, 'planned'),
    gt(coachingSessions.startsAt, after),
  );

/**
 * Closing a trajectory: the client's sessions still planned after `after` are cancelled (they leave the agenda, and the
 * calendar feed marks them cancelled). Sessions already past stay planned, for the coach to record as held or not.
 */
export function cancelPlannedSessionsAfter(practiceId: string, clientId: string, after: Date, ex: Executor) {
  return ex
    .update(coachingSessions)
    .set({ status: 'cancelled', version: sql`${coachingSessions.version} + 1`, updatedAt: new Date() })
    .where(plannedAfter(practiceId, clientId, after))
    .returning({
      id: coachingSessions.id,
      kind: coachingSessions.kind,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
    });
}

/**
 * "This one and the rest of the series": the series' sessions still planned after `after` (the pressed one is cancelled
 * on its own, against its version). Of the same client: a series never spans two.
 */
export function cancelSeriesAfter(practiceId: string, clientId: string, seriesId: string, after: Date, ex: Executor) {
  return ex
    .update(coachingSessions)
    .set({ status: 'cancelled', version: sql`${coachingSessions.version} + 1`, updatedAt: new Date() })
    .where(and(plannedAfter(practiceId, clientId, after), eq(coachingSessions.seriesId, seriesId)))
    .returning({
      id: coachingSessions.id,
      kind: coachingSessions.kind,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
    });
}

/**
 * A client given to another coach: every session still planned that sat in the outgoing coach's agenda goes to the new
 * coach's, their version raised (the calendar feed's SEQUENCE, so a subscribed calendar takes the change; the outgoing
 * coach's feed lists those still to come as cancelled: movedFromCoachId, db/queries/calendar.ts). Past ones too: a session held but not yet recorded
 * as held (or not) would otherwise stay with a coach who, under "assigned" visibility, can no longer open the client to
 * record it. Sessions in a third person's agenda stay there (the owner's own three-way meeting, say). No overlap check
 * here: the caller counts the clashes in the new coach's agenda and says so, without refusing the change.
 */
export function reassignPlannedSessions(practiceId: string, clientId: string, coaches: { from: string; to: string }, ex: Executor) {
  const now = new Date();
  return ex
    .update(coachingSessions)
    .set({
      coachId: coaches.to,
      version: sql`${coachingSessions.version} + 1`,
      updatedAt: now,
      // The outgoing coach's calendar feed lists it as cancelled for a while, until it changes again (equal times:
      // db/queries/calendar.ts).
      movedFromCoachId: coaches.from,
      movedAt: now,
    })
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.clientId, clientId),
        eq(coachingSessions.status, 'planned'),
        eq(coachingSessions.coachId, coaches.from),
      ),
    )
    .returning({
      id: coachingSessions.id,
      kind: coachingSessions.kind,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
    });
}

/** Optimistic concurrency: null when the version moved on (someone else changed it). */
async function updateVersioned(practiceId: string, sessionId: string, version: number, values: Partial<CoachingSession>, ex: Executor) {
  const [row] = await ex
    .update(coachingSessions)
    .set({ ...values, version: sql`${coachingSessions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.id, sessionId), eq(coachingSessions.version, version)))
    .returning();
  return row ?? null;
}

export function updateSessionTime(
  practiceId: string,
  sessionId: string,
  version: number,
  values: { startsAt: Date; durationMinutes: number },
  ex: Executor = getDb(),
) {
  return updateVersioned(practiceId, sessionId, version, values, ex);
}

export function updateSessionStatus(practiceId: string, sessionId: string, version: number, status: SessionStatus, ex: Executor = getDb()) {
  return updateVersioned(practiceId, sessionId, version, { status }, ex);
}

/** The coach's record of the session, against its own version (recordVersion): null when that moved on. */
export async function updateSessionRecord(
  practiceId: string,
  sessionId: string,
  recordVersion: number,
  values: { privateNotes: string; clientSummary: string; agreedHomework: string; checkinEnergy: number | null },
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .update(coachingSessions)
    .set({ ...values, recordVersion: sql`${coachingSessions.recordVersion} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.id, sessionId),
        eq(coachingSessions.recordVersion, recordVersion),
      ),
    )
    .returning();
  return row ?? null;
}

/** A client's planned sessions still to come, earliest first (the fields the client may see too). */
export function listUpcomingSessions(practiceId: string, clientId: string, now: Date, limit: number, ex: Executor = getDb()) {
  return ex
    .select({
      id: coachingSessions.id,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
      kind: coachingSessions.kind,
      location: coachingSessions.location,
    })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.clientId, clientId),
        eq(coachingSessions.status, 'planned'),
        // Not yet over: a session under way is still the one to go to. A session lasts less than a day (the bound keeps
        // the index's range).
        gt(coachingSessions.startsAt, new Date(now.getTime() - 86_400_000)),
        sql`${endsAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(coachingSessions.startsAt))
    .limit(limit);
}

/** The session's check-in measurement, with the row locked so two tabs cannot both start one. */
export async function lockSessionCheckin(practiceId: string, sessionId: string, ex: Executor) {
  const [row] = await ex
    .select({ measurementId: coachingSessions.checkinMeasurementId })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.id, sessionId)))
    .for('update');
  return row ? { measurementId: row.measurementId } : null;
}

export async function linkCheckinMeasurement(practiceId: string, sessionId: string, measurementId: string, ex: Executor = getDb()) {
  await ex
    .update(coachingSessions)
    .set({ checkinMeasurementId: measurementId, updatedAt: new Date() })
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.id, sessionId)));
}
