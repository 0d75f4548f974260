import { describe, expect, it } from 'vitest';
import { DEMAND_FLAG_AT, RESOURCE_FLAG_AT } from './flags';
import { dimensionValueFormat, shownDimensionValue } from './shown-dimension-value';

/** Flagged as a demand, and as a resource, by the rule of ./flags.ts. */
const demandFlagged = (n: number) => n >= DEMAND_FLAG_AT;
const resourceFlagged = (n: number) => n <= RESOURCE_FLAG_AT;

describe('shownDimensionValue', () => {
  it('gives a decimal to a score whose whole number would read as flagged while it is not', () => {
    expect(shownDimensionValue(74.6)).toBe(74.6);
    expect(shownDimensionValue(74.5)).toBe(74.5);
    expect(shownDimensionValue(74.94)).toBe(74.9);
    expect(shownDimensionValue(25.4)).toBe(25.4);
    expect(shownDimensionValue(25.49)).toBe(25.5);
  });

  it('keeps a whole number everywhere else, flagged or not', () => {
    expect(shownDimensionValue(75)).toBe(75);
    expect(shownDimensionValue(75.3)).toBe(75);
    expect(shownDimensionValue(80.2)).toBe(80);
    expect(shownDimensionValue(74.4)).toBe(74);
    expect(shownDimensionValue(25)).toBe(25);
    expect(shownDimensionValue(24.6)).toBe(25);
    expect(shownDimensionValue(25.5)).toBe(26);
    expect(shownDimensionValue(50.5)).toBe(51);
    expect(shownDimensionValue(0)).toBe(0);
    expect(shownDimensionValue(100)).toBe(100);
  });

  it('cuts the decimal towards the score’s side when one decimal would still land on the threshold', () => {
    expect(shownDimensionValue(74.96)).toBe(74.9);
    expect(shownDimensionValue(74.999999999)).toBe(74.9);
    expect(shownDimensionValue(25.04)).toBe(25.1);
    expect(shownDimensionValue(25.01)).toBe(25.1);
    expect(shownDimensionValue(25.000000001)).toBe(25.1);
  });

  it('never reads on the other side of a flag threshold than the score, over the whole scale in steps of 0.01', () => {
    for (let i = 0; i <= 10_000; i++) {
      const score = i / 100;
      const shown = shownDimensionValue(score);
      expect(demandFlagged(shown), `${score} → ${shown}`).toBe(demandFlagged(score));
      expect(resourceFlagged(shown), `${score} → ${shown}`).toBe(resourceFlagged(score));
      // Never further off than rounding to a whole number.
      expect(Math.abs(shown - score)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('dimensionValueFormat', () => {
  it('writes the shown value in the locale: a comma in Dutch, a point in English, no ",0"', () => {
    const nl = dimensionValueFormat('nl-NL');
    const en = dimensionValueFormat('en-GB');
    expect([74.6, 25.4, 75, 80.2, 24.6, 74.96].map(nl)).toEqual(['74,6', '25,4', '75', '80', '25', '74,9']);
    expect([74.6, 25.4, 75, 80.2].map(en)).toEqual(['74.6', '25.4', '75', '80']);
  });
});
