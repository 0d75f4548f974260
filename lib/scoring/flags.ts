import type { Group, IndexKey, Instrument } from '../instruments/types';
import type { MeasurementScores } from './types';

/** A demand dimension scoring at or above this (0–100) is named, whatever the demands index says. */
export const DEMAND_FLAG_AT = 75;
/** A work or personal resource scoring at or below this (0–100) is named, whatever the resources index says. */
export const RESOURCE_FLAG_AT = 25;

export type DimensionFlagKind = 'high_demand' | 'low_resource';

type FlagGroup = Extract<Group, 'job_demands' | 'work_resources' | 'personal_resources'>;

export interface DimensionFlag {
  kind: DimensionFlagKind;
  /** The dimension's key in the instrument (e.g. `workload`, `manager_support`). */
  dimension: string;
  /** The group of the index the dimension feeds (learning orientation, group `goal_orientation`, is a personal resource). */
  group: FlagGroup;
  /** 0–100. */
  score: number;
}

/** The indices whose components are flagged, and how: a demand when high, a resource when low (DOMAIN.md, seed 003). */
const FLAGGED_INDICES: ReadonlyArray<{ index: IndexKey; kind: DimensionFlagKind; group: FlagGroup }> = [
  { index: 'demands', kind: 'high_demand', group: 'job_demands' },
  { index: 'work_resources', kind: 'low_resource', group: 'work_resources' },
  { index: 'personal_resources', kind: 'low_resource', group: 'personal_resources' },
];

/** How each dimension of the instrument is flagged: by the index it feeds in the instrument itself (not the practice's component set). */
function flagRules(instrument: Instrument): Map<string, { kind: DimensionFlagKind; group: FlagGroup }> {
  const rules = new Map<string, { kind: DimensionFlagKind; group: FlagGroup }>();
  for (const { index, kind, group } of FLAGGED_INDICES) {
    for (const key of instrument.indices[index] ?? []) if (!rules.has(key)) rules.set(key, { kind, group });
  }
  return rules;
}

/**
 * Flags per dimension (fidelity issue): a mean of twelve demands hides three at the maximum, so every
 * extreme component of the demands or a resources index is named on its own, by the kind of index it feeds.
 * The instrument's own indices decide, so a demand the chosen component set leaves out (a mirrored one, or
 * one outside the AZW set) is still named. A dimension that feeds no index (a custom total, a job crafting
 * scale, performance orientation, the outcomes) is reported on its own and never flagged.
 * Only scored dimensions count; the order is the instrument's.
 * Completion stores these flags (the dashboard reads them): a change to what this gives bumps SCORING_RULES_VERSION
 * (./version.ts), so measurements stored before are flagged again at start-up.
 */
export function dimensionFlags(instrument: Instrument, scores: Pick<MeasurementScores, 'dimensions'>): DimensionFlag[] {
  const rules = flagRules(instrument);
  const flags: DimensionFlag[] = [];
  for (const dimension of instrument.dimensions) {
    const rule = rules.get(dimension.key);
    const result = scores.dimensions[dimension.key];
    if (!rule || result?.status !== 'scored') continue;
    const extreme = rule.kind === 'high_demand' ? result.score >= DEMAND_FLAG_AT : result.score <= RESOURCE_FLAG_AT;
    if (extreme) flags.push({ kind: rule.kind, dimension: dimension.key, group: rule.group, score: result.score });
  }
  return flags;
}
