import { type ReferencePoint, SCALE_MIDPOINT } from './profile';
import { type Side, shownAgainst, shownNumberFormat } from './shown-against';
import { BURNOUT_HIGH_THRESHOLD, ENGAGEMENT_HIGH_THRESHOLD } from './signal-thresholds';

/**
 * The rules a reader applies to a 0–100 index score beside it: the burnout signal from 70 (./signals.ts), and for job
 * demands and work resources the profile split the page or document states (./profile.ts: "high" is strictly above it,
 * a score exactly on it counts as low), the scale midpoint 50 unless a split is given; engagement from 60, where the
 * client's report says "a good deal of engagement" (a 59.6 there reads "59,6" without that sentence, not "60").
 * Personal resources have none. Takes any key: one that is no index has none either.
 */
export function indexSides(key: string, split?: ReferencePoint): Side[] {
  if (key === 'burnout') return [(n) => n >= BURNOUT_HIGH_THRESHOLD];
  if (key === 'engagement') return [(n) => n >= ENGAGEMENT_HIGH_THRESHOLD];
  if (key === 'demands') {
    const at = split?.demands ?? SCALE_MIDPOINT;
    return [(n) => n > at];
  }
  if (key === 'work_resources') {
    const at = split?.resources ?? SCALE_MIDPOINT;
    return [(n) => n > at];
  }
  return [];
}

/**
 * A 0–100 index score as shown beside the signals and the profile (shownAgainst, ./shown-against.ts): a whole number,
 * unless that whole number would sit on the other side of, or exactly on, the index's threshold: a burnout index of
 * 69.6 raises no signal, so it reads "69,6", not "70"; a demands index of 50.4 is high against a split at 50, so it
 * reads "50,4", not "50" (on the split: low). A score on the right side rounds whole (70.3 → 70, 49.6 → 50 when 50 is
 * the split: low either way). `split`: the profile split the page states (the profile's `split`), the scale midpoint
 * when not given.
 */
export function shownIndexValue(key: string, score: number, split?: ReferencePoint): number {
  return shownAgainst(score, indexSides(key, split));
}

/** The same as text in a locale (nl-NL: "69,6"; en-GB: "69.6"), against the split the page or document states. */
export function indexValueFormat(locale: string, split?: ReferencePoint): (key: string, score: number) => string {
  const format = shownNumberFormat(locale);
  return (key, score) => format(shownIndexValue(key, score, split));
}
