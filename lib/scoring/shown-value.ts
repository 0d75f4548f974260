// Without imports: the quadrant plot's client component takes it too (a lean bundle).

/**
 * A split or a client's index score as shown beside the profile: one decimal. The client's scores are shown as
 * precisely as the split, or a client just below a practice median of 47.9 would read "48" under a "low" profile.
 */
export function shownProfileValue(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The same as text in a locale (nl-NL: 47,6), for the quadrant plot's points and table. */
export function profileValueFormat(locale: string): (n: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (n) => format.format(shownProfileValue(n));
}
