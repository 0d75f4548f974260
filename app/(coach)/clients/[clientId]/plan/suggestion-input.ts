import 'server-only';
import { listClientMeasurements } from '@/db/queries/measurements';
import type { Instrument } from '@/lib/instruments/types';
import { instrumentsForMeasurements } from '@/lib/intake/service';
import { storedIndices } from '@/lib/intake/stored-scores';
import type { SuggestionInput } from '@/lib/plans/types';
import { dimensionFlags } from '@/lib/scoring/flags';
import { burnoutSignals } from '@/lib/scoring/signals';
import type { MeasurementScores } from '@/lib/scoring/types';

/**
 * What the suggestion rules read: the latest completed measurement of an instrument that measures job
 * demands (the intake, not a check-in). Scores stay on the coach's page; they never reach a plan item.
 */
export async function latestIntakeInput(
  practiceId: string,
  clientId: string,
): Promise<{ measurementId: string; completedAt: Date | null; instrument: Instrument; input: SuggestionInput } | null> {
  const rows = (await listClientMeasurements(practiceId, clientId)).filter((m) => m.status === 'completed' && m.scores);
  if (rows.length === 0) return null;
  const instrumentOf = await instrumentsForMeasurements(practiceId, rows);
  const latest = rows
    .map((row) => ({ row, instrument: instrumentOf(row) }))
    .filter((x): x is { row: (typeof rows)[number]; instrument: Instrument } =>
      Boolean(x.instrument?.dimensions.some((d) => d.group === 'job_demands')),
    )
    .sort((a, b) => (b.row.completedAt?.getTime() ?? 0) - (a.row.completedAt?.getTime() ?? 0))[0];
  if (!latest) return null;
  const scores = latest.row.scores as unknown as MeasurementScores & { profile?: { key?: string } };
  if (!scores.dimensions || !scores.subscales) return null;
  const dimensions: Record<string, number> = {};
  for (const [key, result] of Object.entries(scores.dimensions)) if (result.status === 'scored') dimensions[key] = result.score;
  const indices: SuggestionInput['indices'] = {};
  for (const [key, result] of Object.entries(storedIndices(scores)))
    if (result?.status === 'scored') indices[key as keyof SuggestionInput['indices']] = result.score;
  return {
    measurementId: latest.row.id,
    completedAt: latest.row.completedAt,
    instrument: latest.instrument,
    input: {
      flags: dimensionFlags(latest.instrument, scores),
      dimensions,
      indices,
      burnoutFlag: burnoutSignals(latest.instrument, scores).length > 0,
      profile: typeof scores.profile?.key === 'string' ? scores.profile.key : null,
    },
  };
}
