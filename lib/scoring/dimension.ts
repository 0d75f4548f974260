import { allItems, type Dimension, type Instrument, type Scale, scoredRange } from '../instruments/types';
import { clamp, hasEnough, tidy } from './threshold';
import type { Answers, DimensionResult } from './types';

export function isValidAnswer(scale: Scale, value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** The item keys whose answers are present but unusable (not an integer within the scale). */
export function invalidAnswerKeys(instrument: Instrument, answers: Answers): string[] {
  return allItems(instrument)
    .filter((item) => answers[item.key] != null && !isValidAnswer(instrument.scale, answers[item.key]))
    .map((item) => item.key);
}

/**
 * Mean of the answered items after reversal (min + max - value) and recoding, rescaled to 0–100 over the
 * range an answer can count as. Scored only when at least two thirds of the dimension's items are answered.
 * A sum-scored dimension also carries the sum; a total (`itemsFrom`) is scored over the items of the
 * dimensions it lists.
 */
export function scoreDimension(instrument: Instrument, dimensionKey: string, answers: Answers): DimensionResult {
  const { min, max } = instrument.scale;
  const dimension = instrument.dimensions.find((d) => d.key === dimensionKey);
  const sources = new Set(dimension?.itemsFrom ?? [dimensionKey]);
  const recode = new Map((instrument.recode ?? []).map((r) => [r.from, r.to]));
  const range = scoredRange(instrument.scale, instrument.recode);
  const items = allItems(instrument).filter((item) => sources.has(item.dimension));
  const values: number[] = [];
  for (const item of items) {
    const value = answers[item.key];
    if (!isValidAnswer(instrument.scale, value)) continue;
    const reversed = item.reverse ? min + max - value : value;
    values.push(recode.get(reversed) ?? reversed);
  }
  const answered = values.length;
  const total = items.length;
  if (!hasEnough(answered, total)) return { status: 'insufficient', answered, total };
  const sum = values.reduce((a, b) => a + b, 0);
  const span = range.max - range.min;
  // From the integer sum, so the only rounding is in the final division.
  const score = span > 0 ? ((sum - answered * range.min) * 100) / (answered * span) : 0;
  const mean = tidy(sum / answered);
  return {
    status: 'scored',
    score: clamp(tidy(score), 0, 100),
    mean,
    ...(dimension?.scoring === 'sum' ? { sum: answered === total ? sum : tidy((sum * total) / answered) } : {}),
    answered,
    total,
  };
}

/** The value a coach reads and the bands apply to: the sum for sum-scored dimensions, otherwise the mean. */
export function reportedValue(dimension: Pick<Dimension, 'scoring'> | undefined, result: DimensionResult): number | null {
  if (result.status !== 'scored') return null;
  return dimension?.scoring === 'sum' ? (result.sum ?? result.mean * result.total) : result.mean;
}

export function scoreDimensions(instrument: Instrument, answers: Answers): Record<string, DimensionResult> {
  const results: Record<string, DimensionResult> = {};
  for (const dimension of instrument.dimensions) {
    results[dimension.key] = scoreDimension(instrument, dimension.key, answers);
  }
  return results;
}
