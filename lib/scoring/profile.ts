import { indexScore } from './indices';
import { profileSplitValue } from './shown-value';
import type { IndexResults } from './types';

export const PROFILE_KEYS = [
  'low_demands_low_resources',
  'high_demands_low_resources',
  'low_demands_high_resources',
  'high_demands_high_resources',
] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** Where the demands × work-resources split lies; always shown with the profile. */
export type ProfileReference = { kind: 'midpoint' } | { kind: 'practice_median'; demands: number; resources: number; n: number };

export const SCALE_MIDPOINT = 50;
export const MIDPOINT_REFERENCE: ProfileReference = { kind: 'midpoint' };

export interface ReferencePoint {
  demands: number;
  resources: number;
}

export interface Profile {
  key: ProfileKey;
  demands: number;
  resources: number;
  reference: ProfileReference;
  /** The split values actually used (0–100). */
  split: ReferencePoint;
}

/** The split the profile is decided against: a practice median to one decimal, as the page and report state it. */
export function referencePoint(reference: ProfileReference): ReferencePoint {
  return reference.kind === 'midpoint'
    ? { demands: SCALE_MIDPOINT, resources: SCALE_MIDPOINT }
    : { demands: profileSplitValue(reference.demands), resources: profileSplitValue(reference.resources) };
}

/**
 * Edge rule: "high" means strictly above the split. A value exactly at the split counts as low,
 * on both axes. So a client at exactly (50, 50) with the midpoint reference is low/low.
 */
export function classifyProfile(demands: number, resources: number, split: ReferencePoint): ProfileKey {
  const highDemands = demands > split.demands;
  const highResources = resources > split.resources;
  if (highDemands) return highResources ? 'high_demands_high_resources' : 'high_demands_low_resources';
  return highResources ? 'low_demands_high_resources' : 'low_demands_low_resources';
}

/** The seed-003 profile from the demands and work-resources indices; null when either is not scored. */
export function profileFromIndices(indices: IndexResults, reference: ProfileReference = MIDPOINT_REFERENCE): Profile | null {
  const demands = indexScore(indices, 'demands');
  const resources = indexScore(indices, 'work_resources');
  if (demands === null || resources === null) return null;
  const split = referencePoint(reference);
  return { key: classifyProfile(demands, resources, split), demands, resources, reference, split };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * The seed-003 median split applied to a caseload: the median of each index over the clients'
 * latest measurements. Only clients with both indices scored count (n); null when there are none.
 * Whether to include the client being viewed, and how large n must be, is the caller's choice.
 */
export function medianReference(
  points: ReadonlyArray<{ demands: number | null; resources: number | null }>,
): Extract<ProfileReference, { kind: 'practice_median' }> | null {
  const complete = points.filter(
    (p): p is { demands: number; resources: number } =>
      p.demands !== null && p.resources !== null && Number.isFinite(p.demands) && Number.isFinite(p.resources),
  );
  const demands = median(complete.map((p) => p.demands));
  const resources = median(complete.map((p) => p.resources));
  if (demands === null || resources === null) return null;
  return { kind: 'practice_median', demands, resources, n: complete.length };
}

/** The translation key and params describing the reference, for display next to every profile. */
export function describeReference(reference: ProfileReference): { key: string; params: Record<string, number> } {
  if (reference.kind === 'midpoint') return { key: 'reference.midpoint', params: {} };
  return {
    key: 'reference.practiceMedian',
    params: { n: reference.n, demands: profileSplitValue(reference.demands), resources: profileSplitValue(reference.resources) },
  };
}

export { profileSplitValue, profileValueFormat, shownProfileValue } from './shown-value';
