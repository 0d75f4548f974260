import { INDEX_KEYS, type IndexKey } from '../instruments/types';
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
