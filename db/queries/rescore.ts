// No `server-only` marker here (nor in what this imports): db/migrate.ts runs the start-up recompute that reads and
// writes through these before any app runs (the launcher, the tests' global setup, a restore), outside Next.js.
import { and, asc, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { StoredRecord } from '@/lib/intake/stored-scores';
import type { Executor } from '../client';
import { auditLog, customInstruments, measurementAnswers, measurementIndexPoints, measurements, practices } from '../schema';
import type { AuditInsert } from './audit';

/** Completed, with scores stored under rules older than `version` (or before versions were stored). */
const storedUnder = (version: number) =>
  and(eq(measurements.status, 'completed'), or(isNull(measurements.scoringVersion), lt(measurements.scoringVersion, version)));

/**
 * The practices with a completed measurement scored under rules older than `version`. Across practices by nature: the
 * start-up step then works practice by practice. One pass over the table, once per start-up.
 */
export async function practicesWithOlderScores(version: number, ex: Executor): Promise<string[]> {
  const rows = await ex.selectDistinct({ practiceId: measurements.practiceId }).from(measurements).where(storedUnder(version));
  return rows.map((r) => r.practiceId);
}

/** The practice's component set setting (what completion asks for). */
export async function practiceComponentSet(practiceId: string, ex: Executor): Promise<string | null> {
  const [row] = await ex.select({ set: practices.indexComponentSet }).from(practices).where(eq(practices.id, practiceId));
  return row?.set ?? null;
}

/**
 * The next `limit` such measurements of the practice after `afterId`, in id order, locked until the transaction ends
 * (a reopening under way is waited for, and then seen: the row no longer matches).
 */
export function lockOlderScored(practiceId: string, version: number, afterId: string | null, limit: number, ex: Executor) {
  return ex
    .select({
      id: measurements.id,
      clientId: measurements.clientId,
      completedAt: measurements.completedAt,
      instrumentKey: measurements.instrumentKey,
      instrumentVersion: measurements.instrumentVersion,
      customInstrumentId: measurements.customInstrumentId,
      scores: measurements.scores,
      scoringVersion: measurements.scoringVersion,
      attentionRiskSets: measurements.attentionRiskSets,
      attentionBurnout: measurements.attentionBurnout,
      attentionFlags: measurements.attentionFlags,
    })
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), storedUnder(version), afterId ? gt(measurements.id, afterId) : undefined))
    .orderBy(asc(measurements.id))
    .limit(limit)
    .for('update');
}
export type OlderScored = Awaited<ReturnType<typeof lockOlderScored>>[number];

/** The scale values of these measurements' answers (read only). */
export function answerValues(practiceId: string, measurementIds: string[], ex: Executor) {
  return ex
    .select({ measurementId: measurementAnswers.measurementId, itemKey: measurementAnswers.itemKey, value: measurementAnswers.value })
    .from(measurementAnswers)
    .where(and(eq(measurementAnswers.practiceId, practiceId), inArray(measurementAnswers.measurementId, measurementIds)));
}

/** The practice's custom instrument versions with these ids. */
export function customInstrumentVersions(practiceId: string, ids: string[], ex: Executor) {
  return ex
    .select({
      id: customInstruments.id,
      key: customInstruments.key,
      version: customInstruments.version,
      definition: customInstruments.definition,
    })
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), inArray(customInstruments.id, ids)));
}

/** The stored index points of these measurements (the practice median's rows). */
export function indexPointsOf(practiceId: string, measurementIds: string[], ex: Executor) {
  return ex
    .select({
      measurementId: measurementIndexPoints.measurementId,
      clientId: measurementIndexPoints.clientId,
      completedAt: measurementIndexPoints.completedAt,
      componentSet: measurementIndexPoints.componentSet,
      components: measurementIndexPoints.components,
      demands: measurementIndexPoints.demands,
      resources: measurementIndexPoints.resources,
    })
    .from(measurementIndexPoints)
    .where(and(eq(measurementIndexPoints.practiceId, practiceId), inArray(measurementIndexPoints.measurementId, measurementIds)));
}

/** Measurements whose stored values the current rules give again: only the version changes. */
export async function setScoringVersion(practiceId: string, measurementIds: string[], version: number, ex: Executor) {
  if (measurementIds.length === 0) return;
  await ex
    .update(measurements)
    .set({ scoringVersion: version })
    .where(and(eq(measurements.practiceId, practiceId), inArray(measurements.id, measurementIds), eq(measurements.status, 'completed')));
}

/**
 * A completed measurement's stored values as the current rules give them: scores, attention summary and version. Its
 * answers, status and completion time stay as they are; its index points are replaced with the batch's
 * (replaceIndexPoints).
 */
export async function writeRescoredScores(practiceId: string, measurementId: string, record: StoredRecord, ex: Executor) {
  await ex
    .update(measurements)
    .set({ scores: record.scores, ...record.attention, scoringVersion: record.scoringVersion, updatedAt: new Date() })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'completed')));
}

/**
 * The index points of a batch's measurements, replaced in two statements (one delete, one insert) however many there
 * are: an update of the rules that changes only how points are stored (scoring rules v5) rewrites every completed
 * measurement's points, and one statement per measurement kept a large practice's start-up busy for minutes.
 */
export async function replaceIndexPoints(
  practiceId: string,
  rows: ReadonlyArray<{ measurement: { id: string; clientId: string; instrumentKey: string; completedAt: Date }; record: StoredRecord }>,
  ex: Executor,
) {
  if (rows.length === 0) return;
  await ex.delete(measurementIndexPoints).where(
    and(
      eq(measurementIndexPoints.practiceId, practiceId),
      inArray(
        measurementIndexPoints.measurementId,
        rows.map((r) => r.measurement.id),
      ),
    ),
  );
  const values = rows.flatMap(({ measurement, record }) =>
    record.indexPoints.map((p) => ({
      practiceId,
      measurementId: measurement.id,
      clientId: measurement.clientId,
      instrumentKey: measurement.instrumentKey,
      completedAt: measurement.completedAt,
      ...p,
    })),
  );
  if (values.length > 0) await ex.insert(measurementIndexPoints).values(values);
}

/** The batch's audit entries, in its transaction (lib/audit.ts is for the app's requests; this runs before it). */
export async function insertAuditEntries(entries: AuditInsert[], ex: Executor) {
  if (entries.length > 0) await ex.insert(auditLog).values(entries);
}
