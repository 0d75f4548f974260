import { describe, expect, it } from 'vitest';
import { builtInInstruments } from '../instruments';
import { type CustomInstrumentInput, customInstrumentSchema } from '../instruments/custom-schema';
import { customToInstrument } from '../instruments/custom-to-instrument';
import { jdrIntakeV1 as jdrIntake } from '../instruments/jdr-intake';
import { allItems, type Instrument } from '../instruments/types';
import { DEMAND_FLAG_AT, dimensionFlags, RESOURCE_FLAG_AT } from './flags';
import { scoreMeasurement } from './score';

/** Answers that put every item of the given dimensions at the top (or bottom) of the scale, after reversal. */
function answersFor(levels: Record<string, 'max' | 'min'>, rest: 'max' | 'min' | 'mid') {
  const { min, max } = jdrIntake.scale;
  const mid = Math.round((min + max) / 2);
  const answers: Record<string, number> = {};
  for (const item of allItems(jdrIntake)) {
    const level = levels[item.dimension] ?? rest;
    const high = level === 'max';
    answers[item.key] = level === 'mid' ? mid : high !== item.reverse ? max : min;
  }
  return answers;
}

describe('dimensionFlags', () => {
  it('names three demands at 100 while the other demands are at 0, whatever the index', () => {
    const answers = answersFor({ workload: 'max', time_pressure: 'max', work_home_interference: 'max' }, 'min');
    const scores = scoreMeasurement(jdrIntake, answers);
    const demandFlags = dimensionFlags(jdrIntake, scores).filter((f) => f.kind === 'high_demand');
    expect(demandFlags.map((f) => f.dimension)).toEqual(['workload', 'time_pressure', 'work_home_interference']);
    expect(demandFlags.every((f) => f.score === 100)).toBe(true);
    const demands = scores.indices.demands;
    expect(demands?.status === 'scored' && demands.score).toBeLessThan(50);
  });

  it('names low work and personal resources, never outcomes', () => {
    const answers = answersFor({ manager_support: 'min', assertiveness: 'min', exhaustion: 'max' }, 'mid');
    const flags = dimensionFlags(jdrIntake, scoreMeasurement(jdrIntake, answers));
    expect(flags).toEqual([
      { kind: 'low_resource', dimension: 'manager_support', group: 'work_resources', score: 0 },
      { kind: 'low_resource', dimension: 'assertiveness', group: 'personal_resources', score: 0 },
    ]);
  });

  it('uses inclusive thresholds', () => {
    expect(DEMAND_FLAG_AT).toBe(75);
    expect(RESOURCE_FLAG_AT).toBe(25);
    const scores = {
      dimensions: {
        workload: { status: 'scored' as const, score: 75, mean: 4, answered: 3, total: 3 },
        autonomy: { status: 'scored' as const, score: 25, mean: 2, answered: 3, total: 3 },
      },
    };
    expect(dimensionFlags(jdrIntake, scores).map((f) => f.dimension)).toEqual(['workload', 'autonomy']);
  });

  it('names low learning orientation as a low personal resource: it feeds that index (seed 000), performance orientation feeds none', () => {
    expect(jdrIntake.indices.personal_resources).toContain('learning_orientation');
    expect(Object.values(jdrIntake.indices).flat()).not.toContain('performance_orientation');
    const answers = answersFor({ learning_orientation: 'min', performance_orientation: 'max' }, 'mid');
    expect(dimensionFlags(jdrIntake, scoreMeasurement(jdrIntake, answers))).toEqual([
      { kind: 'low_resource', dimension: 'learning_orientation', group: 'personal_resources', score: 0 },
    ]);
    const reversed = answersFor({ learning_orientation: 'max', performance_orientation: 'min' }, 'mid');
    expect(dimensionFlags(jdrIntake, scoreMeasurement(jdrIntake, reversed))).toEqual([]);
  });

  it('flags every component of every built-in index by the kind of index it feeds, and nothing else', () => {
    for (const instrument of builtInInstruments) {
      const demands = new Set(instrument.indices.demands ?? []);
      const resources = new Set([...(instrument.indices.work_resources ?? []), ...(instrument.indices.personal_resources ?? [])]);
      const all = (score: number) => ({
        dimensions: Object.fromEntries(
          instrument.dimensions.map((d) => [d.key, { status: 'scored' as const, score, mean: 0, answered: 1, total: 1 }]),
        ),
      });
      const high = dimensionFlags(instrument, all(100));
      expect(high.map((f) => f.dimension).sort(), instrument.key).toEqual([...demands].sort());
      expect(high.every((f) => f.kind === 'high_demand' && f.group === 'job_demands')).toBe(true);
      const low = dimensionFlags(instrument, all(0));
      expect(low.map((f) => f.dimension).sort(), instrument.key).toEqual([...resources].sort());
      expect(low.every((f) => f.kind === 'low_resource')).toBe(true);
    }
  });
});

describe('dimensionFlags on a custom instrument', () => {
  /** First subscale a job demand, then a work resource and a job crafting scale that feeds no index; a total over all. */
  function mixed(): Instrument {
    const items = (subscale: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `${subscale}_${i + 1}`, text: { nl: `Vraag ${i + 1}`, en: '' }, subscale }));
    const input: CustomInstrumentInput = {
      name: { nl: 'Werkbeleving', en: '' },
      scale: { min: 1, max: 5 },
      subscales: [
        { key: 'werkdruk', name: { nl: 'Werkdruk', en: '' }, group: 'job_demands' },
        { key: 'steun', name: { nl: 'Steun', en: '' }, group: 'work_resources' },
        { key: 'crafting', name: { nl: 'Belemmeringen verminderen', en: '' }, group: 'job_demands', feedsIndex: false },
      ],
      items: [...items('werkdruk', 3), ...items('steun', 3), ...items('crafting', 3)],
      total: { name: { nl: 'Totaal', en: 'Total' } },
    };
    return customToInstrument(customInstrumentSchema.parse(input), { key: 'werkbeleving', version: 1 });
  }
  const answerAll = (instrument: Instrument, value: number) => Object.fromEntries(allItems(instrument).map((i) => [i.key, value]));

  it('never flags the total, whatever group its first subscale is in', () => {
    const instrument = mixed();
    const scores = scoreMeasurement(instrument, answerAll(instrument, 5));
    expect(scores.dimensions.total).toMatchObject({ status: 'scored', score: 100 });
    expect(dimensionFlags(instrument, scores).map((f) => f.dimension)).toEqual(['werkdruk']);
    const low = scoreMeasurement(instrument, answerAll(instrument, 1));
    expect(dimensionFlags(instrument, low)).toEqual([{ kind: 'low_resource', dimension: 'steun', group: 'work_resources', score: 0 }]);
  });

  it('does not flag a subscale that feeds no index: it is reported on its own, no mean hides it', () => {
    const instrument = mixed();
    const scores = scoreMeasurement(instrument, answerAll(instrument, 5));
    expect(scores.dimensions.crafting).toMatchObject({ status: 'scored', score: 100 });
    expect(dimensionFlags(instrument, scores).some((f) => f.dimension === 'crafting')).toBe(false);
  });
});
