import type { Instrument } from '../instruments/types';
import { storedIndicesFor } from '../intake/stored-scores';
import type { ComponentSet } from '../scoring/component-sets';
import { dimensionFlags } from '../scoring/flags';
import { profileFromIndices } from '../scoring/profile';
import { burnoutSignals } from '../scoring/signals';
import type { MeasurementScores } from '../scoring/types';
import type { SuggestionInput } from './types';

/**
 * What the suggestion rules read of a completed measurement's stored scores, under the practice's current index
 * components: the indices and the profile (midpoint split) are rebuilt from the stored dimension scores, as the
 * results page and the dashboard do, so a practice that switches its component set gets suggestions for the profile
 * those pages show, not for the one stored at completion. Null without stored dimension scores.
 */
export function suggestionInputFromScores(instrument: Instrument, stored: unknown, set: ComponentSet): SuggestionInput | null {
  const scores = stored as Partial<MeasurementScores> | null;
  if (!scores?.dimensions || !scores.subscales) return null;
  const dimensions: Record<string, number> = {};
  for (const [key, result] of Object.entries(scores.dimensions)) if (result.status === 'scored') dimensions[key] = result.score;
  const indexResults = storedIndicesFor(scores, instrument, set);
  const indices: SuggestionInput['indices'] = {};
  for (const [key, result] of Object.entries(indexResults))
    if (result?.status === 'scored') indices[key as keyof SuggestionInput['indices']] = result.score;
  const full = scores as MeasurementScores;
  return {
    flags: dimensionFlags(instrument, full),
    dimensions,
    indices,
    burnoutFlag: burnoutSignals(instrument, full).length > 0,
    profile: profileFromIndices(indexResults)?.key ?? null,
  };
}
