import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { timelineEvents } from '../schema';

export type TimelineInsert = {
  clientId: string;
  kind: string;
  actorUserId?: string | null;
  actorKind?: 'coach' | 'client' | 'employer' | 'system';
  data?: Record<string, string | number | boolean | null>;
  occurredAt?: Date;
};

export async function insertTimelineEvent(practiceId: string, event: TimelineInsert, ex: Executor = getDb()) {
  await ex.insert(timelineEvents).values({
    practiceId,
    clientId: event.clientId,
    kind: event.kind,
    actorUserId: event.actorUserId ?? null,
    actorKind: event.actorKind ?? 'coach',
    data: event.data ?? {},
    occurredAt: event.occurredAt ?? new Date(),
  });
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
