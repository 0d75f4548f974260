import type { QuadrantPoint } from '../charts/quadrant-plot';
import type { TrendSeries } from '../charts/trend-chart';
import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { type ComponentSet, comparable } from '../scoring/component-sets';
import { reportedValue } from '../scoring/dimension';
import { indexScore } from '../scoring/indices';
import type { IndexResults } from '../scoring/types';
import { ownScaleRange, readsOnOwnScale } from './own-scale';
import { storedDimensions, storedIndexScore, storedIndices, storedIndicesFor } from './stored-scores';

export type CompletedMeasurement = { id: string; date: string; scores: unknown };

/**
 * Oldest completion first (ties by id). A "measure again" homework starts when it is assigned and may be completed
 * after a live intake that started later: the order of starting is not the order of the results.
 */
export function inCompletionOrder<M extends CompletedMeasurement>(measurements: readonly M[]): M[] {
  return [...measurements].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One line per index that any of the measurements has; a measurement without it breaks the line.
 * Give it measurements of ONE comparable group only (see trendGroups): a line never joins an intake to a check-in.
 */
export function trendSeries(
  measurements: readonly CompletedMeasurement[],
  indicesOf: (m: CompletedMeasurement) => IndexResults = (m) => storedIndices(m.scores),
): Array<TrendSeries & { key: IndexKey }> {
  const indices = measurements.map(indicesOf);
  const present = new Set<IndexKey>();
  for (const i of indices) for (const key of Object.keys(i) as IndexKey[]) present.add(key);
  return INDEX_KEYS.filter((key) => present.has(key)).map((key) => ({
    key,
    points: measurements.map((m, n) => ({ date: m.date, value: indexScore(indices[n] ?? {}, key) })),
  }));
}

export interface TrendGroup<M extends CompletedMeasurement> {
  /** The newest instrument version in the group (for its name). */
  instrument: Instrument;
  /** The oldest and newest instrument version in the group. Not every version between them need be in it. */
  versions: { first: number; last: number };
  /**
   * Every instrument version in the group, ascending: named when another group has the same instrument (a custom
   * questionnaire edited so that its versions no longer compare). Versions 1 and 3 may score alike and 2 not: the
   * group of 1 and 3 is "versions 1 and 3", not "1 to 3" beside a trend of version 2 (versionsText).
   */
  versionList: number[];
  measurements: M[];
  series: Array<TrendSeries & { key: IndexKey }>;
  /** For a questionnaire that reads on its own scale (readsOnOwnScale): each dimension's reported value over time. */
  ownScale: OwnScaleTrend | null;
}

export interface OwnScaleTrend {
  /** One line per dimension of the group's newest version, keyed by the dimension's key, in the questionnaire's order. */
  series: TrendSeries[];
  /** The range every line fits in: from the lowest to the highest a dimension's value can be. */
  domain: { min: number; max: number };
}

/**
 * The dimensions' reported values (the mean, or the sum for a sum-scored one) over a group of comparable measurements,
 * as the results page shows each one: a symptom list that feeds no 0–100 index (the 4DKL) has a trend too, and a
 * questionnaire with cut-offs shows its subscales as its manual reads them. Null for one that reads on 0–100.
 */
export function ownScaleTrend(measurements: readonly CompletedMeasurement[], instrument: Instrument): OwnScaleTrend | null {
  if (!readsOnOwnScale(instrument) || instrument.dimensions.length === 0) return null;
  const stored = measurements.map((m) => storedDimensions(m.scores));
  const ranges = instrument.dimensions.map((d) => ownScaleRange(instrument, d));
  return {
    series: instrument.dimensions.map((d) => ({
      key: d.key,
      points: measurements.map((m, n) => {
        const result = stored[n]?.[d.key];
        return { date: m.date, value: result ? reportedValue(d, result) : null };
      }),
    })),
    domain: { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) },
  };
}

/**
 * Like with like: one trend per group of comparable measurements (same instrument key and index
 * components), so the check-in gets its own trend beside the intake's. Indices follow the practice's
 * component set, recomputed from the stored dimension scores. Groups in order of their first measurement.
 */
export function trendGroups<M extends CompletedMeasurement>(
  measurements: readonly M[],
  instrumentOf: (m: M) => Instrument | null,
  set: ComponentSet,
): Array<TrendGroup<M>> {
  const groups: Array<{ instrument: Instrument; versions: { first: number; last: number }; versionList: number[]; measurements: M[] }> = [];
  for (const m of inCompletionOrder(measurements)) {
    const instrument = instrumentOf(m);
    if (!instrument) continue;
    const group = groups.find((g) => comparable(g.instrument, instrument));
    if (group) {
      group.measurements.push(m);
      if (instrument.version > group.instrument.version) group.instrument = instrument;
      group.versions = {
        first: Math.min(group.versions.first, instrument.version),
        last: Math.max(group.versions.last, instrument.version),
      };
      if (!group.versionList.includes(instrument.version))
        group.versionList = [...group.versionList, instrument.version].sort((a, b) => a - b);
    } else
      groups.push({
        instrument,
        versions: { first: instrument.version, last: instrument.version },
        versionList: [instrument.version],
        measurements: [m],
      });
  }
  return groups.map((g) => ({
    ...g,
    series: trendSeries(g.measurements, (m) => storedIndicesFor(m.scores, instrumentOf(m as M) ?? g.instrument, set)),
    ownScale: ownScaleTrend(g.measurements, g.instrument),
  }));
}

/**
 * A group's versions as they are named: each run of three or more consecutive versions as one range ("1 t/m 3"), the
 * others one by one, so that a version the group lacks is never inside a range. Ascending; duplicates once.
 */
export function versionRuns(versions: readonly number[]): Array<{ first: number; last: number }> {
  const sorted = [...new Set(versions)].sort((a, b) => a - b);
  const runs: Array<{ first: number; last: number }> = [];
  for (const v of sorted) {
    const last = runs.at(-1);
    if (last && v === last.last + 1) last.last = v;
    else runs.push({ first: v, last: v });
  }
  // Two in a row read better as a list ("1 en 2") than as a range.
  return runs.flatMap((r) =>
    r.last - r.first === 1
      ? [
          { first: r.first, last: r.first },
          { first: r.last, last: r.last },
        ]
      : [r],
  );
}

/**
 * The versions in words, e.g. "1 en 3", "1 t/m 3 en 5": `range` words a run (the messages' "{first} t/m {last}"),
 * `list` joins the parts in the page's language (next-intl's format.list, Intl.ListFormat).
 */
export function versionsText(
  versions: readonly number[],
  words: { range: (first: number, last: number) => string; list: (parts: string[]) => string },
): string {
  return words.list(versionRuns(versions).map((r) => (r.first === r.last ? String(r.first) : words.range(r.first, r.last))));
}

/**
 * The client's route through the quadrant plot up to and including `uptoId`, oldest first: every
 * completed measurement with both a demands and a work-resources score. `current` replaces the stored
 * point of `uptoId` (the page scores the measurement itself). Pass only measurements comparable with
 * `uptoId`'s, and `indicesOf` for the practice's component set.
 *
 * No route when `current` is null (this measurement has no profile): the plot marks the last point as "now", and an
 * earlier measurement's point would stand there as if it were this one's.
 */
export function quadrantPath<M extends CompletedMeasurement>(
  measurements: readonly M[],
  uptoId: string,
  current: { demands: number; resources: number } | null,
  label: (m: M) => string,
  indicesOf?: (m: M) => IndexResults,
): QuadrantPoint[] {
  const ordered = inCompletionOrder(measurements);
  const end = ordered.findIndex((m) => m.id === uptoId);
  if (!current || end === -1) return [];
  const upto = ordered.slice(0, end);
  const points: QuadrantPoint[] = upto.flatMap((m) => {
    const indices = indicesOf?.(m);
    const demands = indices ? indexScore(indices, 'demands') : storedIndexScore(m.scores, 'demands');
    const resources = indices ? indexScore(indices, 'work_resources') : storedIndexScore(m.scores, 'work_resources');
    return demands === null || resources === null ? [] : [{ demands, resources, label: label(m), date: m.date }];
  });
  const self = ordered[end] as M;
  points.push({ ...current, label: label(self), date: self.date });
  return points;
}
