import 'server-only';
import { and, asc, eq, gte, lt, lte, ne } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { type Executor, getDb } from '../client';
import { calendarFeeds, clients, coachingSessions, users } from '../schema';

/** More than any coach's agenda holds in the feed's window (90 days back, 400 ahead). */
export const FEED_MAX_EVENTS = 20_000;

export async function findCalendarFeed(practiceId: string, userId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.practiceId, practiceId), eq(calendarFeeds.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** Creates the coach's feed or replaces its secret: the old URL stops working at once. */
export async function replaceCalendarFeed(practiceId: string, userId: string, tokenHash: string, ex: Executor = getDb()) {
  await ex
    .insert(calendarFeeds)
    .values({ practiceId, userId, tokenHash })
    .onConflictDoUpdate({ target: [calendarFeeds.practiceId, calendarFeeds.userId], set: { tokenHash, createdAt: new Date() } });
}

/** Deletes the coach's feed (deactivation): its URL stops working at once. */
export async function deleteCalendarFeed(practiceId: string, userId: string, ex: Executor = getDb()) {
  await ex.delete(calendarFeeds).where(and(eq(calendarFeeds.practiceId, practiceId), eq(calendarFeeds.userId, userId)));
}

/** The active coach behind a feed URL, with the language the feed is written in; a deactivated coach's feed is dead. */
export async function findCalendarFeedOwner(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ userId: users.id, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.practiceId, calendarFeeds.practiceId), eq(users.id, calendarFeeds.userId)))
    .where(and(eq(calendarFeeds.practiceId, practiceId), eq(calendarFeeds.tokenHash, tokenHash), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

const feedColumns = {
  id: coachingSessions.id,
  startsAt: coachingSessions.startsAt,
  durationMinutes: coachingSessions.durationMinutes,
  kind: coachingSessions.kind,
  status: coachingSessions.status,
  version: coachingSessions.version,
  updatedAt: coachingSessions.updatedAt,
  location: coachingSessions.location,
  coachId: coachingSessions.coachId,
  firstName: clients.firstName,
  lastName: clients.lastName,
};

/**
 * What the feed may show: times, kind, status and the client's name for initials. No notes, no summary. Besides the
 * coach's own sessions, those handed over to another coach (the client reassigned, `movedSince` or later) before they
 * took place, marked `movedAway`: a calendar app only drops an event it is told is cancelled. The handover is the
 * session's last one (movedFromCoachId, movedAt).
 */
export async function listFeedSessions(
  practiceId: string,
  coachId: string,
  window: { from: Date; until: Date; movedSince: Date },
  ex: Executor = getDb(),
) {
  const inWindow = and(
    eq(coachingSessions.practiceId, practiceId),
    gte(coachingSessions.startsAt, window.from),
    lt(coachingSessions.startsAt, window.until),
  );
  const withClient = and(eq(clients.practiceId, coachingSessions.practiceId), eq(clients.id, coachingSessions.clientId));
  const own = ex
    .select(feedColumns)
    .from(coachingSessions)
    .innerJoin(clients, withClient)
    .where(and(inWindow, eq(coachingSessions.coachId, coachId)));
  // Handed over from this coach's agenda (the client's last reassignment) before it took place, and unchanged since: a
  // session handed over after it took place (to be recorded by the new coach) is not cancelled, and one the new coach
  // has changed since (moved, recorded) is left out too, so this coach's calendar never learns what became of it.
  const movedAway = ex
    .select(feedColumns)
    .from(coachingSessions)
    .innerJoin(clients, withClient)
    .where(
      and(
        inWindow,
        eq(coachingSessions.movedFromCoachId, coachId),
        gte(coachingSessions.movedAt, window.movedSince),
        lt(coachingSessions.movedAt, coachingSessions.startsAt),
        lte(coachingSessions.updatedAt, coachingSessions.movedAt),
        ne(coachingSessions.coachId, coachId),
      ),
    );
  // Two branches, each on its own index (the coach's agenda; the sessions moved from it). The window bounds the rows; the
  // cap only guards against the absurd (a full-time coach has some 2,500 sessions in it: six a day, five days a week).
  const rows = await unionAll(own, movedAway).orderBy(asc(coachingSessions.startsAt)).limit(FEED_MAX_EVENTS);
  return rows.map(({ coachId: sessionCoach, ...row }) => ({ ...row, movedAway: sessionCoach !== coachId }));
}
