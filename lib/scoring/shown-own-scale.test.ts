import { describe, expect, it } from 'vitest';
import { bandFor } from './bands';
import { shownOwnScaleValue } from './shown-own-scale';

describe('shownOwnScaleValue', () => {
  it('is whole when whole, and two decimals otherwise', () => {
    expect(shownOwnScaleValue(3, [3.33])).toBe(3);
    expect(shownOwnScaleValue(2.5, [3.33])).toBe(2.5);
    expect(shownOwnScaleValue(2.456, [])).toBe(2.46);
  });

  it('never reads as the other side of a cut-off: 10/3 above "at most 3,33" does not read 3,33', () => {
    const shown = shownOwnScaleValue(10 / 3, [2.5, 3.33]);
    expect(shown).toBeGreaterThan(3.33);
    expect(shown).toBeLessThanOrEqual(3.34);
    // The band a reader finds for the shown value is the band of the value itself.
    const bands = [
      { upTo: 2.5, label: { nl: 'Laag', en: 'Low' }, level: 'green' as const },
      { upTo: 3.33, label: { nl: 'Verhoogd', en: 'Raised' }, level: 'orange' as const },
      { upTo: 5, label: { nl: 'Hoog', en: 'High' }, level: 'red' as const },
    ];
    expect(bandFor(bands, shown)?.label.nl).toBe(bandFor(bands, 10 / 3)?.label.nl);
    // Exactly on the cut-off stays on it.
    expect(shownOwnScaleValue(3.33, [3.33])).toBe(3.33);
  });
});
