import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { hasEnough, mean, tidy } from './threshold';
import type { DimensionResult, IndexResults } from './types';

/**
 * Composite indices computed the way seed 003 does (the plain, unstandardised mean of the component
 * dimension scores, 0–100). WHICH dimensions are components is a separate choice: the instrument's own
 * lists by default, or a component set (./component-sets.ts). An index is 'insufficient' when fewer
 * than two thirds of its components are scored.
 */
export function scoreIndices(
  instrument: Instrument,
  dimensions: Record<string, DimensionResult>,
  componentLists: Partial<Record<IndexKey, string[]>> = instrument.indices,
): IndexResults {
  const results: IndexResults = {};
  for (const index of INDEX_KEYS) {
    const components = componentLists[index];
    if (!components || components.length === 0) continue;
    const scores: number[] = [];
    for (const key of components) {
      const result = dimensions[key];
      if (result?.status === 'scored') scores.push(result.score);
    }
    const scoredDimensions = scores.length;
    const totalDimensions = components.length;
    results[index] = hasEnough(scoredDimensions, totalDimensions)
      ? { status: 'scored', score: tidy(mean(scores)), scoredDimensions, totalDimensions }
      : { status: 'insufficient', scoredDimensions, totalDimensions };
  }
  return results;
}

export function indexScore(indices: IndexResults, key: keyof IndexResults): number | null {
  const result = indices[key];
  return result?.status === 'scored' ? result.score : null;
}
