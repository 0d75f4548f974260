import 'server-only';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { calendarFeeds, clients, coachingSessions, users } from '../schema';

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

/** What the feed may show: times, kind, status and the client's name for initials. No notes, no summary. */
export function listFeedSessions(practiceId: string, coachId: string, window: { from: Date; until: Date }, ex: Executor = getDb()) {
  return ex
    .select({
      id: coachingSessions.id,
      startsAt: coachingSessions.startsAt,
      durationMinutes: coachingSessions.durationMinutes,
      kind: coachingSessions.kind,
      status: coachingSessions.status,
      version: coachingSessions.version,
      updatedAt: coachingSessions.updatedAt,
      firstName: clients.firstName,
      lastName: clients.lastName,
    })
    .from(coachingSessions)
    .innerJoin(clients, and(eq(clients.practiceId, coachingSessions.practiceId), eq(clients.id, coachingSessions.clientId)))
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.coachId, coachId),
        gte(coachingSessions.startsAt, window.from),
        lt(coachingSessions.startsAt, window.until),
      ),
    )
    .orderBy(asc(coachingSessions.startsAt))
    .limit(2000);
}
