import { reportedRange } from '../instruments/custom-schema';
import { allItems, type Dimension, type Instrument } from '../instruments/types';

/**
 * Whether a questionnaire's dimensions read on its own scale (the mean or sum its manual counts) rather than 0–100: a
 * coach's own questionnaire where the coach said how, with cut-offs or a dimension scored as the sum of its answers (a sum
 * on 0–100 would be no figure the manual knows). Without either it shows 0–100, as the built-in JD-R questionnaires and
 * the flags beside them do. The results page, the trend and the client report follow it.
 */
export function readsOnOwnScale(instrument: Instrument): boolean {
  return instrument.origin === 'custom' && instrument.dimensions.some((d) => (d.bands?.length ?? 0) > 0 || d.scoring === 'sum');
}

/** How these dimensions count: all as sums, all as means, or some of each (the texts then say it is per dimension). */
export function scoringOf(dimensions: ReadonlyArray<Pick<Dimension, 'scoring'>>): 'sum' | 'mean' | 'mixed' {
  const sums = dimensions.filter((d) => d.scoring === 'sum').length;
  return sums === 0 ? 'mean' : sums === dimensions.length ? 'sum' : 'mixed';
}

/** The range a dimension's reported value can take on the questionnaire's own scale (the editor's reportedRange). */
export function ownScaleRange(instrument: Instrument, dimension: Dimension): { min: number; max: number } {
  const sources = new Set(dimension.itemsFrom ?? [dimension.key]);
  const items = allItems(instrument).filter((i) => sources.has(i.dimension)).length;
  return reportedRange({ scale: instrument.scale, recode: instrument.recode ?? [] }, dimension.scoring === 'sum' ? 'sum' : 'mean', items);
}
