import type { Group, Instrument } from '../instruments/types';
import type { MeasurementScores } from './types';

/** A demand dimension scoring at or above this (0–100) is named, whatever the demands index says. */
export const DEMAND_FLAG_AT = 75;
/** A work or personal resource scoring at or below this (0–100) is named, whatever the resources index says. */
export const RESOURCE_FLAG_AT = 25;

export type DimensionFlagKind = 'high_demand' | 'low_resource';

export interface DimensionFlag {
  kind: DimensionFlagKind;
  /** The dimension's key in the instrument (e.g. `workload`, `manager_support`). */
  dimension: string;
  group: Extract<Group, 'job_demands' | 'work_resources' | 'personal_resources'>;
  /** 0–100. */
  score: number;
}

/**
 * Flags per dimension (fidelity issue): a mean of twelve demands hides three at the maximum, so every
 * extreme dimension is named on its own. Only scored dimensions count; the order is the instrument's.
 */
export function dimensionFlags(instrument: Instrument, scores: Pick<MeasurementScores, 'dimensions'>): DimensionFlag[] {
  const flags: DimensionFlag[] = [];
  for (const dimension of instrument.dimensions) {
    const result = scores.dimensions[dimension.key];
    if (result?.status !== 'scored') continue;
    if (dimension.group === 'job_demands' && result.score >= DEMAND_FLAG_AT) {
      flags.push({ kind: 'high_demand', dimension: dimension.key, group: dimension.group, score: result.score });
    } else if ((dimension.group === 'work_resources' || dimension.group === 'personal_resources') && result.score <= RESOURCE_FLAG_AT) {
      flags.push({ kind: 'low_resource', dimension: dimension.key, group: dimension.group, score: result.score });
    }
  }
  return flags;
}
