// Without imports: a client component may take it too (a lean bundle).

/**
 * A rule a reader applies to a number they read beside it: a flag (a demand at or above 75), a signal (a burnout index
 * from 70), a profile split (demands above 50 are high). True on one side of its threshold, false on the other.
 */
export type Side = (n: number) => boolean;

/** The most decimals a shown value gets (ICU's `{x, number}` in the signal texts writes three at most): only a score within a hair of two thresholds at once comes near it. */
export const MAX_SHOWN_DECIMALS = 3;

/**
 * A score as shown beside the rules (`sides`) that the page or document states about it: never on the other side of
 * any of them than the score itself, so the number a reader reads never contradicts a flag, signal or profile beside
 * it (or its absence).
 *
 * A whole number, unless that whole number would sit on the other side of (or exactly on, where "on" counts for the
 * other side) one of the thresholds: then one decimal, rounded, or cut towards the score's side should the rounded
 * decimal still land there (74.96 against "75 or more": 74.9). Should one decimal not do (two thresholds within a tenth
 * of each other with the score between them), two, and so on up to MAX_SHOWN_DECIMALS; the score itself after that.
 * So a reader sees whole numbers everywhere else, and a decimal exactly where it decides the rule. Never further off
 * than rounding to a whole number (0.5).
 *
 * `atLeast`: the fewest decimals to show (a change shows both its sides with one decimal where whole numbers would put
 * their difference on the other side of its own threshold: ./change.ts). Apply it once, to the score itself.
 */
export function shownAgainst(score: number, sides: readonly Side[], atLeast = 0): number {
  const readsAsScore = (shown: number) => sides.every((side) => side(shown) === side(score));
  if (atLeast <= 0) {
    const whole = Math.round(score);
    if (readsAsScore(whole)) return whole;
  }
  for (let decimals = Math.max(1, atLeast); decimals <= MAX_SHOWN_DECIMALS; decimals++) {
    const f = 10 ** decimals;
    for (const shown of [Math.round(score * f) / f, Math.floor(score * f) / f, Math.ceil(score * f) / f]) {
      if (readsAsScore(shown)) return shown;
    }
  }
  return score;
}

/**
 * A shown value (from shownAgainst and the functions built on it) as text in a locale: nl-NL "74,6", en-GB "74.6";
 * a whole number without ",0".
 */
export function shownNumberFormat(locale: string): (shown: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: MAX_SHOWN_DECIMALS });
  return (shown) => format.format(shown);
}
