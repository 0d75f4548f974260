/** Enough answers (or scored dimensions) to report a score: at least two thirds. */
export function hasEnough(count: number, total: number): boolean {
  return total > 0 && count * 3 >= total * 2;
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Rounds away floating-point noise (to 9 decimals) so that a score that is mathematically exactly
 * at a cut-off (the profile split, the burnout threshold, a band bound) compares as equal to it.
 */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
