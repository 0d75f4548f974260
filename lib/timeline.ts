import 'server-only';
import type { Executor } from '@/db/client';
import { insertTimelineEvent, type TimelineInsert } from '@/db/queries/timeline';

/**
 * `<area>.<what>`: client.created, client.status_changed, consent.given, measurement.completed,
 * session.planned, homework.submitted, ... The overview translates it as `timeline.<area>.<what>`,
 * with `data` as the message's values. `data` holds ids, dates and labels, never scores or notes.
 */
import type { TimelineKind } from '@/lib/caseload/timeline-kinds';

export type { TimelineKind };

/** The one way to add to a client's timeline; pass the transaction of the write it belongs to. */
export async function recordTimelineEvent(
  practiceId: string,
  event: Omit<TimelineInsert, 'kind'> & { kind: TimelineKind },
  ex?: Executor,
): Promise<void> {
  await insertTimelineEvent(practiceId, event, ex);
}
