import 'server-only';
import type { AuditInsert } from '@/db/queries/audit';
import { listClientMeasurements, practiceMedian } from '@/db/queries/measurements';
import { getScoringSettings } from '@/db/queries/practices';
import type { Instrument } from '@/lib/instruments/types';
import { comparable, indexComponents, indexPointSignature, parseComponentSet } from '../scoring/component-sets';
import { pickPrevious } from './compare';
import { chooseReferenceFromMedian, parseReferenceChoice } from './reference';
import { buildResults } from './results';
import { instrumentsForMeasurements, loadMeasurementForFilling } from './service';
import { storedIndicesFor } from './stored-scores';
import { quadrantPath, trendGroups } from './trend';

/**
 * THE results view model: the results page and the client report take their figures from here, so the
 * two cannot drift apart. Server side: the measurement with its instrument and answers, the client's
 * history, the practice's component set and median reference, the results (profile, flags, groups,
 * own words), the route through the quadrant plot and one trend per comparable instrument group.
 * The caller has checked that the client (and so the measurement) is the caller's to see.
 */
export async function loadResultsView(
  practiceId: string,
  clientId: string,
  measurementId: string,
  options: { ref?: string | string[]; pointLabel: (date: Date) => string; forClient?: boolean; viewed?: AuditInsert },
) {
  // Two round trips, each of independent statements: the measurement and the practice's component set; then, knowing
  // the instrument and the set, the client's history and the practice median. (Sequentially they were three.)
  // forClient: without the coach's per-item notes (the client report).
  const [loaded, settings] = await Promise.all([
    loadMeasurementForFilling(practiceId, measurementId, { forClient: options.forClient }),
    getScoringSettings(practiceId),
  ]);
  if (!loaded || loaded.measurement.clientId !== clientId) return null;
  const { measurement, instrument, answers } = loaded;
  if (measurement.status !== 'completed') return { status: 'not_completed' as const, measurement, instrument };

  const set = parseComponentSet(settings?.componentSet);
  const applied = indexComponents(instrument, set);
  // viewed: the page's "measurement viewed" audit entry, written by the history's statement (completed results only).
  const [history, median] = await Promise.all([
    listClientMeasurements(practiceId, clientId, undefined, options.viewed),
    // Per instrument and component set: the median of like with like, from the indexed index points.
    practiceMedian(practiceId, {
      instrumentKey: instrument.key,
      componentSet: applied.used,
      components: indexPointSignature(instrument, applied.indices, applied.weights),
    }),
  ]);
  // In order of completion (the history is read in order of starting): "change since" compares with the measurement
  // completed before this one.
  const completed = history
    .filter((m) => m.status === 'completed' && m.completedAt && m.scores)
    .sort((a, b) => (a.completedAt as Date).getTime() - (b.completedAt as Date).getTime() || (a.id < b.id ? -1 : 1));
  // Built-in instruments and cached custom ones need no statement.
  const instrumentOf = await instrumentsForMeasurements(practiceId, completed);
  const chosen = chooseReferenceFromMedian(parseReferenceChoice(options.ref), median);
  const pick = pickPrevious(completed, measurement.id, instrument, instrumentOf);
  const previous = pick.status === 'compared' ? pick.previous : undefined;
  const model = buildResults(instrument, answers, {
    reference: chosen.reference,
    componentSet: set,
    previous:
      pick.status === 'compared'
        ? { instrument: pick.instrument, indices: storedIndicesFor(pick.previous.scores, pick.instrument, set) }
        : null,
    notComparable: pick.status === 'not_comparable' ? pick.reason : null,
  });

  // The route through the quadrant plot joins only measurements comparable with this one.
  const alike = completed.filter((m) => {
    const other = instrumentOf(m);
    return other !== null && comparable(instrument, other);
  });
  const dated = alike.map((m) => ({
    id: m.id,
    date: (m.completedAt as Date).toISOString(),
    scores: m.scores,
    instrument: instrumentOf(m) ?? instrument,
  }));
  const path = quadrantPath(
    dated,
    measurement.id,
    model.profile ? { demands: model.profile.demands, resources: model.profile.resources } : null,
    (m) => options.pointLabel(new Date(m.date)),
    (m) => storedIndicesFor(m.scores, m.instrument, set),
  );
  // One trend per instrument group over all completed measurements, oldest first.
  const trends = trendGroups(
    completed.map((m) => ({ id: m.id, date: (m.completedAt as Date).toISOString(), scores: m.scores, row: m })),
    (m) => instrumentOf(m.row),
    set,
  );

  return {
    status: 'completed' as const,
    measurement,
    instrument: instrument as Instrument,
    answers,
    model,
    chosen,
    previous,
    path,
    trends,
    completedAt: measurement.completedAt ?? measurement.updatedAt,
  };
}

export type ResultsView = Extract<NonNullable<Awaited<ReturnType<typeof loadResultsView>>>, { status: 'completed' }>;
