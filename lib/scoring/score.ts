import type { Instrument } from '../instruments/types';
import { bandFor } from './bands';
import { reportedValue, scoreDimensions } from './dimension';
import { scoreIndices } from './indices';
import type { Answers, DimensionResult, MeasurementScores, SubscaleScore } from './types';

export function scoreSubscales(instrument: Instrument, dimensions: Record<string, DimensionResult>): SubscaleScore[] {
  return instrument.dimensions.map((d) => {
    const result: DimensionResult = dimensions[d.key] ?? { status: 'insufficient', answered: 0, total: 0 };
    const value = reportedValue(d, result);
    return {
      key: d.key,
      group: d.group,
      result,
      band: value === null ? null : bandFor(d.bands, value),
      ...(value === null ? {} : { value }),
    };
  });
}

/** Everything that follows from one set of answers alone: dimensions, subscale bands and indices. */
export function scoreMeasurement(instrument: Instrument, answers: Answers): MeasurementScores {
  const dimensions = scoreDimensions(instrument, answers);
  return {
    instrumentKey: instrument.key,
    instrumentVersion: instrument.version,
    dimensions,
    subscales: scoreSubscales(instrument, dimensions),
    indices: scoreIndices(instrument, dimensions),
  };
}
