import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentTemplate } from '../intake/instrument-templates';
import { scoreMeasurement } from '../scoring/score';
import { type CustomInstrumentInput, customInstrumentSchema } from './custom-schema';
import { customToInstrument } from './custom-to-instrument';
import { batLikeInput } from './test-fixtures';
import { allItems, type Instrument, scoredRange } from './types';

const identity = { key: 'x', version: 1 };

/** A template with placeholder item texts, as a coach would have filled them in from the manual. */
function filledTemplate(key: Parameters<typeof instrumentTemplate>[0]): Instrument {
  const input = instrumentTemplate(key);
  input.items = input.items.map((i, n) => ({ ...i, text: { nl: `Tekst ${n + 1}`, en: '' } }));
  return customToInstrument(customInstrumentSchema.parse(input), identity);
}

const answerAll = (instrument: Instrument, value: (key: string, n: number) => number) =>
  Object.fromEntries(allItems(instrument).map((item, n) => [item.key, value(item.key, n)]));

function issuesOf(input: unknown) {
  const result = customInstrumentSchema.safeParse(input);
  return (result.error?.issues ?? []).map((i) => ({
    message: i.message,
    path: i.path.join('.'),
    params: 'params' in i ? i.params : undefined,
  }));
}

describe('definitions stored before the new options', () => {
  it('still parse, and convert to the same instrument as before (no total, no recoding, all subscales in the indices)', () => {
    const stored = JSON.parse(JSON.stringify(batLikeInput()));
    const instrument = customToInstrument(customInstrumentSchema.parse(stored), identity);
    expect(instrument.recode).toBeUndefined();
    expect(instrument.dimensions.map((d) => d.key)).toEqual(['exhaustion', 'distance', 'vigour']);
    for (const d of instrument.dimensions) {
      expect(d).not.toHaveProperty('feedsIndex');
      expect(d).not.toHaveProperty('scoring');
      expect(d).not.toHaveProperty('itemsFrom');
    }
    expect(instrument.indices).toEqual({ burnout: ['exhaustion', 'distance'], engagement: ['vigour'] });
  });
});

describe('BAT-23 total score', () => {
  const bat = filledTemplate('bat23');
  const total = bat.dimensions.find((d) => d.key === 'total')!;

  it('is the mean of all 23 items, beside the four subscales, and feeds no index', () => {
    expect(bat.dimensions.map((d) => d.key)).toEqual([
      'exhaustion',
      'mental_distance',
      'cognitive_impairment',
      'emotional_impairment',
      'total',
    ]);
    expect(total.feedsIndex).toBe(false);
    expect(bat.indices.burnout).toEqual(['exhaustion', 'mental_distance', 'cognitive_impairment', 'emotional_impairment']);
    // Exhaustion (8 items) all 4, the other 15 items all 2: total mean (32 + 30) / 23.
    const answers = answerAll(bat, (key) => (key.startsWith('exhaustion') ? 4 : 2));
    const scores = scoreMeasurement(bat, answers);
    const result = scores.dimensions.total!;
    expect(result).toMatchObject({ status: 'scored', answered: 23, total: 23 });
    expect(result.status === 'scored' && result.mean).toBeCloseTo(62 / 23, 9);
  });

  it('uses the manual cut-offs 2.58 / 3.01 with the manual band labels', () => {
    expect(total.bands?.map((b) => [b.upTo, b.label.nl, b.label.en, b.level])).toEqual([
      [2.58, 'Geen risico', 'No risk', 'green'],
      [3.01, 'Risico', 'At risk', 'orange'],
      [5, 'Zeer hoog risico', 'Very high risk', 'red'],
    ]);
    const at = (values: number[]) =>
      scoreMeasurement(
        bat,
        answerAll(bat, (_, n) => values[n]!),
      ).subscales.find((s) => s.key === 'total')!;
    // All 2 → 2.0: no risk. Twenty items 3, three items 2 → 66/23 = 2.87: at risk. All 4 → very high risk.
    expect(at(Array(23).fill(2)).band?.level).toBe('green');
    expect(at([...Array(20).fill(3), 2, 2, 2]).band?.level).toBe('orange');
    expect(at(Array(23).fill(4)).band?.level).toBe('red');
  });

  it('names the BAT subscales as the Dutch manual does', () => {
    const names = Object.fromEntries(bat.dimensions.map((d) => [d.key, d.name.nl]));
    expect(names.cognitive_impairment).toBe('Cognitieve ontregeling');
    expect(names.emotional_impairment).toBe('Emotionele ontregeling');
    expect(bat.dimensions.find((d) => d.key === 'exhaustion')!.bands!.map((b) => b.label.nl)).toEqual([
      'Geen risico',
      'Risico',
      'Zeer hoog risico',
    ]);
  });
});

describe('4DKL: recoding and sum scores', () => {
  const dkl = filledTemplate('fourDkl');

  it('counts answers 3 and 4 as 2 and reports each subscale as a sum', () => {
    expect(dkl.recode).toEqual([
      { from: 3, to: 2 },
      { from: 4, to: 2 },
    ]);
    expect(scoredRange(dkl.scale, dkl.recode)).toEqual({ min: 0, max: 2 });
    // Depression (6 items): 0, 1, 2, 3, 4, 4 → 0 + 1 + 2 + 2 + 2 + 2 = 9.
    const answers = { depression_1: 0, depression_2: 1, depression_3: 2, depression_4: 3, depression_5: 4, depression_6: 4 };
    const scores = scoreMeasurement(dkl, answers);
    expect(scores.dimensions.depression).toMatchObject({ status: 'scored', sum: 9, mean: 1.5, score: 75 });
    // Depression cut-offs 2 / 5: 9 is strongly raised.
    expect(scores.subscales.find((s) => s.key === 'depression')!.band?.label.nl).toBe('Sterk verhoogd');
    // What the coach reads is the sum, as the manual reports it.
    expect(scores.subscales.find((s) => s.key === 'depression')!.value).toBe(9);
  });

  it('bands a sum at its cut-off in the lower band (distress 10 → not raised, 11 → moderately raised)', () => {
    const distress = (sum: number) =>
      scoreMeasurement(
        dkl,
        Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`distress_${i + 1}`, i < sum ? 1 : 0])),
      ).subscales.find((s) => s.key === 'distress')!;
    expect(distress(10).band?.label.nl).toBe('Niet verhoogd');
    expect(distress(11).band?.label.nl).toBe('Matig verhoogd');
  });

  it('prorates the sum when a third or less of the items is unanswered', () => {
    // 5 of 6 depression items answered with 2 → sum 10 × 6/5 = 12.
    const answers = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`depression_${i + 1}`, 2]));
    expect(scoreMeasurement(dkl, answers).dimensions.depression).toMatchObject({ status: 'scored', sum: 12, answered: 5, total: 6 });
  });

  it('feeds no index: symptoms do not raise the burnout index', () => {
    expect(dkl.indices).toEqual({});
    expect(
      scoreMeasurement(
        dkl,
        answerAll(dkl, () => 4),
      ).indices,
    ).toEqual({});
  });
});

describe('subscales that feed no index', () => {
  function withCrafting(feedsIndex: boolean): CustomInstrumentInput {
    const input = batLikeInput();
    return {
      ...input,
      subscales: [
        { key: 'workload', name: { nl: 'Werkdruk', en: '' }, group: 'job_demands' },
        { key: 'crafting', name: { nl: 'Job crafting', en: '' }, group: 'job_demands', feedsIndex },
      ],
      items: [
        ...['workload_1', 'workload_2'].map((key) => ({ key, text: { nl: key, en: '' }, subscale: 'workload' })),
        ...['crafting_1', 'crafting_2'].map((key) => ({ key, text: { nl: key, en: '' }, subscale: 'crafting' })),
      ],
    };
  }

  it('are scored and reported but leave the demands index as it is, whatever is answered', () => {
    const off = customToInstrument(customInstrumentSchema.parse(withCrafting(false)), identity);
    const on = customToInstrument(customInstrumentSchema.parse(withCrafting(true)), identity);
    expect(off.indices.demands).toEqual(['workload']);
    expect(on.indices.demands).toEqual(['workload', 'crafting']);
    const value = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(value, value, value, value, (w1, w2, c1, c2) => {
        const answers = { workload_1: w1, workload_2: w2, crafting_1: c1, crafting_2: c2 };
        const withOther = { ...answers, crafting_1: 6 - c1, crafting_2: 6 - c2 };
        const a = scoreMeasurement(off, answers);
        const b = scoreMeasurement(off, withOther);
        expect(a.indices.demands).toEqual(b.indices.demands);
        expect(a.dimensions.crafting!.status).toBe('scored');
      }),
    );
  });

  it('the Job Crafting Scale template feeds no index', () => {
    expect(filledTemplate('jobCraftingScale').indices).toEqual({});
  });
});

describe('schema messages for the new options name the culprit', () => {
  const base = batLikeInput();

  it('recoding: values outside the scale, twice the same value, or nothing left to measure', () => {
    expect(issuesOf({ ...base, recode: [{ from: 6, to: 2 }] })).toContainEqual({
      message: 'instrument.recodeOutsideScale',
      path: 'recode.0.from',
      params: { value: 6, min: 1, max: 5 },
    });
    expect(
      issuesOf({
        ...base,
        recode: [
          { from: 4, to: 2 },
          { from: 4, to: 3 },
        ],
      }),
    ).toContainEqual({
      message: 'instrument.duplicateRecode',
      path: 'recode.1.from',
      params: { value: 4 },
    });
    const all = [1, 2, 3, 4, 5].map((from) => ({ from, to: 3 }));
    expect(issuesOf({ ...base, recode: all }).map((i) => i.message)).toContain('instrument.recodeLeavesOneValue');
  });

  it('a sum-scored subscale takes bands up to its highest sum, not the scale maximum', () => {
    const subscales = base.subscales.map((s) =>
      s.key === 'exhaustion'
        ? {
            ...s,
            scoring: 'sum' as const,
            bands: [
              { upTo: 8, label: { nl: 'Laag', en: '' }, level: 'green' as const },
              { upTo: 21, label: { nl: 'Hoog', en: '' }, level: 'red' as const },
            ],
          }
        : s,
    );
    // 4 items on 1–5: sums run from 4 to 20.
    expect(issuesOf({ ...base, subscales })).toContainEqual({
      message: 'instrument.bandOutsideScale',
      path: 'subscales.0.bands.1.upTo',
      params: { subscale: 'exhaustion', band: 'Hoog', upTo: 21, min: 4, max: 20 },
    });
    const ok = subscales.map((s) => (s.key === 'exhaustion' ? { ...s, bands: [s.bands![0]!, { ...s.bands![1]!, upTo: null }] } : s));
    const instrument = customToInstrument(customInstrumentSchema.parse({ ...base, subscales: ok }), identity);
    expect(instrument.dimensions[0]!.bands!.map((b) => b.upTo)).toEqual([8, 20]);
  });

  it('total: its bands are checked and named, and no subscale may take its code', () => {
    const total = {
      name: { nl: 'Totaal', en: '' },
      bands: [
        { upTo: 3, label: { nl: 'Laag', en: '' }, level: 'green' },
        { upTo: 2, label: { nl: 'Hoog', en: '' }, level: 'red' },
      ],
    };
    expect(issuesOf({ ...base, total })).toContainEqual({
      message: 'instrument.totalBandsUnordered',
      path: 'total.bands.1.upTo',
      params: { total: 'Totaal', band: 'Hoog', previousBand: 'Laag', upTo: 2, previousUpTo: 3 },
    });
    const subscales = [...base.subscales, { key: 'total', name: { nl: 'Iets', en: '' }, group: 'burnout' as const }];
    const items = [...base.items, { key: 'total_1', text: { nl: 'x', en: '' }, subscale: 'total' }];
    expect(issuesOf({ ...base, subscales, items, total: { name: { nl: 'Totaal', en: '' } } })).toContainEqual({
      message: 'instrument.totalKeyTaken',
      path: 'subscales.3.key',
      params: { key: 'total' },
    });
  });
});

describe('templates', () => {
  it('have the published structures', () => {
    const count = (key: Parameters<typeof instrumentTemplate>[0]) => {
      const instrument = filledTemplate(key);
      return Object.fromEntries(
        instrument.dimensions
          .filter((d) => !d.itemsFrom)
          .map((d) => [d.key, allItems(instrument).filter((i) => i.dimension === d.key).length]),
      );
    };
    expect(count('bat12')).toEqual({ exhaustion: 3, mental_distance: 3, cognitive_impairment: 3, emotional_impairment: 3 });
    expect(count('uwes17')).toEqual({ vigour: 6, dedication: 5, absorption: 6 });
    expect(count('uwes3')).toEqual({ engagement: 3 });
    expect(count('fourDkl')).toEqual({ distress: 16, depression: 6, anxiety: 12, somatisation: 16 });
    expect(count('jobCraftingScale')).toEqual({
      structural_resources: 5,
      hindering_demands: 6,
      social_resources: 5,
      challenging_demands: 5,
    });
    expect(filledTemplate('uwes17').scale).toMatchObject({ min: 0, max: 6 });
    expect(filledTemplate('bat12').dimensions.find((d) => d.key === 'total')).toMatchObject({ feedsIndex: false });
  });
});

describe('scores of instruments with recoding, sums and totals, for any answers', () => {
  for (const key of ['fourDkl', 'bat23', 'uwes17'] as const) {
    it(`${key}: every score is within 0–100, a sum within its range, and the total lies between the lowest and highest subscale mean`, () => {
      const instrument = filledTemplate(key);
      const { min, max } = instrument.scale;
      const range = scoredRange(instrument.scale, instrument.recode);
      const answers = fc.record(Object.fromEntries(allItems(instrument).map((i) => [i.key, fc.integer({ min, max })])));
      fc.assert(
        fc.property(answers, (values) => {
          const scores = scoreMeasurement(instrument, values);
          const means: number[] = [];
          for (const d of instrument.dimensions) {
            const r = scores.dimensions[d.key]!;
            if (r.status !== 'scored') return false;
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
            expect(r.mean).toBeGreaterThanOrEqual(range.min);
            expect(r.mean).toBeLessThanOrEqual(range.max);
            if (d.scoring === 'sum') {
              expect(Number.isInteger(r.sum)).toBe(true);
              expect(r.sum).toBeCloseTo(r.mean * r.total, 6);
            }
            if (!d.itemsFrom) means.push(r.mean);
          }
          const total = scores.dimensions.total;
          if (total?.status === 'scored') {
            expect(total.mean).toBeGreaterThanOrEqual(Math.min(...means) - 1e-9);
            expect(total.mean).toBeLessThanOrEqual(Math.max(...means) + 1e-9);
          }
          return true;
        }),
        { numRuns: 50 },
      );
    });
  }
});
