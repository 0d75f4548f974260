import type { Band, DimensionGroup, IndexKey } from '../instruments/types';
import type { ComponentSet } from './component-sets';

/** Answers by item key. Missing, null or invalid (non-integer, outside the scale) counts as unanswered. */
export type Answers = Readonly<Record<string, number | null | undefined>>;

export type DimensionResult =
  /**
   * `score` is 0–100; `mean` is on the instrument's own scale, after reversal and recoding. `sum` is present
   * for sum-scored dimensions (e.g. 4DKL): the item sum, prorated to all items when some are unanswered.
   */
  | { status: 'scored'; score: number; mean: number; sum?: number; answered: number; total: number }
  | { status: 'insufficient'; answered: number; total: number };

export type IndexResult =
  | { status: 'scored'; score: number; scoredDimensions: number; totalDimensions: number }
  | { status: 'insufficient'; scoredDimensions: number; totalDimensions: number };

/** Only the indices the instrument defines are present. */
export type IndexResults = Partial<Record<IndexKey, IndexResult>>;

export interface SubscaleScore {
  key: string;
  group: DimensionGroup;
  result: DimensionResult;
  /** The band the reported value falls in; null when the subscale has no bands or is not scored. */
  band: Band | null;
  /** The value to show on the instrument's own terms: the sum for a sum-scored subscale (4DKL), else the mean. */
  value?: number;
}

export interface MeasurementScores {
  instrumentKey: string;
  instrumentVersion: number;
  /** The component set the demands and work-resources indices were built with (after any fallback). */
  componentSet: ComponentSet;
  /** The dimension keys behind each index, as used. */
  components: Partial<Record<IndexKey, string[]>>;
  /** A dimension that counts as more than one component (the AZW set's aggression and administrative burden); absent when none. */
  componentWeights?: Readonly<Record<string, number>>;
  dimensions: Record<string, DimensionResult>;
  /** Same results as `dimensions`, in the instrument's order, with bands. */
  subscales: SubscaleScore[];
  indices: IndexResults;
}
