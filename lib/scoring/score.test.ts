import { describe, expect, it } from 'vitest';
import { jdrIntakeV1 } from '../instruments/jdr-intake';
import { allItems } from '../instruments/types';
import { invalidAnswerKeys, scoreDimension } from './dimension';
import { scoreIndices } from './indices';
import { scoreMeasurement } from './score';
import { tinyInstrument } from './test-fixtures';

describe('scoreDimension', () => {
  const instrument = tinyInstrument({
    d: { group: 'job_demands', items: 3, reversed: [3] },
    four: { group: 'job_demands', items: 4 },
    two: { group: 'job_demands', items: 2 },
    six: { group: 'job_demands', items: 6 },
  });

  it('reverses reverse-scored items as min + max - value', () => {
    expect(scoreDimension(instrument, 'd', { d1: 5, d2: 5, d3: 1 })).toEqual({
      status: 'scored',
      score: 100,
      mean: 5,
      answered: 3,
      total: 3,
    });
    expect(scoreDimension(instrument, 'd', { d1: 1, d2: 1, d3: 5 })).toMatchObject({ score: 0, mean: 1 });
  });

  it('takes the mean after reversal and rescales it to 0–100', () => {
    // 2, 4 and reversed 4 → 2: mean 8/3 on 1–5
    const result = scoreDimension(instrument, 'd', { d1: 2, d2: 4, d3: 4 });
    expect(result.status).toBe('scored');
    if (result.status !== 'scored') return;
    expect(result.mean).toBeCloseTo(8 / 3, 8);
    expect(result.score).toBeCloseTo(((8 / 3 - 1) / 4) * 100, 8);
  });

  it('scores with exactly two thirds answered and not with fewer', () => {
    expect(scoreDimension(instrument, 'd', { d1: 3, d3: 3 })).toMatchObject({ status: 'scored', answered: 2, total: 3, score: 50 });
    expect(scoreDimension(instrument, 'd', { d3: 3 })).toEqual({ status: 'insufficient', answered: 1, total: 3 });
    expect(scoreDimension(instrument, 'six', { six1: 1, six2: 1, six3: 5, six4: 5 })).toMatchObject({ status: 'scored', score: 50 });
    expect(scoreDimension(instrument, 'six', { six1: 1, six2: 1, six3: 5 })).toMatchObject({ status: 'insufficient', answered: 3 });
  });

  it('needs 3 of 4 and 2 of 2', () => {
    expect(scoreDimension(instrument, 'four', { four1: 2, four2: 2, four3: 2 }).status).toBe('scored');
    expect(scoreDimension(instrument, 'four', { four1: 2, four2: 2 }).status).toBe('insufficient');
    expect(scoreDimension(instrument, 'two', { two1: 2, two2: 2 }).status).toBe('scored');
    expect(scoreDimension(instrument, 'two', { two1: 2 }).status).toBe('insufficient');
  });

  it('treats missing, null and invalid answers as unanswered', () => {
    const answers = { d1: 0, d2: 6, d3: 2.5, four1: Number.NaN, four2: null };
    expect(scoreDimension(instrument, 'd', answers)).toEqual({ status: 'insufficient', answered: 0, total: 3 });
    expect(invalidAnswerKeys(instrument, answers)).toEqual(['d1', 'd2', 'd3', 'four1']);
  });

  it('rescales on the instrument’s own scale (0–6)', () => {
    const zeroToSix = tinyInstrument({ v: { group: 'engagement', items: 3 } }, { min: 0, max: 6 });
    expect(scoreDimension(zeroToSix, 'v', { v1: 3, v2: 3, v3: 3 })).toMatchObject({ score: 50, mean: 3 });
    const result = scoreDimension(zeroToSix, 'v', { v1: 6, v2: 6, v3: 0 });
    expect(result).toMatchObject({ status: 'scored', mean: 4 });
    expect(result.status === 'scored' && result.score).toBeCloseTo(200 / 3, 6);
  });
});

describe('scoreIndices', () => {
  const instrument = tinyInstrument(
    {
      a: { group: 'job_demands', items: 2 },
      b: { group: 'job_demands', items: 2 },
      c: { group: 'job_demands', items: 2 },
      r: { group: 'work_resources', items: 2 },
    },
    { min: 1, max: 5 },
    { demands: ['a', 'b', 'c'], work_resources: ['r'] },
  );

  it('is the mean of the scored component dimensions', () => {
    const scores = scoreMeasurement(instrument, { a1: 5, a2: 5, b1: 3, b2: 3, c1: 1, c2: 1, r1: 2, r2: 2 });
    expect(scores.indices.demands).toEqual({ status: 'scored', score: 50, scoredDimensions: 3, totalDimensions: 3 });
    expect(scores.indices.work_resources).toMatchObject({ status: 'scored', score: 25 });
  });

  it('uses the scored components only when two thirds are scored', () => {
    const scores = scoreMeasurement(instrument, { a1: 5, a2: 5, b1: 4, b2: 4, c1: 1 });
    expect(scores.indices.demands).toEqual({ status: 'scored', score: 87.5, scoredDimensions: 2, totalDimensions: 3 });
  });

  it('is insufficient when fewer than two thirds of its components are scored', () => {
    const scores = scoreMeasurement(instrument, { a1: 5, a2: 5, b1: 4 });
    expect(scores.indices.demands).toEqual({ status: 'insufficient', scoredDimensions: 1, totalDimensions: 3 });
    expect(scores.indices.work_resources).toEqual({ status: 'insufficient', scoredDimensions: 0, totalDimensions: 1 });
  });

  it("scores a subscale whose code is a name every object has ('constructor', 'toString'): a coach may pick any code", () => {
    const named = tinyInstrument(
      { constructor: { group: 'job_demands' as const, items: 2 }, toString: { group: 'job_demands' as const, items: 2 } },
      { min: 1, max: 5 },
      { demands: ['constructor', 'toString'] },
    );
    const scores = scoreMeasurement(named, { constructor1: 5, constructor2: 5, toString1: 3, toString2: 3 });
    expect(scores.indices.demands).toEqual({ status: 'scored', score: 75, scoredDimensions: 2, totalDimensions: 2 });
  });

  it('leaves out indices the instrument does not define', () => {
    const scores = scoreIndices(instrument, {});
    expect(Object.keys(scores).sort()).toEqual(['demands', 'work_resources']);
  });
});

describe('scoreMeasurement on the JD-R intake', () => {
  it('gives 100 on every dimension and index when every answer points to "more"', () => {
    const answers = Object.fromEntries(allItems(jdrIntakeV1).map((i) => [i.key, i.reverse ? 1 : 5]));
    const scores = scoreMeasurement(jdrIntakeV1, answers);
    for (const [key, result] of Object.entries(scores.dimensions)) expect(result, key).toMatchObject({ status: 'scored', score: 100 });
    for (const [key, result] of Object.entries(scores.indices)) expect(result, key).toMatchObject({ status: 'scored', score: 100 });
    expect(Object.keys(scores.indices).sort()).toEqual(['burnout', 'demands', 'engagement', 'personal_resources', 'work_resources']);
  });

  it('reports every dimension as insufficient with no answers', () => {
    const scores = scoreMeasurement(jdrIntakeV1, {});
    expect(Object.values(scores.dimensions).every((r) => r.status === 'insufficient')).toBe(true);
    expect(Object.values(scores.indices).every((r) => r.status === 'insufficient')).toBe(true);
    expect(scores.subscales.map((s) => s.key)).toEqual(jdrIntakeV1.dimensions.map((d) => d.key));
    expect(scores.subscales.every((s) => s.band === null)).toBe(true);
  });
});
