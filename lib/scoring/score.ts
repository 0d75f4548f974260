import type { Instrument } from '../instruments/types';
import { bandFor } from './bands';
import { type ComponentSet, DEFAULT_COMPONENT_SET, indexComponents } from './component-sets';
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

/**
 * Everything that follows from one set of answers alone: dimensions, subscale bands and indices, the
 * demands and work-resources indices built from the practice's component set.
 */
export function scoreMeasurement(instrument: Instrument, answers: Answers, set: ComponentSet = DEFAULT_COMPONENT_SET): MeasurementScores {
  return scoreFromDimensions(instrument, scoreDimensions(instrument, answers), set);
}

/** The same from dimension scores already computed (stored at completion): no answers needed. */
export function scoreFromDimensions(
  instrument: Instrument,
  dimensions: Record<string, DimensionResult>,
  set: ComponentSet = DEFAULT_COMPONENT_SET,
): MeasurementScores {
  const applied = indexComponents(instrument, set);
  return {
    instrumentKey: instrument.key,
    instrumentVersion: instrument.version,
    componentSet: applied.used,
    components: applied.indices,
    ...(Object.keys(applied.weights).length > 0 ? { componentWeights: applied.weights } : {}),
    dimensions,
    subscales: scoreSubscales(instrument, dimensions),
    indices: scoreIndices(instrument, dimensions, applied.indices, applied.weights),
  };
}
