import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_DECIMALS, type Side, shownAgainst, shownNumberFormat } from './shown-against';

describe('shownAgainst', () => {
  const signal: Side = (n) => n >= 70;
  const split: Side = (n) => n > 50;

  it('is the whole number when that reads on the same side of every rule as the score', () => {
    expect(shownAgainst(62.4, [signal, split])).toBe(62);
    expect(shownAgainst(70.4, [signal])).toBe(70);
    expect(shownAgainst(49.6, [split])).toBe(50); // on the split: low, as 49.6 is
    expect(shownAgainst(69.6, [])).toBe(70); // no rule, nothing to contradict
  });

  it('gives one decimal where the whole number would cross a threshold or land on it on the wrong side', () => {
    expect(shownAgainst(69.6, [signal])).toBe(69.6);
    expect(shownAgainst(69.5, [signal])).toBe(69.5);
    expect(shownAgainst(50.4, [split])).toBe(50.4);
    expect(shownAgainst(50.01, [split])).toBe(50.1); // cut towards the score's side: "50,0" would read on the split
    expect(shownAgainst(69.96, [signal])).toBe(69.9);
  });

  it('takes more decimals only when two thresholds lie within a tenth of each other with the score between them', () => {
    const median: Side = (n) => n > 50.02;
    expect(shownAgainst(50.01, [split, median])).toBe(50.01);
    expect(shownAgainst(50.3, [split, median])).toBe(50.3);
  });

  it('shows at least `atLeast` decimals (a whole score stays whole)', () => {
    expect(shownAgainst(54.63, [], 1)).toBe(54.6);
    expect(shownAgainst(55, [signal], 1)).toBe(55);
    expect(shownAgainst(69.96, [signal], 1)).toBe(69.9);
  });

  it('never reads on the other side of a rule, and is never further off than a whole number, over 0–100 in steps of 0.01', () => {
    const rules: Side[] = [signal, split, (n) => n > 47.85, (n) => n <= 25];
    for (let i = 0; i <= 10_000; i++) {
      const score = i / 100;
      const shown = shownAgainst(score, rules);
      for (const rule of rules) expect(rule(shown), `${score} → ${shown}`).toBe(rule(score));
      expect(Math.abs(shown - score)).toBeLessThanOrEqual(0.5);
      expect(Math.round(shown * 10 ** MAX_SHOWN_DECIMALS)).toBeCloseTo(shown * 10 ** MAX_SHOWN_DECIMALS, 6);
    }
  });
});

describe('shownNumberFormat', () => {
  it('writes a comma in Dutch and a point in English, and no ",0"', () => {
    expect([69.6, 70, 50.01].map(shownNumberFormat('nl-NL'))).toEqual(['69,6', '70', '50,01']);
    expect([69.6, 70, 50.01].map(shownNumberFormat('en-GB'))).toEqual(['69.6', '70', '50.01']);
  });
});
