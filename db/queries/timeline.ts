import 'server-only';
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { auditLog, timelineEvents } from '../schema';
import { type AuditInsert, auditWith } from './audit';

export type TimelineInsert = {
  clientId: string;
  kind: string;
  actorUserId?: string | null;
  actorKind?: 'coach' | 'client' | 'employer' | 'system';
  data?: Record<string, string | number | boolean | null>;
  occurredAt?: Date;
};

const timelineRow = (practiceId: string, event: TimelineInsert, now = new Date()) => ({
  practiceId,
  clientId: event.clientId,
  kind: event.kind,
  actorUserId: event.actorUserId ?? null,
  actorKind: event.actorKind ?? 'coach',
  data: event.data ?? {},
  occurredAt: event.occurredAt ?? now,
});

export async function insertTimelineEvent(practiceId: string, event: TimelineInsert, ex: Executor = getDb()) {
  await ex.insert(timelineEvents).values(timelineRow(practiceId, event));
}

/**
 * A change's timeline lines and audit entries (lib/services/commit.ts) in ONE statement: the timeline insert runs
 * as a data-modifying CTE of the audit insert. Same rows as one insert each; the change's transaction holds them.
 */
export async function insertChangeEvents(practiceId: string, lines: TimelineInsert[], entries: AuditInsert[], ex: Executor) {
  // One moment for the change's lines; their seq (the order of `lines`) keeps them in order.
  const now = new Date();
  const rows = lines.map((line) => timelineRow(practiceId, line, now));
  if (rows.length > 0 && entries.length > 0) {
    const timeline = ex.$with('timeline_lines', {}).as(ex.insert(timelineEvents).values(rows).getSQL());
    await ex.with(timeline).insert(auditLog).values(entries);
  } else if (rows.length > 0) {
    await ex.insert(timelineEvents).values(rows);
  } else if (entries.length > 0) {
    await ex.insert(auditLog).values(entries);
  }
}

/**
 * One page of a client's timeline, newest first, with the number of events on all pages (a window count in the same
 * statement). `logged`: the page's "viewed" audit entry, written by the same statement (auditWith).
 */
export async function pageTimeline(
  practiceId: string,
  clientId: string,
  page: { limit: number; offset: number },
  logged?: AuditInsert,
  ex: Executor = getDb(),
) {
  const rows = await (logged ? ex.with(auditWith(logged, ex)) : ex)
    .select({ ...getTableColumns(timelineEvents), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(timelineEvents)
    .where(and(eq(timelineEvents.practiceId, practiceId), eq(timelineEvents.clientId, clientId)))
    // Insertion order last: a change's lines share their moment; newest first, they read back to front, never at random.
    // Stable too, so that paging neither repeats nor skips. The order of timeline_client_time, read backwards.
    .orderBy(desc(timelineEvents.occurredAt), desc(timelineEvents.seq))
    .limit(page.limit)
    .offset(page.offset);
  return { events: rows.map(({ total: _total, ...event }) => event), total: rows[0]?.total ?? 0 };
}
