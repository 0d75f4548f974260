import { DEMAND_FLAG_AT, RESOURCE_FLAG_AT } from './flags';
import { type Side, shownAgainst, shownNumberFormat } from './shown-against';

/** Both flag rules (./flags.ts), applied to every dimension score whatever its kind. */
const FLAG_SIDES: readonly Side[] = [(n) => n >= DEMAND_FLAG_AT, (n) => n <= RESOURCE_FLAG_AT];

/**
 * A 0–100 dimension score as shown beside its flag (a demand at or above 75, a resource at or below 25: ./flags.ts), by
 * the rule of shownAgainst (./shown-against.ts): a whole number, unless that whole number would sit on the other side of
 * a flag threshold than the score does: a demand of 74.6 is not flagged, so it must not read "75", which the flag rule
 * calls flagged; a resource of 25.4 must not read "25". Those scores, and only those (from 74.5 up to 75, and above 25
 * up to 25.5), get one decimal: a coach reads whole numbers everywhere else and a decimal exactly where it decides the
 * flag. A flagged score always rounds to a whole number on its own side (75.3 → 75, 24.6 → 25). Both thresholds apply
 * to every score, whatever its kind (a demand of 25.3 reads "25.3" too): one rule, no need to know the dimension. Should
 * one decimal still land on the threshold (74.96), the decimal is cut towards the score's side (74.9).
 * Apply it once, to the score itself: a shown 25.5 (from 25.46) would round on to 26, which is right for 25.5 itself.
 */
export function shownDimensionValue(score: number): number {
  return shownAgainst(score, FLAG_SIDES);
}

/** The same as text in a locale (nl-NL: "74,6"; en-GB: "74.6"): for the results page's bars and flags and the PDF. */
export function dimensionValueFormat(locale: string): (score: number) => string {
  const format = shownNumberFormat(locale);
  return (score) => format(shownDimensionValue(score));
}
