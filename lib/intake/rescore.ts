import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import {
  answerValues,
  customInstrumentVersions,
  indexPointsOf,
  insertAuditEntries,
  lockOlderScored,
  type OlderScored,
  practiceComponentSet,
  practicesWithOlderScores,
  replaceIndexPoints,
  setScoringVersion,
  writeRescoredScores,
} from '@/db/queries/rescore';
import type { AuditAction } from '@/lib/audit';
import { getInstrument, type Instrument } from '@/lib/instruments';
import { type ComponentSet, parseComponentSet } from '@/lib/scoring/component-sets';
import { scoreFromDimensions, scoreMeasurement } from '@/lib/scoring/score';
import type { Answers } from '@/lib/scoring/types';
import { SCORING_RULES_VERSION } from '@/lib/scoring/version';
import { instrumentFromRow } from './instrument-row';
import { type StoredRecord, storedComponentSet, storedDimensions, storedRecord } from './stored-scores';

// No `server-only` in this module's imports (type-only imports aside): db/migrate.ts runs it before the app starts.

/** Measurements per transaction: each batch locks, recomputes and writes its rows, then lets go. */
const BATCH = 200;

const RESCORED: AuditAction = 'measurement.rescored';

export type RescoreOutcome = {
  /** Stored under older rules and computed again (changed: their stored values differ now). */
  checked: number;
  changed: number;
  /** Left as they are: their instrument (version) is unknown or no longer parses. */
  left: Array<{ practiceId: string; measurementId: string; instrument: string }>;
  /** Practices whose recompute stopped on an error: their remaining rows are tried again at the next start-up. */
  failed: Array<{ practiceId: string; error: string }>;
};

/**
 * What completion would store for this measurement today: its answers scored again (the same functions as
 * completeMeasurement), under the component set its stored indices were built with (else the practice's), so only
 * what the rules give changes, not the practice setting it was read under. A measurement with no answers at all
 * (written whole by a seed) is computed from its stored dimension scores instead, which the rules after them use.
 */
function recomputedRecord(
  instrument: Instrument,
  row: Pick<OlderScored, 'scores'>,
  answers: Answers | undefined,
  practiceSet: ComponentSet,
): StoredRecord {
  const set = storedComponentSet(row.scores) ?? practiceSet;
  const scores = answers ? scoreMeasurement(instrument, answers, set) : scoreFromDimensions(instrument, storedDimensions(row.scores), set);
  return storedRecord(instrument, scores);
}

type StoredPoint = Awaited<ReturnType<typeof indexPointsOf>>[number];

/**
 * What of the row differs from what `record` would write: nothing; only its index points (how the practice median reads
 * them, nothing the coach sees); or what the coach sees (scores, flags, the attention list), which is audited.
 */
function difference(row: OlderScored, points: StoredPoint[], record: StoredRecord): 'none' | 'points' | 'seen' {
  const seen =
    isDeepStrictEqual(row.scores, record.scores) &&
    isDeepStrictEqual(row.attentionRiskSets ?? [], record.attention.attentionRiskSets) &&
    row.attentionBurnout === record.attention.attentionBurnout &&
    row.attentionFlags === record.attention.attentionFlags;
  if (!seen) return 'seen';
  const bySet = (a: { componentSet: string }, b: { componentSet: string }) => a.componentSet.localeCompare(b.componentSet);
  const stored = points.map((p) => ({
    componentSet: p.componentSet,
    components: p.components,
    demands: p.demands,
    resources: p.resources,
  }));
  return isDeepStrictEqual(stored.sort(bySet), [...record.indexPoints].sort(bySet)) ? 'none' : 'points';
}

type Batch = { lastId: string; checked: number; changed: number; left: RescoreOutcome['left'] };

/** One batch of a practice, in one transaction; null when the practice has none left after `afterId`. */
async function rescoreBatch(practiceId: string, practiceSet: ComponentSet, afterId: string | null, ex: Executor): Promise<Batch | null> {
  const rows = await lockOlderScored(practiceId, SCORING_RULES_VERSION, afterId, BATCH, ex);
  if (rows.length === 0) return null;
  const ids = rows.map((r) => r.id);
  const customIds = [...new Set(rows.flatMap((r) => (r.customInstrumentId ? [r.customInstrumentId] : [])))];
  const [customRows, answerRows, pointRows] = await Promise.all([
    customIds.length > 0 ? customInstrumentVersions(practiceId, customIds, ex) : [],
    answerValues(practiceId, ids, ex),
    indexPointsOf(practiceId, ids, ex),
  ]);
  const custom = new Map(customRows.map((r) => [r.id, instrumentFromRow(r)]));
  const answers = new Map<string, Record<string, number | null>>();
  for (const a of answerRows) {
    const map = answers.get(a.measurementId) ?? {};
    map[a.itemKey] = a.value;
    answers.set(a.measurementId, map);
  }
  const left: RescoreOutcome['left'] = [];
  const versionOnly: string[] = [];
  const rewritten: Parameters<typeof replaceIndexPoints>[1][number][] = [];
  const audits = [];
  const pointsOf = new Map<string, StoredPoint[]>();
  for (const p of pointRows) pointsOf.set(p.measurementId, [...(pointsOf.get(p.measurementId) ?? []), p]);
  for (const row of rows) {
    const instrument = row.customInstrumentId
      ? (custom.get(row.customInstrumentId) ?? null)
      : (getInstrument(row.instrumentKey, row.instrumentVersion) ?? null);
    if (!instrument || !row.completedAt) {
      left.push({ practiceId, measurementId: row.id, instrument: `${row.instrumentKey}@${row.instrumentVersion}` });
      continue;
    }
    const record = recomputedRecord(instrument, row, answers.get(row.id), practiceSet);
    const differs = difference(row, pointsOf.get(row.id) ?? [], record);
    if (differs === 'none') {
      versionOnly.push(row.id);
      continue;
    }
    rewritten.push({
      measurement: { id: row.id, clientId: row.clientId, instrumentKey: instrument.key, completedAt: row.completedAt },
      record,
    });
    if (differs === 'points') {
      versionOnly.push(row.id);
      continue;
    }
    await writeRescoredScores(practiceId, row.id, record, ex);
    // The system changed what the coach sees of this measurement (its flags, the attention list): in its audit trail.
    audits.push({
      practiceId,
      actorUserId: null,
      actorKind: 'system' as const,
      action: RESCORED,
      entityType: 'measurement',
      entityId: row.id,
      metadata: { scoringVersion: record.scoringVersion, previousScoringVersion: row.scoringVersion },
    });
  }
  await setScoringVersion(practiceId, versionOnly, SCORING_RULES_VERSION, ex);
  await replaceIndexPoints(practiceId, rewritten, ex);
  await insertAuditEntries(audits, ex);
  return { lastId: ids[ids.length - 1] as string, checked: rows.length - left.length, changed: audits.length, left };
}

/**
 * The start-up upgrade (db/migrate.ts, after the migrations): every completed measurement whose scores were stored
 * under older scoring rules (lib/scoring/version.ts) gets what completion would store today, so the dashboard's
 * attention list, which reads the stored values, agrees with the results page, which scores anew. Practice by practice
 * (their custom instruments and component set), in batches of BATCH, each batch one transaction with its audit entries.
 * Idempotent: a recomputed row carries the current version and is not read again. Answers are only read. A
 * measurement whose instrument is unknown is left as it is (and read again at the next start-up).
 */
export async function rescoreOlderMeasurements(db: Database, { lockTimeoutMs = 5_000 } = {}): Promise<RescoreOutcome> {
  const outcome: RescoreOutcome = { checked: 0, changed: 0, left: [], failed: [] };
  for (const practiceId of await practicesWithOlderScores(SCORING_RULES_VERSION, db)) {
    // One practice's failure (a row locked too long, a database error) leaves its remaining rows for the next start-up
    // and does not keep the other practices from theirs; committed batches stay.
    try {
      const practiceSet = parseComponentSet(await practiceComponentSet(practiceId, db));
      let afterId: string | null = null;
      for (;;) {
        const from: string | null = afterId;
        const batch: Batch | null = await db.transaction(async (tx) => {
          // Start-up holds the migration lock: a row another instance holds is not waited for long.
          await tx.execute(sql.raw(`set local lock_timeout = ${Math.round(lockTimeoutMs)}`));
          return rescoreBatch(practiceId, practiceSet, from, tx);
        });
        if (!batch) break;
        outcome.checked += batch.checked;
        outcome.changed += batch.changed;
        outcome.left.push(...batch.left);
        afterId = batch.lastId;
      }
    } catch (error) {
      // PostgreSQL's own message (Drizzle wraps it with the statement): no client data.
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      outcome.failed.push({ practiceId, error: cause instanceof Error ? cause.message : String(cause) });
    }
  }
  return outcome;
}

/** One line for the start-up log (never client data: counts and instrument keys); null when there was nothing to do. */
export function rescoreLogLine(outcome: RescoreOutcome): string | null {
  const lines: string[] = [];
  if (outcome.checked > 0)
    lines.push(
      `Scores of ${outcome.checked} completed measurement(s) computed again under scoring rules version ${SCORING_RULES_VERSION} (${outcome.changed} changed).`,
    );
  if (outcome.left.length > 0) {
    const instruments = [...new Set(outcome.left.map((l) => l.instrument))].sort().join(', ');
    lines.push(
      `${outcome.left.length} completed measurement(s) left under older scoring rules: their instrument is unknown or no longer parses (${instruments}).`,
    );
  }
  for (const f of outcome.failed) {
    lines.push(
      `The recompute of practice ${f.practiceId} stopped (${f.error}); its remaining measurements are tried again at the next start.`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
