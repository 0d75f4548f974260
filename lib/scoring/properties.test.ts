import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInInstruments } from '../instruments/index';
import { allItems, type Instrument } from '../instruments/types';
import { scoreMeasurement } from './score';
import type { Answers } from './types';

/** Random subsets of items answered with values in the scale, plus some out-of-scale noise. */
function answerSets(instrument: Instrument): fc.Arbitrary<Answers> {
  const { min, max } = instrument.scale;
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom<number | null>(null, min - 1, max + 1, 2.5, Number.NaN) },
  );
  return fc.record(Object.fromEntries(allItems(instrument).map((item) => [item.key, value])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;
}

const inRange = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;

describe.each(builtInInstruments.map((i) => [i.key, i] as const))('%s scores, for any answers', (_, instrument) => {
  it('every dimension and index is insufficient or a number within 0–100', () => {
    fc.assert(
      fc.property(answerSets(instrument), (answers) => {
        const scores = scoreMeasurement(instrument, answers);
        for (const result of [...Object.values(scores.dimensions), ...Object.values(scores.indices)]) {
          if (result.status === 'scored') {
            if (!inRange(result.score)) return false;
          } else if (result.status !== 'insufficient') return false;
        }
        for (const result of Object.values(scores.dimensions)) {
          if (result.status === 'scored' && !(result.mean >= instrument.scale.min && result.mean <= instrument.scale.max)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('an answered dimension is scored exactly when two thirds of its items have valid answers', () => {
    fc.assert(
      fc.property(answerSets(instrument), (answers) => {
        const scores = scoreMeasurement(instrument, answers);
        return Object.values(scores.dimensions).every((r) => (r.status === 'scored') === r.answered * 3 >= r.total * 2);
      }),
      { numRuns: 200 },
    );
  });

  it('answering v (reversed where marked) gives every dimension the same 0–100 score', () => {
    const { min, max } = instrument.scale;
    fc.assert(
      fc.property(fc.integer({ min, max }), (v) => {
        const answers = Object.fromEntries(allItems(instrument).map((i) => [i.key, i.reverse ? min + max - v : v]));
        const expected = ((v - min) / (max - min)) * 100;
        const scores = scoreMeasurement(instrument, answers);
        for (const result of [...Object.values(scores.dimensions), ...Object.values(scores.indices)]) {
          expect(result.status).toBe('scored');
          if (result.status === 'scored') expect(result.score).toBeCloseTo(expected, 9);
        }
      }),
    );
  });
});
