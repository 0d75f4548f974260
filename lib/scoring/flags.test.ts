import { describe, expect, it } from 'vitest';
import { jdrIntakeV1 as jdrIntake } from '../instruments/jdr-intake';
import { allItems } from '../instruments/types';
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
});
