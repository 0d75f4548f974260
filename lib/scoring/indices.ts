import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { hasEnough, tidy } from './threshold';
import type { DimensionResult, IndexResults } from './types';

/**
 * Composite indices computed the way seed 003 does (the plain, unstandardised mean of the component
 * dimension scores, 0–100). WHICH dimensions are components is a separate choice: the instrument's own
 * lists by default, or a component set (./component-sets.ts). A weight counts a dimension as that many
 * components (the AZW set: aggression and administrative burden are two of the seed's five demands each).
 * An index is 'insufficient' when fewer than two thirds of its components are scored (the counts are components).
 */
export function scoreIndices(
  instrument: Instrument,
  dimensions: Record<string, DimensionResult>,
  componentLists: Partial<Record<IndexKey, string[]>> = instrument.indices,
  weights: Readonly<Record<string, number>> = {},
): IndexResults {
  const results: IndexResults = {};
  for (const index of INDEX_KEYS) {
    const components = componentLists[index];
    if (!components || components.length === 0) continue;
    let sum = 0;
    let scoredDimensions = 0;
    let totalDimensions = 0;
    for (const key of components) {
      // Own keys only: a coach's subscale may be called `constructor`, which every object "has".
      const weight = Object.hasOwn(weights, key) ? weights[key]! : 1;
      totalDimensions += weight;
      const result = dimensions[key];
      if (result?.status !== 'scored') continue;
      sum += weight * result.score;
      scoredDimensions += weight;
    }
    results[index] = hasEnough(scoredDimensions, totalDimensions)
      ? { status: 'scored', score: tidy(sum / scoredDimensions), scoredDimensions, totalDimensions }
      : { status: 'insufficient', scoredDimensions, totalDimensions };
  }
  return results;
}

export function indexScore(indices: IndexResults, key: keyof IndexResults): number | null {
  const result = indices[key];
  return result?.status === 'scored' ? result.score : null;
}
