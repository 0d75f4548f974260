import type { IndexKey } from '../instruments/types';

// The thresholds of the signals (./signals.ts, which exports them too), on their own: the shown values
// (./shown-index-value.ts, ./change.ts) keep to them, and ./signals.ts builds on those.

/** Burnout index (0–100) at or above which the built-in intake flags high burnout complaints. */
export const BURNOUT_HIGH_THRESHOLD = 70;
/**
 * Engagement index (0–100) from which the client's report says the client reports a good deal of engagement
 * (lib/reports/summary.ts); its scores are shown never on the other side of it (./shown-index-value.ts).
 */
export const ENGAGEMENT_HIGH_THRESHOLD = 60;
/** A fall of at least this many points (0–100) since the previous measurement is a sharp drop. */
export const SHARP_DROP_POINTS = 15;
/** A rise of at least this many points (0–100) since the previous measurement is a sharp rise. */
export const SHARP_RISE_POINTS = 15;

/** Which direction is bad for each index. */
export const SHARP_CHANGE_RULES: ReadonlyArray<{ index: IndexKey; direction: 'drop' | 'rise' }> = [
  { index: 'engagement', direction: 'drop' },
  { index: 'work_resources', direction: 'drop' },
  { index: 'personal_resources', direction: 'drop' },
  { index: 'burnout', direction: 'rise' },
  { index: 'demands', direction: 'rise' },
];

/** Whether a change (to − from, in points) is sharp for this index: in its bad direction, by at least the points above. */
export function isSharpChange(index: IndexKey, delta: number): boolean {
  const rule = SHARP_CHANGE_RULES.find((r) => r.index === index);
  if (!rule) return false;
  return rule.direction === 'drop' ? -delta >= SHARP_DROP_POINTS : delta >= SHARP_RISE_POINTS;
}
