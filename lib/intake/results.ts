import {
  allItems,
  type Band,
  type Dimension,
  type DimensionGroup,
  INDEX_KEYS,
  type IndexKey,
  type Instrument,
  type Localized,
  scoredRange,
} from '../instruments/types';
import { changeBetween, type IndexChange } from '../scoring/change';
import { type ComponentSet, DEFAULT_COMPONENT_SET, MIRRORED_DEMANDS, type NotComparableReason } from '../scoring/component-sets';
import { reportedValue } from '../scoring/dimension';
import { type DimensionFlag, dimensionFlags } from '../scoring/flags';
import { indexScore } from '../scoring/indices';
import { MIDPOINT_REFERENCE, type Profile, type ProfileReference, profileFromIndices } from '../scoring/profile';
import { scoreMeasurement } from '../scoring/score';
import { shownOwnScaleValue } from '../scoring/shown-own-scale';
import { computeSignals, type Signal } from '../scoring/signals';
import type { DimensionResult, IndexResult, IndexResults, MeasurementScores } from '../scoring/types';
import { type AnswerMap, meaningfulText, scoringAnswers } from './answers';
import { readsOnOwnScale } from './own-scale';

/**
 * The order the results page discusses the groups in: what the work asks, what it gives, then the outcomes, and a
 * symptom list (4DKL) last, under its own heading: it is not a burnout outcome.
 */
export const GROUP_ORDER: readonly DimensionGroup[] = [
  'job_demands',
  'work_resources',
  'personal_resources',
  'goal_orientation',
  'burnout',
  'engagement',
  'symptoms',
];

export interface DimensionRow {
  key: string;
  name: Localized;
  explanation: Localized;
  result: DimensionResult;
  band: Band | null;
  /**
   * On the questionnaire's own scale, what the cut-offs apply to: the sum of the (recoded) answers for a sum-scored
   * dimension (4DKL), else their mean; null when not scored. `range`: what that value can be (the chart's axis).
   */
  reported: { value: number | null; sum: boolean; range: { min: number; max: number } };
}

export interface IndexRow {
  key: IndexKey;
  result: IndexResult;
  /** undefined: nothing to compare with; null: the previous one (or this one) has no score for it. */
  change: IndexChange | null | undefined;
  /**
   * The compared measurement's score, undefined when there is none to compare with: shown on its own, since a change
   * of null still leaves one of the two scores to show.
   */
  previous: number | null | undefined;
  /** The dimension keys behind this index (stated on the page). */
  components: string[];
  /** Components that count more than once (the AZW set's aggression and administrative burden: 2). */
  weights: Readonly<Record<string, number>>;
}

export type Comparison = { status: 'first' } | { status: 'compared' } | { status: 'not_comparable'; reason: NotComparableReason };

export interface ResultsModel {
  scores: MeasurementScores;
  profile: Profile | null;
  signals: Signal[];
  /** Every extreme dimension by name with its score (≥ 75 demands, ≤ 25 resources), whatever the index. */
  flags: Array<DimensionFlag & { name: Localized }>;
  comparison: Comparison;
  /** The component set used for demands and work resources (after any fallback), and the one asked for. */
  componentSet: { used: ComponentSet; requested: ComponentSet };
  /** Mirrored demands left out of the demands index (wide set), with the resource that stands for them. */
  leftOut: Array<{ key: string; name: Localized; mirror: Localized }>;
  indices: IndexRow[];
  groups: Array<{ group: DimensionGroup; rows: DimensionRow[] }>;
  ownWords: Array<{ key: string; question: Localized; text: string }>;
  notes: Array<{ key: string; item: Localized; note: string }>;
  /** Bars on the instrument's own scale (custom instruments with cut-offs) rather than 0–100. */
  ownScale: boolean;
}

/**
 * Everything the results page shows for one measurement. The change is taken only against a previous
 * measurement that is like with like (see lib/intake/compare.ts pickPrevious); otherwise the page says why.
 */
export function buildResults(
  instrument: Instrument,
  answers: AnswerMap,
  options: {
    reference?: ProfileReference;
    componentSet?: ComponentSet;
    /** The comparable previous measurement's instrument and its indices under the same component set. */
    previous?: { instrument: Instrument; indices: IndexResults } | null;
    /** Set when earlier measurements exist but none is comparable. */
    notComparable?: NotComparableReason | null;
  } = {},
): ResultsModel {
  const requested = options.componentSet ?? DEFAULT_COMPONENT_SET;
  const scores = scoreMeasurement(instrument, scoringAnswers(answers), requested);
  const profile = profileFromIndices(scores.indices, options.reference ?? MIDPOINT_REFERENCE);
  const outcome = options.previous ? changeBetween({ instrument, indices: scores.indices }, options.previous) : null;
  const change = outcome?.status === 'compared' ? outcome.changes : null;
  const comparison: Comparison = outcome
    ? outcome.status === 'compared'
      ? { status: 'compared' }
      : outcome
    : options.notComparable
      ? { status: 'not_comparable', reason: options.notComparable }
      : { status: 'first' };
  const signals = computeSignals({ instrument, scores, profile, change });

  const compared = change && options.previous ? options.previous.indices : null;
  const indices: IndexRow[] = INDEX_KEYS.flatMap((key) => {
    const result = scores.indices[key];
    if (!result) return [];
    const previous = compared ? indexScore(compared, key) : undefined;
    return [
      {
        key,
        result,
        change: change ? (change[key] ?? null) : undefined,
        previous,
        components: scores.components[key] ?? [],
        weights: scores.componentWeights ?? {},
      },
    ];
  });

  const dimensionName = new Map(instrument.dimensions.map((d) => [d.key, d.name]));
  const nameOf = (key: string): Localized => dimensionName.get(key) ?? { nl: key, en: key };
  const flags = dimensionFlags(instrument, scores).map((f) => ({ ...f, name: nameOf(f.dimension) }));
  const used = new Set(scores.components.demands ?? []);
  const leftOut =
    scores.componentSet === 'jdr_wide'
      ? (instrument.indices.demands ?? [])
          .filter((k) => !used.has(k) && MIRRORED_DEMANDS[k])
          .map((k) => ({ key: k, name: nameOf(k), mirror: nameOf(MIRRORED_DEMANDS[k] as string) }))
      : [];

  const bySubscale = new Map(scores.subscales.map((s) => [s.key, s]));
  const groups = GROUP_ORDER.map((group) => ({
    group,
    rows: instrument.dimensions
      .filter((d) => d.group === group)
      .map((d) => {
        const result = bySubscale.get(d.key)?.result ?? { status: 'insufficient' as const, answered: 0, total: 0 };
        return {
          key: d.key,
          name: d.name,
          explanation: d.explanation,
          result,
          band: bySubscale.get(d.key)?.band ?? null,
          reported: reportedOnOwnScale(instrument, d, result),
        };
      }),
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

  const ownScale = readsOnOwnScale(instrument);
  return {
    scores,
    profile,
    signals,
    flags,
    comparison,
    componentSet: { used: scores.componentSet, requested },
    leftOut,
    indices,
    groups,
    ownWords,
    notes,
    ownScale,
  };
}

/** A dimension's reported value (lib/scoring/dimension.ts) and the range it can take, on the questionnaire's own scale. */
function reportedOnOwnScale(instrument: Instrument, dimension: Dimension, result: DimensionResult): DimensionRow['reported'] {
  const item = scoredRange(instrument.scale, instrument.recode);
  const sum = dimension.scoring === 'sum';
  const items = result.total;
  const value = reportedValue(dimension, result);
  return {
    // As shown beside its bands: never reading as the other side of a cut-off (shownOwnScaleValue).
    value:
      value === null
        ? null
        : shownOwnScaleValue(
            value,
            (dimension.bands ?? []).map((b) => b.upTo),
          ),
    sum,
    range: sum ? { min: item.min * items, max: item.max * items } : item,
  };
}
