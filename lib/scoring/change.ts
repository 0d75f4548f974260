import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { incomparability, type NotComparableReason } from './component-sets';
import { indexScore } from './indices';
import type { IndexResults } from './types';

export interface IndexChange {
  from: number;
  to: number;
  /** to − from, in points on the 0–100 scale. */
  delta: number;
}

/** Per index present in either measurement: the change, or null when either side is absent or insufficient. */
export type IndexChanges = Partial<Record<IndexKey, IndexChange | null>>;

export function changeSince(current: IndexResults, previous: IndexResults): IndexChanges {
  const changes: IndexChanges = {};
  for (const key of INDEX_KEYS) {
    if (!(key in current) && !(key in previous)) continue;
    const to = indexScore(current, key);
    const from = indexScore(previous, key);
    changes[key] = to === null || from === null ? null : { from, to, delta: to - from };
  }
  return changes;
}

/**
 * The change as shown: whole points, the difference being that of the shown values (86 → 59 is 27 lower,
 * even when the unrounded scores differ by 26.4). Whether a change is sharp is decided on the unrounded delta.
 */
export function shownChange(change: IndexChange): IndexChange {
  const from = Math.round(change.from);
  const to = Math.round(change.to);
  return { from, to, delta: to - from };
}

/**
 * One index's row of "previous / now / change": each side shown on its own in whole points (null: no score on that
 * side), the change only when both sides have one, as the difference of the shown values (see `shownChange`).
 */
export function shownScores(from: number | null, to: number | null): { from: number | null; to: number | null; delta: number | null } {
  if (from !== null && to !== null) return shownChange({ from, to, delta: to - from });
  return { from: from === null ? null : Math.round(from), to: to === null ? null : Math.round(to), delta: null };
}

export type ChangeOutcome =
  | { status: 'compared'; changes: IndexChanges }
  /** Not compared, and why (shown on the results page instead of a number). */
  | { status: 'not_comparable'; reason: NotComparableReason };

/**
 * The change since an earlier measurement, only when the two are like with like (same instrument key,
 * same index components: see `comparable`). An intake against a check-in is never a change.
 */
export function changeBetween(
  current: { instrument: Instrument; indices: IndexResults },
  previous: { instrument: Instrument; indices: IndexResults },
): ChangeOutcome {
  const reason = incomparability(current.instrument, previous.instrument);
  if (reason) return { status: 'not_comparable', reason };
  return { status: 'compared', changes: changeSince(current.indices, previous.indices) };
}
