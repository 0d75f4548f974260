import { describe, expect, it } from 'vitest';
import { customInstrumentSchema } from '../instruments/custom-schema';
import { customToInstrument } from '../instruments/custom-to-instrument';
import { batLikeInput } from '../instruments/test-fixtures';
import type { Band } from '../instruments/types';
import { bandFor } from './bands';
import { scoreMeasurement } from './score';
import { tinyInstrument } from './test-fixtures';

const band = (upTo: number, level: Band['level']): Band => ({ upTo, level, label: { nl: level, en: level } });
// BAT exhaustion cut-offs (manual v2.0): green ≤ 3.05, orange ≤ 3.30, red above.
const exhaustionBands = [band(3.05, 'green'), band(3.3, 'orange'), band(5, 'red')];

describe('bandFor', () => {
  it('puts a value exactly at a cut-off in the lower band and just above it in the next', () => {
    expect(bandFor(exhaustionBands, 3.05)?.level).toBe('green');
    expect(bandFor(exhaustionBands, 3.0501)?.level).toBe('orange');
    expect(bandFor(exhaustionBands, 3.3)?.level).toBe('orange');
    expect(bandFor(exhaustionBands, 3.3001)?.level).toBe('red');
    expect(bandFor(exhaustionBands, 1)?.level).toBe('green');
    expect(bandFor(exhaustionBands, 5)?.level).toBe('red');
  });

  it('treats the last band as open-ended and returns null without bands', () => {
    expect(bandFor([band(2, 'green'), band(3, 'red')], 4.5)?.level).toBe('red');
    expect(bandFor([], 3)).toBeNull();
    expect(bandFor(undefined, 3)).toBeNull();
    expect(bandFor(exhaustionBands, Number.NaN)).toBeNull();
  });
});

describe('custom subscale scores', () => {
  const instrument = customToInstrument(customInstrumentSchema.parse(batLikeInput()), { key: 'bat', version: 1 });
  const exhaustion = (values: number[]) => Object.fromEntries(values.map((v, i) => [`exhaustion_${i + 1}`, v]));

  it('are means on the instrument’s own scale with the band they fall in', () => {
    const cases: Array<[number[], number, string]> = [
      [[3, 3, 3, 3], 3, 'green'],
      [[3, 3, 3, 4], 3.25, 'orange'],
      [[3, 3, 4, 4], 3.5, 'red'],
    ];
    for (const [values, mean, level] of cases) {
      const exh = scoreMeasurement(instrument, exhaustion(values)).subscales[0];
      expect(exh?.result).toMatchObject({ status: 'scored', mean });
      expect(exh?.band?.level).toBe(level);
    }
  });

  it('land in the lower band when the mean equals the cut-off exactly', () => {
    const twenty = tinyInstrument({ e: { group: 'burnout', items: 20, bands: exhaustionBands } });
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`e${i + 1}`, i === 0 ? 4 : 3]));
    const [e] = scoreMeasurement(twenty, answers).subscales;
    expect(e?.result).toMatchObject({ mean: 3.05 });
    expect(e?.band?.level).toBe('green');
    answers.e2 = 4; // mean 3.10, just above the cut-off
    expect(scoreMeasurement(twenty, answers).subscales[0]?.band?.level).toBe('orange');
  });

  it('have no band when not scored or not banded', () => {
    const scores = scoreMeasurement(instrument, { exhaustion_1: 5, vigour_1: 1, vigour_2: 5, vigour_3: 5 });
    expect(scores.subscales[0]).toMatchObject({ key: 'exhaustion', band: null, result: { status: 'insufficient' } });
    expect(scores.subscales[2]).toMatchObject({ key: 'vigour', band: null, result: { status: 'scored', mean: 5 } });
  });
});
