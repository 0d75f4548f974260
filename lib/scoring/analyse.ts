import type { Instrument } from '../instruments/types';
import { type ChangeOutcome, changeBetween, type IndexChanges } from './change';
import type { ComponentSet } from './component-sets';
import { MIDPOINT_REFERENCE, type Profile, type ProfileReference, profileFromIndices } from './profile';
import { scoreMeasurement } from './score';
import { computeSignals, type Signal } from './signals';
import type { Answers, MeasurementScores } from './types';

export interface Analysis {
  scores: MeasurementScores;
  profile: Profile | null;
  /** Null when there is no previous measurement or it cannot be compared (see `comparison`). */
  change: IndexChanges | null;
  /** Null when there is no previous measurement. */
  comparison: ChangeOutcome | null;
  signals: Signal[];
}

/**
 * One-stop evaluation of a measurement. A previous measurement is compared only when it is like with
 * like (same instrument key and index components); otherwise there is no change and no sharp-change signal.
 */
export function analyseMeasurement(
  instrument: Instrument,
  answers: Answers,
  options: {
    reference?: ProfileReference;
    previous?: { instrument: Instrument; answers: Answers } | null;
    componentSet?: ComponentSet;
  } = {},
): Analysis {
  const scores = scoreMeasurement(instrument, answers, options.componentSet);
  const profile = profileFromIndices(scores.indices, options.reference ?? MIDPOINT_REFERENCE);
  const previous = options.previous;
  const comparison = previous
    ? changeBetween(
        { instrument, indices: scores.indices },
        { instrument: previous.instrument, indices: scoreMeasurement(previous.instrument, previous.answers, options.componentSet).indices },
      )
    : null;
  const change = comparison?.status === 'compared' ? comparison.changes : null;
  return { scores, profile, change, comparison, signals: computeSignals({ instrument, scores, profile, change }) };
}
