import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { measurementAnswers, measurements, type Measurement } from '../schema';

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
    })
    .returning({ updatedAt: measurementAnswers.updatedAt })
    .prepare('measurement_answer_upsert'),
);

/**
 * One statement: writes the given fields of one answer, but only while the measurement is in progress.
 * The key-share lock makes a save wait for a completion that is under way, and then see it.
 * Fields left undefined keep their stored value. Returns the save time, or null when nothing was written.
 */
export async function upsertAnswer(
  practiceId: string,
  measurementId: string,
  answer: { itemKey: string; value?: number | null; text?: string | null; note?: string | null },
  answeredBy: 'coach' | 'client',
  ex: Executor = getDb(),
): Promise<Date | null> {
  const [row] = await upsertStatement(ex).execute({
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

export function listAnswers(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<AnswerRow[]> {
  return ex
    .select({ itemKey: measurementAnswers.itemKey, value: measurementAnswers.value, text: measurementAnswers.text, note: measurementAnswers.note })
    .from(measurementAnswers)
    .where(and(eq(measurementAnswers.practiceId, practiceId), eq(measurementAnswers.measurementId, measurementId)));
}

export async function markCompleted(
  practiceId: string,
  measurementId: string,
  scores: Record<string, unknown>,
  ex: Executor = getDb(),
): Promise<boolean> {
  const rows = await ex
    .update(measurements)
    .set({ status: 'completed', scores, completedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'in_progress')))
    .returning({ id: measurements.id });
  return rows.length === 1;
}

/** Back to in progress; the stored scores go too, so trends and the practice median skip it until it is completed again. */
export async function markReopened(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<boolean> {
  const rows = await ex
    .update(measurements)
    .set({ status: 'in_progress', scores: null, completedAt: null, updatedAt: new Date() })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId), eq(measurements.status, 'completed')))
    .returning({ id: measurements.id });
  return rows.length === 1;
}

/** All measurements of one client, oldest first, with their stored scores (for the list, trend and quadrant path). */
export function listClientMeasurements(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
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
      answered: sql<number>`(select count(*)::int from ${measurementAnswers} a
        where a.practice_id = ${measurements.practiceId} and a.measurement_id = ${measurements.id}
        and (a.value is not null or nullif(btrim(a.text), '') is not null))`,
    })
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.clientId, clientId)))
    .orderBy(asc(measurements.startedAt), asc(measurements.id));
}
export type ClientMeasurementRow = Awaited<ReturnType<typeof listClientMeasurements>>[number];

/**
 * Seed 003's median split applied to the caseload: per client, the demands and work-resources index of
 * the latest completed measurement that has both. One query over the stored scores.
 */
export async function latestIndexPointsPerClient(practiceId: string, ex: Executor = getDb()) {
  const rows = await ex.execute<{ demands: number | string; resources: number | string }>(sql`
    select distinct on (m.client_id)
      (m.scores #>> '{indices,demands,score}')::float8 as demands,
      (m.scores #>> '{indices,work_resources,score}')::float8 as resources
    from ${measurements} m
    where m.practice_id = ${practiceId} and m.status = 'completed'
      and m.scores #>> '{indices,demands,status}' = 'scored'
      and m.scores #>> '{indices,work_resources,status}' = 'scored'
    order by m.client_id, m.completed_at desc
  `);
  return rows.map((r) => ({ demands: Number(r.demands), resources: Number(r.resources) }));
}
