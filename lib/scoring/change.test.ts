import { describe, expect, it } from 'vitest';
import { changeSince, shownChange, shownScores } from './change';
import { isSharpChange, SHARP_CHANGE_RULES, sharpChangeSignals } from './signals';
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

describe('shownChange of an index, beside its signal and the profile split', () => {
  it('shows each side as shownIndexValue does, and the difference of those: burnout 55 → 69.6 is "55 → 69,6", 14.6 higher', () => {
    expect(shownChange({ from: 55, to: 69.6, delta: 14.6 }, 'burnout')).toEqual({ from: 55, to: 69.6, delta: 14.6 });
    expect(shownChange({ from: 69.6, to: 62.4, delta: -7.2 }, 'burnout')).toEqual({ from: 69.6, to: 62, delta: -7.6 });
    expect(shownChange({ from: 70.4, to: 69.6, delta: -0.8 }, 'burnout')).toEqual({ from: 70, to: 69.6, delta: -0.4 });
    // Job demands against the split the page states: 50.4 is high against 50, 49.6 low (and "50" reads low).
    expect(shownChange({ from: 49.6, to: 50.4, delta: 0.8 }, 'demands')).toEqual({ from: 50, to: 50.4, delta: 0.4 });
    expect(shownChange({ from: 47.8, to: 47.9, delta: 0.1 }, 'demands', { demands: 47.85, resources: 50 })).toEqual({
      from: 47.8,
      to: 48,
      delta: 0.2,
    });
    // Far from any threshold: whole, as before.
    expect(shownChange({ from: 85.6, to: 59.4, delta: 59.4 - 85.6 }, 'demands')).toEqual({ from: 86, to: 59, delta: -27 });
  });

  it('gives a side a decimal where the shown difference would read on the other side of a sharp change than the real one', () => {
    // 54.6 → 69.6 is a sharp rise of 15: "55 → 69,6" would say 14.6.
    expect(shownChange({ from: 54.6, to: 69.6, delta: 15 }, 'burnout')).toEqual({ from: 54.6, to: 69.6, delta: 15 });
    // 55.4 → 70.3 is 14.9, no sharp rise: "55 → 70" would say 15. The earlier side takes the decimal; the current score
    // reads "70" as beside the bars.
    expect(shownChange({ from: 55.4, to: 70.3, delta: 14.9 }, 'burnout')).toEqual({ from: 55.4, to: 70, delta: 14.6 });
    // One decimal does not do: 55.04 → 70.02 is 14.98, and "55,0 → 70" still 15.
    expect(shownChange({ from: 55.04, to: 70.02, delta: 14.98 }, 'burnout')).toEqual({ from: 55.04, to: 70, delta: 14.96 });
    // The earlier side is whole: then the current one takes the decimal. 40 → 54.7 is 14.7, "40 → 55" would say 15.
    expect(shownChange({ from: 40, to: 54.7, delta: 14.7 }, 'demands')).toEqual({ from: 40, to: 54.7, delta: 14.7 });
    // A fall in burnout is no sharp change at all: whole numbers.
    expect(shownChange({ from: 70.3, to: 55.4, delta: -14.9 }, 'burnout')).toEqual({ from: 70, to: 55, delta: -15 });
  });

  it('adds up, and never reads as sharper or milder than the signal, for every pair of scores', () => {
    const split = { demands: 47.85, resources: 55.2 };
    for (const { index } of SHARP_CHANGE_RULES) {
      for (let from = 0; from <= 100; from += 0.7) {
        for (let to = 0; to <= 100; to += 1.3) {
          const real = changeSince({ [index]: scored(to) }, { [index]: scored(from) })[index];
          if (!real) throw new Error('no change');
          const c = shownChange(real, index, split);
          expect(Math.round((c.to - c.from) * 1e6) / 1e6, `${index} ${from} → ${to}`).toBe(c.delta);
          expect(isSharpChange(index, c.delta), `${index} ${from} → ${to}: ${c.from} → ${c.to}`).toBe(isSharpChange(index, real.delta));
        }
      }
    }
    // Some 56,000 pairs: ~1.5 s on an idle machine, four times that while the rest of the suite shares its two cores.
  }, 30_000);
});

describe('shownScores', () => {
  it('shows each side on its own when the other has no score, and a change only with both', () => {
    expect(shownScores(null, 47.6)).toEqual({ from: null, to: 48, delta: null });
    expect(shownScores(62.4, null)).toEqual({ from: 62, to: null, delta: null });
    expect(shownScores(null, null)).toEqual({ from: null, to: null, delta: null });
    expect(shownScores(85.6, 59.4)).toEqual({ from: 86, to: 59, delta: -27 });
  });

  it('shows a lone side of an index as shownIndexValue does', () => {
    expect(shownScores(null, 69.6, 'burnout')).toEqual({ from: null, to: 69.6, delta: null });
    expect(shownScores(50.4, null, 'work_resources')).toEqual({ from: 50.4, to: null, delta: null });
    expect(shownScores(50.4, null, 'work_resources', { demands: 50, resources: 47.9 })).toEqual({ from: 50, to: null, delta: null });
  });
});

describe('changeSince', () => {
  it('gives a difference without floating-point noise: 54.6 → 69.6 is 15, a sharp rise', () => {
    const change = changeSince({ burnout: scored(69.6) }, { burnout: scored(54.6) });
    expect(change.burnout).toEqual({ from: 54.6, to: 69.6, delta: 15 });
    expect(sharpChangeSignals(change).map((s) => s.params)).toEqual([{ index: 'burnout', from: 54.6, to: 69.6, delta: 15 }]);
  });
});

describe('sharp change signal', () => {
  it('names the values as the change table shows them: a burnout index of 69.6 is no "70"', () => {
    const change = changeSince({ burnout: scored(69.6), demands: scored(50.4) }, { burnout: scored(50.2), demands: scored(35.2) });
    expect(sharpChangeSignals(change).map((s) => s.params)).toEqual([
      { index: 'burnout', from: 50, to: 69.6, delta: 19.6 },
      { index: 'demands', from: 35, to: 50.4, delta: 15.4 },
    ]);
    // Against a practice median of 51 the demands index of 50.4 is low, and "50" reads low too.
    expect(sharpChangeSignals(change, { demands: 51, resources: 50 }).map((s) => s.params)[1]).toEqual({
      index: 'demands',
      from: 35,
      to: 50,
      delta: 15,
    });
  });

  it('names the shown values and their difference, while firing on the unrounded delta', () => {
    // 60.4 → 44.6 is a drop of 15.8 (sharp); shown 60 → 45, so 15 points, not round(15.8) = 16.
    const change = changeSince({ engagement: scored(44.6) }, { engagement: scored(60.4) });
    expect(sharpChangeSignals(change)).toEqual([
      { key: 'sharp_change', reason: 'signal.sharpDrop.engagement', params: { index: 'engagement', from: 60, to: 45, delta: 15 } },
    ]);
  });
});
