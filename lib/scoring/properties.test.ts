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
    const { min, max } = instrument.scale;
    // Counted here from the input, not taken from the scorer: valid is an integer within the instrument's scale.
    const valid = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    const itemsOf = (dimension: Instrument['dimensions'][number]) => {
      const sources = new Set(dimension.itemsFrom ?? [dimension.key]);
      return allItems(instrument).filter((item) => sources.has(item.dimension));
    };
    fc.assert(
      fc.property(answerSets(instrument), (answers) => {
        const scores = scoreMeasurement(instrument, answers);
        for (const dimension of instrument.dimensions) {
          const items = itemsOf(dimension);
          const answered = items.filter((item) => valid(answers[item.key])).length;
          const r = scores.dimensions[dimension.key]!;
          expect({ key: dimension.key, answered: r.answered, total: r.total }).toEqual({
            key: dimension.key,
            answered,
            total: items.length,
          });
          expect({ key: dimension.key, scored: r.status === 'scored' }).toEqual({
            key: dimension.key,
            scored: 3 * answered >= 2 * items.length,
          });
        }
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
