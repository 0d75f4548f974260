import { allItems, type Instrument, type Scale } from '../instruments/types';
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
 * Mean of the answered items after reversal (min + max - value), rescaled to 0–100.
 * Scored only when at least two thirds of the dimension's items are answered.
 */
export function scoreDimension(instrument: Instrument, dimensionKey: string, answers: Answers): DimensionResult {
  const { min, max } = instrument.scale;
  const items = allItems(instrument).filter((item) => item.dimension === dimensionKey);
  const values: number[] = [];
  for (const item of items) {
    const value = answers[item.key];
    if (isValidAnswer(instrument.scale, value)) values.push(item.reverse ? min + max - value : value);
  }
  const answered = values.length;
  const total = items.length;
  if (!hasEnough(answered, total)) return { status: 'insufficient', answered, total };
  const sum = values.reduce((a, b) => a + b, 0);
  // From the integer sum, so the only rounding is in the final division.
  const score = ((sum - answered * min) * 100) / (answered * (max - min));
  return { status: 'scored', score: clamp(tidy(score), 0, 100), mean: tidy(sum / answered), answered, total };
}

export function scoreDimensions(instrument: Instrument, answers: Answers): Record<string, DimensionResult> {
  const results: Record<string, DimensionResult> = {};
  for (const dimension of instrument.dimensions) {
    results[dimension.key] = scoreDimension(instrument, dimension.key, answers);
  }
  return results;
}
