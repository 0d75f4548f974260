// Imports only an import-free module: the quadrant plot's client component takes it too (a lean bundle).
import { MAX_SHOWN_DECIMALS, shownAgainst } from './shown-against';

/**
 * A split (the midpoint, or a practice median) as used and shown: one decimal. The profile is decided against this
 * value (./profile.ts referencePoint), so the split a reader reads is the split the profile was decided against.
 */
export function profileSplitValue(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A client's demands or work-resources index as shown beside the profile: one decimal, as precise as the split. Given
 * the split of its axis, never on the other side of it than the score (the edge rule: exactly on the split counts as
 * low): 50.04 against 50 is "50,1", not "50", beside a "high demands" profile. Without a split, one decimal.
 */
export function shownProfileValue(n: number, split?: number): number {
  if (split === undefined) return Math.round(n * 10) / 10;
  return shownAgainst(n, [(v) => v > split], 1);
}

/** The same as text in a locale (nl-NL: 47,6), for the quadrant plot's points and table. */
export function profileValueFormat(locale: string, split?: number): (n: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: MAX_SHOWN_DECIMALS });
  return (n) => format.format(shownProfileValue(n, split));
}
