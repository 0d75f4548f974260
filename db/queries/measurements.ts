import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { BaseValue } from '@/lib/autosave/bases';
import { TRIMMED_WHITESPACE } from '@/lib/intake/answers';
import { attentionSummary } from '@/lib/intake/stored-scores';
import { type Executor, getDb } from '../client';
import { type Measurement, measurementAnswers, measurementIndexPoints, measurements } from '../schema';
import { type AuditInsert, auditWith } from './audit';
import { consentGivenSql } from './consents';

export type AnswerRow = { itemKey: string; value: number | null; text: string | null; note: string | null };

/**
 * The two statements of every answer save are prepared once per connection (postgres.js caches them by
 * text), with placeholders, so PostgreSQL neither parses nor plans them again on each save.
 */
function memo<T>(build: (ex: Executor) => T): (ex: Executor) => T {
  const cache = new WeakMap<Executor, T>();
  return (ex) => {
    let value = cache.get(ex);
    if (value === undefined) {
      value = build(ex);
      cache.set(ex, value);
    }
    return value;
  };
}

const headStatement = memo((ex) =>
  ex
    .select({
      id: measurements.id,
      clientId: measurements.clientId,
      status: measurements.status,
      instrumentKey: measurements.instrumentKey,
      instrumentVersion: measurements.instrumentVersion,
      customInstrumentId: measurements.customInstrumentId,
    })
    .from(measurements)
    .where(and(eq(measurements.practiceId, sql.placeholder('practiceId')), eq(measurements.id, sql.placeholder('measurementId'))))
    .limit(1)
    .prepare('measurement_head'),
);

/** The columns a save needs; one indexed lookup by primary key. */
export async function findMeasurementHead(practiceId: string, measurementId: string, ex: Executor = getDb()) {
  const [row] = await headStatement(ex).execute({ practiceId, measurementId });
  return row ?? null;
}
export type MeasurementHead = NonNullable<Awaited<ReturnType<typeof findMeasurementHead>>>;

export async function findMeasurement(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<Measurement | null> {
  const [row] = await ex
    .select()
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId)))
    .limit(1);
  return row ?? null;
}

/** The measurement with its answers, in ONE statement (the intake and results pages): the answers as a JSON aggregate. */
export async function findMeasurementWithAnswers(
  practiceId: string,
  measurementId: string,
  ex: Executor = getDb(),
): Promise<{ measurement: Measurement; answers: AnswerRow[] } | null> {
  const [row] = await ex
    .select({
      measurement: measurements,
      answers: sql<
        AnswerRow[]
      >`(select coalesce(json_agg(json_build_object('itemKey', a.item_key, 'value', a.value, 'text', a.text, 'note', a.note)), '[]'::json)
        from measurement_answers a where a.practice_id = "measurements"."practice_id" and a.measurement_id = "measurements"."id")`,
    })
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId)))
    .limit(1);
  return row ?? null;
}

/** Locks the row against concurrent answer saves (they take a key-share lock) until the transaction ends. */
export async function lockMeasurement(practiceId: string, measurementId: string, ex: Executor): Promise<Measurement | null> {
  const [row] = await ex
    .select()
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId)))
    .for('update')
    .limit(1);
  return row ?? null;
}

export async function insertMeasurement(
  practiceId: string,
  values: {
    clientId: string;
    instrumentKey: string;
    instrumentVersion: number;
    customInstrumentId: string | null;
    administeredBy: 'coach' | 'client';
    createdBy: string | null;
  },
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .insert(measurements)
    .values({ practiceId, ...values })
    .returning({ id: measurements.id });
  if (!row) throw new Error('insert failed');
  return row;
}

const flag = (name: string) => sql`${sql.placeholder(name)}::boolean`;
const bases = sql`${sql.placeholder('bases')}::jsonb`;

// Columns in table order: practice_id, measurement_id, item_key, value, text, note, answered_by, updated_at.
const upsertStatement = memo((ex) =>
  ex
    .insert(measurementAnswers)
    .select(
      sql`select m.practice_id, m.id, ${sql.placeholder('itemKey')}::text, ${sql.placeholder('value')}::smallint,
            ${sql.placeholder('text')}::text, ${sql.placeholder('note')}::text, ${sql.placeholder('answeredBy')}::text, now()
          from ${measurements} m
          where m.practice_id = ${sql.placeholder('practiceId')}::uuid and m.id = ${sql.placeholder('measurementId')}::uuid
            and m.status = 'in_progress'
            and ${consentGivenSql('coaching_agreement', sql`m.practice_id`, sql`m.client_id`)}
          for key share`,
    )
    .onConflictDoUpdate({
      target: [measurementAnswers.practiceId, measurementAnswers.measurementId, measurementAnswers.itemKey],
      set: {
        value: sql`case when ${flag('setValue')} then excluded.value else ${measurementAnswers.value} end`,
        text: sql`case when ${flag('setText')} then excluded.text else ${measurementAnswers.text} end`,
        note: sql`case when ${flag('setNote')} then excluded.note else ${measurementAnswers.note} end`,
        answeredBy: sql`excluded.answered_by`,
        updatedAt: sql`excluded.updated_at`,
      },
      // With bases (lib/autosave/bases.ts): each field given is written only over a value its device knew, or over the
      // same value; otherwise the newer answer given elsewhere stays and nothing is written.
      setWhere: sql`${bases} is null or (
        (not ${flag('setValue')} or ${measurementAnswers.value} is not distinct from excluded.value
          or ${bases} @> jsonb_build_array(${measurementAnswers.value}))
        and (not ${flag('setText')} or ${measurementAnswers.text} is not distinct from excluded.text
          or ${bases} @> jsonb_build_array(${measurementAnswers.text}))
        and (not ${flag('setNote')} or ${measurementAnswers.note} is not distinct from excluded.note
          or ${bases} @> jsonb_build_array(${measurementAnswers.note})))`,
    })
    .returning({ updatedAt: measurementAnswers.updatedAt })
    .prepare('measurement_answer_upsert'),
);

/**
 * One statement: writes the given fields of one answer, but only while the measurement is in progress and
 * the client's coaching agreement is given (GDPR art. 9(2)(a); checked by the same statement, no extra
 * round trip). The key-share lock makes a save wait for a completion that is under way, and then see it.
 * Fields left undefined keep their stored value; with `bases`, a field changed elsewhere meanwhile is not
 * overwritten (lib/autosave/bases.ts). Returns the save time, or null when nothing was written.
 */
export async function upsertAnswer(
  practiceId: string,
  measurementId: string,
  answer: { itemKey: string; value?: number | null; text?: string | null; note?: string | null; bases?: BaseValue[] },
  answeredBy: 'coach' | 'client',
  ex: Executor = getDb(),
): Promise<Date | null> {
  const [row] = await upsertStatement(ex).execute({
    bases: answer.bases ? JSON.stringify(answer.bases) : null,
    practiceId,
    measurementId,
    itemKey: answer.itemKey,
    value: answer.value ?? null,
    text: answer.text ?? null,
    note: answer.note ?? null,
    answeredBy,
    setValue: answer.value !== undefined,
    setText: answer.text !== undefined,
    setNote: answer.note !== undefined,
  });
  return row ? new Date(row.updatedAt) : null;
}

/** One stored answer, or null: what a save refused as stale compares with. */
export async function findAnswer(practiceId: string, measurementId: string, itemKey: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ value: measurementAnswers.value, text: measurementAnswers.text, note: measurementAnswers.note })
    .from(measurementAnswers)
    .where(
      and(
        eq(measurementAnswers.practiceId, practiceId),
        eq(measurementAnswers.measurementId, measurementId),
        eq(measurementAnswers.itemKey, itemKey),
      ),
    );
  return row ?? null;
}

export function listAnswers(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<AnswerRow[]> {
  return ex
    .select({
      itemKey: measurementAnswers.itemKey,
      value: measurementAnswers.value,
      text: measurementAnswers.text,
      note: measurementAnswers.note,
    })
    .from(measurementAnswers)
    .where(and(eq(measurementAnswers.practiceId, practiceId), eq(measurementAnswers.measurementId, measurementId)));
}

/** `scoringVersion`: the version of the rules that computed the scores (lib/intake/stored-scores.ts storedRecord). */
export async function markCompleted(
  practiceId: string,
  measurementId: string,
  stored: { scores: Record<string, unknown>; scoringVersion: number | null },
  ex: Executor = getDb(),
  completedAt: Date = new Date(),
): Promise<boolean> {
  const { scores, scoringVersion } = stored;
  const rows = await ex
    .update(measurements)
    // The dashboard's attention summary goes with the scores (small columns: the list reads no scores JSON).
    .set({ status: 'completed', scores, ...attentionSummary(scores), scoringVersion, completedAt, updatedAt: new Date() })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'in_progress')))
    .returning({ id: measurements.id });
  return rows.length === 1;
}

/** Back to in progress; the stored scores go too, so trends and the practice median skip it until it is completed again. */
export async function markReopened(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<boolean> {
  const rows = await ex
    .update(measurements)
    .set({
      status: 'in_progress',
      scores: null,
      attentionRiskSets: null,
      attentionBurnout: null,
      attentionFlags: null,
      scoringVersion: null,
      completedAt: null,
      updatedAt: new Date(),
    })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'completed')))
    .returning({ id: measurements.id });
  await ex
    .delete(measurementIndexPoints)
    .where(and(eq(measurementIndexPoints.practiceId, practiceId), eq(measurementIndexPoints.measurementId, measurementId)));
  return rows.length === 1;
}

/**
 * Deletes a measurement still in progress, with its answers so far (cascade): a "measure again" homework withdrawn
 * before the client completed it. Lock it first (lockMeasurement), so a completion or an answer save under way is
 * decided before. Returns how many answers went with it; null when it is not there or was completed.
 */
export async function deleteInProgressMeasurement(
  practiceId: string,
  measurementId: string,
  ex: Executor,
): Promise<{ answers: number } | null> {
  const [row] = await ex
    .delete(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'in_progress')))
    // Read in the statement's snapshot, before the cascade removes them.
    .returning({
      answers: sql<number>`(select count(*)::int from ${measurementAnswers} a
        where a.practice_id = ${measurements.practiceId} and a.measurement_id = ${measurements.id})`,
    });
  return row ? { answers: Number(row.answers) } : null;
}

/** Written at completion, in the same transaction: the small rows the practice median reads. */
export async function insertIndexPoints(
  practiceId: string,
  measurement: { id: string; clientId: string; instrumentKey: string; completedAt: Date },
  points: ReadonlyArray<{ componentSet: 'jdr_wide' | 'azw'; components: string; demands: number; resources: number }>,
  ex: Executor = getDb(),
) {
  if (points.length === 0) return;
  await ex
    .insert(measurementIndexPoints)
    .values(
      points.map((p) => ({
        practiceId,
        measurementId: measurement.id,
        clientId: measurement.clientId,
        instrumentKey: measurement.instrumentKey,
        completedAt: measurement.completedAt,
        ...p,
      })),
    )
    .onConflictDoNothing();
}

/** All measurements of one client, oldest first, with their stored scores (for the list, trend and quadrant path). */
export function listClientMeasurements(practiceId: string, clientId: string, ex: Executor = getDb(), logged?: AuditInsert) {
  // `logged`: an audit entry written by the same statement (the results page's "viewed" entry: auditWith).
  return (logged ? ex.with(auditWith(logged, ex)) : ex)
    .select({
      id: measurements.id,
      instrumentKey: measurements.instrumentKey,
      instrumentVersion: measurements.instrumentVersion,
      customInstrumentId: measurements.customInstrumentId,
      administeredBy: measurements.administeredBy,
      status: measurements.status,
      scores: measurements.scores,
      startedAt: measurements.startedAt,
      completedAt: measurements.completedAt,
      // As the form counts (lib/intake/form-layout.ts isAnswered): text of whitespace alone, "\n" too, is no answer.
      answered: sql<number>`(select count(*)::int from ${measurementAnswers} a
        where a.practice_id = ${measurements.practiceId} and a.measurement_id = ${measurements.id}
        and (a.value is not null or nullif(btrim(a.text, ${TRIMMED_WHITESPACE}), '') is not null))`,
    })
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.clientId, clientId)))
    .orderBy(asc(measurements.startedAt), asc(measurements.id));
}
export type ClientMeasurementRow = Awaited<ReturnType<typeof listClientMeasurements>>[number];

/**
 * Seed 003's median split applied to the caseload, like with like: per client the latest completed
 * measurement of THIS instrument key whose demands and work-resources indices were built from the same
 * components under the practice's component set; then the median of each index over those clients.
 * Reads only measurement_index_points through its (practice, instrument, set, components, client,
 * completed desc) index, and returns one row: no per-view scan of every measurement's JSON scores.
 */
export type MedianLike = { instrumentKey: string; componentSet: 'jdr_wide' | 'azw'; components: string };

/** The statement itself, exported so a test can EXPLAIN it. */
export function practiceMedianSql(practiceId: string, like: MedianLike) {
  // "nulls last" as the index has it (completed_at is never null): to the planner a plain "desc" means "nulls first",
  // and it then sorts every point again (an incremental sort, about a millisecond at 10,000 points).
  return sql`
    select percentile_cont(0.5) within group (order by latest.demands) as demands,
           percentile_cont(0.5) within group (order by latest.resources) as resources,
           count(*) as n
    from (
      select distinct on (p.client_id) p.demands, p.resources
      from ${measurementIndexPoints} p
      where p.practice_id = ${practiceId} and p.instrument_key = ${like.instrumentKey}
        and p.component_set = ${like.componentSet} and p.components = ${like.components}
      order by p.client_id, p.completed_at desc nulls last
    ) latest`;
}

export async function practiceMedian(
  practiceId: string,
  like: MedianLike,
  ex: Executor = getDb(),
): Promise<{ demands: number; resources: number; n: number } | null> {
  const rows = await ex.execute<{ demands: number | string | null; resources: number | string | null; n: number | string }>(
    practiceMedianSql(practiceId, like),
  );
  const row = rows[0];
  if (!row || Number(row.n) === 0 || row.demands === null || row.resources === null) return null;
  return { demands: Number(row.demands), resources: Number(row.resources), n: Number(row.n) };
}
