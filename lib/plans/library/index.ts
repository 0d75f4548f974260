import type { Intervention } from '../types';
import { challengingDemands } from './challenging-demands';
import { hinderingDemands } from './hindering-demands';
import { learningOrientation } from './learning-orientation';
import { organisation } from './organisation';
import { personalResources } from './personal-resources';
import { recovery } from './recovery';
import { socialResources } from './social-resources';
import { structuralResources } from './structural-resources';

/**
 * The curated intervention library (action-plan issue): written by us from DOMAIN.md and seeds
 * 000–004, Dutch first. Each intervention's key is stable: plan items and dismissals refer to it.
 */
export const INTERVENTIONS: readonly Intervention[] = [
  ...recovery,
  ...hinderingDemands,
  ...socialResources,
  ...structuralResources,
  ...challengingDemands,
  ...personalResources,
  ...learningOrientation,
  ...organisation,
];

const byKey = new Map(INTERVENTIONS.map((i) => [i.key, i]));

export function interventionByKey(key: string): Intervention | undefined {
  return byKey.get(key);
}
