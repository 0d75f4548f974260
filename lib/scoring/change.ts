import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { incomparability, type NotComparableReason } from './component-sets';
import { indexScore } from './indices';
import type { ReferencePoint } from './profile';
import { MAX_SHOWN_DECIMALS, shownAgainst } from './shown-against';
import { indexSides } from './shown-index-value';
import { isSharpChange } from './signal-thresholds';
import { tidy } from './threshold';
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
    // Without floating-point noise: 54.6 → 69.6 is a rise of exactly 15 (a sharp one), not of 14.999999999999993.
    changes[key] = to === null || from === null ? null : { from, to, delta: tidy(to - from) };
  }
  return changes;
}

/**
 * The change as shown, for one index. Each side as shownIndexValue shows it (./shown-index-value.ts: whole, or with a
 * decimal where the whole number would contradict the burnout signal or the profile split: 69.6 → "69,6"), against
 * the split the page states (`split`; the midpoint when not given). The difference is that of the shown values, so the
 * row adds up as the reader reads it (86 → 59 is 27 lower, even when the unrounded scores differ by 26.4; 55 → 69.6
 * is 14.6 higher). Whether a change is sharp (./signals.ts) is decided on the unrounded delta; should the shown
 * difference read on the other side of that threshold than the real one (54.6 → 69.6 is 15, sharp, yet "55 → 69,6"
 * gives 14.6; 55.4 → 70.3 is 14.9, not sharp, yet whole numbers give 15), the earlier side gets a decimal ("54,6 →
 * 69,6", "55,4 → 70"), so the current score still reads as it does beside the bars; if that does not do, both sides
 * (and in a rare case a second decimal). So no row reads as a sharp change the signals leave out, or the other way round.
 * Without `index`: whole numbers, no thresholds.
 */
export function shownChange(change: IndexChange, index?: IndexKey, split?: ReferencePoint): IndexChange {
  const sides = index ? indexSides(index, split) : [];
  const sharp = (delta: number) => (index ? isSharpChange(index, delta) : false);
  const shown = (from: number, to: number) => ({ from, to, delta: tidy(to - from) });
  const to = shownAgainst(change.to, sides);
  let row = shown(shownAgainst(change.from, sides), to);
  for (let decimals = 1; decimals <= MAX_SHOWN_DECIMALS && sharp(row.delta) !== sharp(change.delta); decimals++) {
    const from = shownAgainst(change.from, sides, decimals);
    row = shown(from, to);
    if (sharp(row.delta) !== sharp(change.delta)) row = shown(from, shownAgainst(change.to, sides, decimals));
  }
  return row;
}

/**
 * One index's row of "previous / now / change": each side shown on its own (null: no score on that side) as
 * shownIndexValue shows it, the change only when both sides have one, as the difference of the shown values (see
 * `shownChange`, which may give both sides a decimal to keep that difference on the right side of a sharp change).
 */
export function shownScores(
  from: number | null,
  to: number | null,
  index?: IndexKey,
  split?: ReferencePoint,
): { from: number | null; to: number | null; delta: number | null } {
  if (from !== null && to !== null) return shownChange({ from, to, delta: tidy(to - from) }, index, split);
  const sides = index ? indexSides(index, split) : [];
  const shown = (n: number | null) => (n === null ? null : shownAgainst(n, sides));
  return { from: shown(from), to: shown(to), delta: null };
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
