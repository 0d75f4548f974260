import { type Side, shownAgainst } from './shown-against';

/**
 * A value on a questionnaire's own scale (a mean such as 3,33, or a sum) as shown beside its bands: whole when whole,
 * else two decimals, unless two decimals would read as the other side of a band's cut-off (`upTos`, each "at most"): a
 * mean of 10/3 above a band "≤ 3,33" reads "3,34", not "3,33", which that band's label claims. The coach's results page
 * and the client report show it the same way (shownAgainst, ./shown-against.ts, as the 0–100 scores do beside flags).
 */
export function shownOwnScaleValue(value: number, upTos: readonly number[]): number {
  if (Number.isInteger(value)) return value;
  const sides: Side[] = upTos.map((upTo) => (n) => n <= upTo);
  return shownAgainst(value, sides, 2);
}
