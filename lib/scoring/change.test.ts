import { describe, expect, it } from 'vitest';
import { changeSince, shownChange, shownScores } from './change';
import { sharpChangeSignals } from './signals';
import { scored } from './test-fixtures';

describe('shownChange', () => {
  it('shows the difference of the shown values, not the rounded difference of the unrounded scores', () => {
    // Taakeisen 85.6 → 59.4: shown 86 → 59, so 27 lower (not round(-26.2) = 26).
    expect(shownChange({ from: 85.6, to: 59.4, delta: 59.4 - 85.6 })).toEqual({ from: 86, to: 59, delta: -27 });
    // Bevlogenheid 34.6 → 51.4: shown 35 → 51, so 16 higher (not round(16.8) = 17).
    expect(shownChange({ from: 34.6, to: 51.4, delta: 51.4 - 34.6 })).toEqual({ from: 35, to: 51, delta: 16 });
  });

  it('shows no change exactly when the shown values are equal', () => {
    expect(shownChange({ from: 50.4, to: 50.6, delta: 0.2 })).toEqual({ from: 50, to: 51, delta: 1 });
    expect(shownChange({ from: 49.6, to: 50.4, delta: 0.8 }).delta).toBe(0);
  });

  it('adds up for every pair of scores', () => {
    for (let from = 0; from <= 100; from += 0.7) {
      for (let to = 0; to <= 100; to += 1.3) {
        const c = shownChange({ from, to, delta: to - from });
        expect(c.to - c.from).toBe(c.delta);
      }
    }
  });
});

describe('shownScores', () => {
  it('shows each side on its own when the other has no score, and a change only with both', () => {
    expect(shownScores(null, 47.6)).toEqual({ from: null, to: 48, delta: null });
    expect(shownScores(62.4, null)).toEqual({ from: 62, to: null, delta: null });
    expect(shownScores(null, null)).toEqual({ from: null, to: null, delta: null });
    expect(shownScores(85.6, 59.4)).toEqual({ from: 86, to: 59, delta: -27 });
  });
});

describe('sharp change signal', () => {
  it('names the shown values and their difference, while firing on the unrounded delta', () => {
    // 60.4 → 44.6 is a drop of 15.8 (sharp); shown 60 → 45, so 15 points, not round(15.8) = 16.
    const change = changeSince({ engagement: scored(44.6) }, { engagement: scored(60.4) });
    expect(sharpChangeSignals(change)).toEqual([
      { key: 'sharp_change', reason: 'signal.sharpDrop.engagement', params: { index: 'engagement', from: 60, to: 45, delta: 15 } },
    ]);
  });
});
