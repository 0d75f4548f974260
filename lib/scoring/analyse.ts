import type { Instrument } from '../instruments/types';
import { changeSince, type IndexChanges } from './change';
import { MIDPOINT_REFERENCE, profileFromIndices, type Profile, type ProfileReference } from './profile';
import { scoreMeasurement } from './score';
import { computeSignals, type Signal } from './signals';
import type { Answers, MeasurementScores } from './types';

export interface Analysis {
  scores: MeasurementScores;
  profile: Profile | null;
  /** Null when there is no previous measurement. */
  change: IndexChanges | null;
  signals: Signal[];
}

/**
 * One-stop evaluation of a measurement. The previous measurement may use another instrument
 * (e.g. intake then check-in): indices are compared on their shared 0–100 scale.
 */
export function analyseMeasurement(
  instrument: Instrument,
  answers: Answers,
  options: {
    reference?: ProfileReference;
    previous?: { instrument: Instrument; answers: Answers } | null;
  } = {},
): Analysis {
  const scores = scoreMeasurement(instrument, answers);
  const profile = profileFromIndices(scores.indices, options.reference ?? MIDPOINT_REFERENCE);
  const change = options.previous
    ? changeSince(scores.indices, scoreMeasurement(options.previous.instrument, options.previous.answers).indices)
    : null;
  return { scores, profile, change, signals: computeSignals({ instrument, scores, profile, change }) };
}
