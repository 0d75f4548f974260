import 'server-only';
import { listClientMeasurements } from '@/db/queries/measurements';
import { CHECK_IN_KEY } from '@/lib/instruments/check-in';
import type { Instrument } from '@/lib/instruments/types';
import { instrumentsForMeasurements } from '@/lib/intake/service';
import { suggestionInputFromScores } from '@/lib/plans/suggestion-input';
import type { SuggestionInput } from '@/lib/plans/types';
import type { ComponentSet } from '@/lib/scoring/component-sets';

/**
 * What the suggestion rules read: the latest completed measurement of an instrument that measures job
 * demands (the intake, not a check-in). Scores stay on the coach's page; they never reach a plan item.
 * `inputFor` takes the practice's component set, which the page reads in its other statement.
 */
export async function latestIntake(
  practiceId: string,
  clientId: string,
): Promise<{
  measurementId: string;
  completedAt: Date | null;
  instrument: Instrument;
  inputFor: (set: ComponentSet) => SuggestionInput | null;
} | null> {
  const rows = (await listClientMeasurements(practiceId, clientId)).filter((m) => m.status === 'completed' && m.scores);
  if (rows.length === 0) return null;
  const instrumentOf = await instrumentsForMeasurements(practiceId, rows);
  const latest = rows
    .map((row) => ({ row, instrument: instrumentOf(row) }))
    // The check-in has a demands dimension too, but four broad scores are no basis for the intake's suggestions.
    .filter(
      (x): x is { row: (typeof rows)[number]; instrument: Instrument } =>
        Boolean(x.instrument?.dimensions.some((d) => d.group === 'job_demands')) && x.instrument?.key !== CHECK_IN_KEY,
    )
    .sort((a, b) => (b.row.completedAt?.getTime() ?? 0) - (a.row.completedAt?.getTime() ?? 0))[0];
  if (!latest) return null;
  return {
    measurementId: latest.row.id,
    completedAt: latest.row.completedAt,
    instrument: latest.instrument,
    inputFor: (set) => suggestionInputFromScores(latest.instrument, latest.row.scores, set),
  };
}
