import { INDEX_KEYS, allItems, type Band, type Group, type IndexKey, type Instrument, type Localized } from '../instruments/types';
import { changeSince, type IndexChange } from '../scoring/change';
import { MIDPOINT_REFERENCE, profileFromIndices, type Profile, type ProfileReference } from '../scoring/profile';
import { scoreMeasurement } from '../scoring/score';
import { computeSignals, type Signal } from '../scoring/signals';
import type { DimensionResult, IndexResult, IndexResults, MeasurementScores } from '../scoring/types';
import { meaningfulText, scoringAnswers, type AnswerMap } from './answers';

/** The order the results page discusses the groups in: what the work asks, what it gives, then the outcomes. */
export const GROUP_ORDER: readonly Group[] = [
  'job_demands',
  'work_resources',
  'personal_resources',
  'goal_orientation',
  'burnout',
  'engagement',
];

export interface DimensionRow {
  key: string;
  name: Localized;
  explanation: Localized;
  result: DimensionResult;
  band: Band | null;
}

export interface IndexRow {
  key: IndexKey;
  result: IndexResult;
  /** undefined: no previous measurement; null: the previous one (or this one) has no score for it. */
  change: IndexChange | null | undefined;
}

export interface ResultsModel {
  scores: MeasurementScores;
  profile: Profile | null;
  signals: Signal[];
  indices: IndexRow[];
  groups: Array<{ group: Group; rows: DimensionRow[] }>;
  ownWords: Array<{ key: string; question: Localized; text: string }>;
  notes: Array<{ key: string; item: Localized; note: string }>;
  /** Bars on the instrument's own scale (custom instruments with cut-offs) rather than 0–100. */
  ownScale: boolean;
}

/**
 * Everything the results page shows for one measurement. The change is taken against the stored
 * indices of the previous completed measurement, which may be of another instrument (shared 0–100 scale).
 */
export function buildResults(
  instrument: Instrument,
  answers: AnswerMap,
  options: { reference?: ProfileReference; previousIndices?: IndexResults | null } = {},
): ResultsModel {
  const scores = scoreMeasurement(instrument, scoringAnswers(answers));
  const profile = profileFromIndices(scores.indices, options.reference ?? MIDPOINT_REFERENCE);
  const change = options.previousIndices ? changeSince(scores.indices, options.previousIndices) : null;
  const signals = computeSignals({ instrument, scores, profile, change });

  const indices: IndexRow[] = INDEX_KEYS.flatMap((key) => {
    const result = scores.indices[key];
    return result ? [{ key, result, change: change ? (change[key] ?? null) : undefined }] : [];
  });

  const bySubscale = new Map(scores.subscales.map((s) => [s.key, s]));
  const groups = GROUP_ORDER.map((group) => ({
    group,
    rows: instrument.dimensions
      .filter((d) => d.group === group)
      .map((d) => ({
        key: d.key,
        name: d.name,
        explanation: d.explanation,
        result: bySubscale.get(d.key)?.result ?? { status: 'insufficient' as const, answered: 0, total: 0 },
        band: bySubscale.get(d.key)?.band ?? null,
      })),
  })).filter((g) => g.rows.length > 0);

  const ownWords = instrument.openQuestions.flatMap((q) => {
    const text = meaningfulText(answers[q.key]?.text);
    return text ? [{ key: q.key, question: q.text, text }] : [];
  });

  const texts = new Map<string, Localized>([
    ...allItems(instrument).map((i) => [i.key, i.text] as const),
    ...instrument.openQuestions.map((q) => [q.key, q.text] as const),
  ]);
  const notes = [...texts].flatMap(([key, item]) => {
    const note = meaningfulText(answers[key]?.note);
    return note ? [{ key, item, note }] : [];
  });

  const ownScale = instrument.origin === 'custom' && instrument.dimensions.some((d) => (d.bands?.length ?? 0) > 0);
  return { scores, profile, signals, indices, groups, ownWords, notes, ownScale };
}
