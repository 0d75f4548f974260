import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { auditLog, timelineEvents } from '../schema';
import type { AuditInsert } from './audit';

export type TimelineInsert = {
  clientId: string;
  kind: string;
  actorUserId?: string | null;
  actorKind?: 'coach' | 'client' | 'employer' | 'system';
  data?: Record<string, string | number | boolean | null>;
  occurredAt?: Date;
};

const timelineRow = (practiceId: string, event: TimelineInsert) => ({
  practiceId,
  clientId: event.clientId,
  kind: event.kind,
  actorUserId: event.actorUserId ?? null,
  actorKind: event.actorKind ?? 'coach',
  data: event.data ?? {},
  occurredAt: event.occurredAt ?? new Date(),
});

export async function insertTimelineEvent(practiceId: string, event: TimelineInsert, ex: Executor = getDb()) {
  await ex.insert(timelineEvents).values(timelineRow(practiceId, event));
}

/**
 * A change's timeline lines and audit entries (lib/services/commit.ts) in ONE statement: the timeline insert runs
 * as a data-modifying CTE of the audit insert. Same rows as one insert each; the change's transaction holds them.
 */
export async function insertChangeEvents(practiceId: string, lines: TimelineInsert[], entries: AuditInsert[], ex: Executor) {
  const rows = lines.map((line) => timelineRow(practiceId, line));
  if (rows.length > 0 && entries.length > 0) {
    const timeline = ex.$with('timeline_lines', {}).as(ex.insert(timelineEvents).values(rows).getSQL());
    await ex.with(timeline).insert(auditLog).values(entries);
  } else if (rows.length > 0) {
    await ex.insert(timelineEvents).values(rows);
  } else if (entries.length > 0) {
    await ex.insert(auditLog).values(entries);
  }
}

export function listTimeline(practiceId: string, clientId: string, opts: { limit?: number; before?: Date } = {}, ex: Executor = getDb()) {
  const where = [eq(timelineEvents.practiceId, practiceId), eq(timelineEvents.clientId, clientId)];
  if (opts.before) where.push(lt(timelineEvents.occurredAt, opts.before));
  return ex
    .select()
    .from(timelineEvents)
    .where(and(...where))
    .orderBy(desc(timelineEvents.occurredAt))
    .limit(opts.limit ?? 100);
}
