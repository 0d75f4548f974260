import type { QuadrantPoint } from '../charts/quadrant-plot';
import type { TrendSeries } from '../charts/trend-chart';
import { INDEX_KEYS, type IndexKey } from '../instruments/types';
import { storedIndexScore, storedIndices } from './stored-scores';

export type CompletedMeasurement = { id: string; date: string; scores: unknown };

/** One line per index that any of the measurements has; a measurement without it breaks the line. */
export function trendSeries(measurements: readonly CompletedMeasurement[]): Array<TrendSeries & { key: IndexKey }> {
  const present = new Set<IndexKey>();
  for (const m of measurements) for (const key of Object.keys(storedIndices(m.scores)) as IndexKey[]) present.add(key);
  return INDEX_KEYS.filter((key) => present.has(key)).map((key) => ({
    key,
    points: measurements.map((m) => ({ date: m.date, value: storedIndexScore(m.scores, key) })),
  }));
}

/**
 * The client's route through the quadrant plot up to and including `uptoId`, oldest first: every
 * completed measurement with both a demands and a work-resources score. `current` replaces the stored
 * point of `uptoId` (the page scores the measurement itself).
 */
export function quadrantPath(
  measurements: readonly CompletedMeasurement[],
  uptoId: string,
  current: { demands: number; resources: number } | null,
  label: (m: CompletedMeasurement) => string,
): QuadrantPoint[] {
  const end = measurements.findIndex((m) => m.id === uptoId);
  const upto = end === -1 ? [] : measurements.slice(0, end);
  const points: QuadrantPoint[] = upto.flatMap((m) => {
    const demands = storedIndexScore(m.scores, 'demands');
    const resources = storedIndexScore(m.scores, 'work_resources');
    return demands === null || resources === null ? [] : [{ demands, resources, label: label(m), date: m.date }];
  });
  const self = measurements[end];
  if (current && self) points.push({ ...current, label: label(self), date: self.date });
  return points;
}
