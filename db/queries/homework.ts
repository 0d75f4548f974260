import 'server-only';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { BaseValue } from '@/lib/autosave/bases';
import type { Localized } from '@/lib/instruments/types';
import { type Executor, getDb } from '../client';
import { customInstruments, type Homework, homework, homeworkAnswers } from '../schema';
import { consentGivenSql } from './consents';

/**
 * A "measure again" homework's own questionnaire name (`definition.name`, {nl, en}), read in the statement that reads the
 * homework (no statement per row): the version it was assigned with, which its measurement uses, so the name the client
 * sees in the questionnaire; the newest when that version is unknown. Null for forms and built-in instruments.
 */
export const customInstrumentNameSql = () =>
  sql<Partial<Localized> | null>`case when ${homework.template} = 'measure_again' then (
    select c.definition -> 'name' from ${customInstruments} c
    where c.practice_id = ${homework.practiceId} and c.key = ${homework.instrumentKey}
    order by c.version = ${homework.instrumentVersion} desc nulls last, c.version desc limit 1) end`.as('instrument_name');

/** Null when a homework with this id is already there: the same assignment sent again (see lib/ids/request-id.ts). */
export async function insertHomework(
  practiceId: string,
  values: Pick<Homework, 'clientId' | 'template' | 'instrumentKey' | 'instrumentVersion' | 'message' | 'dueDate' | 'assignedBy'> & {
    id?: string;
  },
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .insert(homework)
    .values({ practiceId, ...values })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The homework row, with its custom questionnaire's name for its title (and the reminder mail's). */
export async function findHomework(practiceId: string, homeworkId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ ...getTableColumns(homework), instrumentName: customInstrumentNameSql() })
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId)))
    .limit(1);
  return row ?? null;
}

/** A client's homework for the coach's tab, newest first, with how many fields have an answer. */
export function listClientHomework(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: homework.id,
      template: homework.template,
      instrumentKey: homework.instrumentKey,
      instrumentName: customInstrumentNameSql(),
      measurementId: homework.measurementId,
      message: homework.message,
      dueDate: homework.dueDate,
      status: homework.status,
      assignedAt: homework.assignedAt,
      submittedAt: homework.submittedAt,
      seenAt: homework.seenAt,
      remindedAt: homework.remindedAt,
      version: homework.version,
      answered: sql<number>`(select count(*)::int from ${homeworkAnswers} a where a.practice_id = ${homework.practiceId} and a.homework_id = ${homework.id} and a.value <> '')`,
    })
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.clientId, clientId)))
    .orderBy(desc(homework.assignedAt));
}

export async function listAnswers(practiceId: string, homeworkId: string, ex: Executor = getDb()): Promise<Record<string, string>> {
  const rows = await ex
    .select({ fieldKey: homeworkAnswers.fieldKey, value: homeworkAnswers.value })
    .from(homeworkAnswers)
    .where(and(eq(homeworkAnswers.practiceId, practiceId), eq(homeworkAnswers.homeworkId, homeworkId)))
    .orderBy(asc(homeworkAnswers.fieldKey));
  return Object.fromEntries(rows.map((r) => [r.fieldKey, r.value]));
}

/** The same with the moment each field was last saved (the coach's view dates an energy diary's days by it). */
export async function listAnswersSaved(
  practiceId: string,
  homeworkId: string,
  ex: Executor = getDb(),
): Promise<{ answers: Record<string, string>; savedAt: Record<string, Date> }> {
  const rows = await ex
    .select({ fieldKey: homeworkAnswers.fieldKey, value: homeworkAnswers.value, updatedAt: homeworkAnswers.updatedAt })
    .from(homeworkAnswers)
    .where(and(eq(homeworkAnswers.practiceId, practiceId), eq(homeworkAnswers.homeworkId, homeworkId)))
    .orderBy(asc(homeworkAnswers.fieldKey));
  return {
    answers: Object.fromEntries(rows.map((r) => [r.fieldKey, r.value])),
    savedAt: Object.fromEntries(rows.map((r) => [r.fieldKey, r.updatedAt])),
  };
}

/** One stored field, or null: what a save refused as stale compares with. */
export async function findAnswer(practiceId: string, homeworkId: string, fieldKey: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ value: homeworkAnswers.value })
    .from(homeworkAnswers)
    .where(
      and(eq(homeworkAnswers.practiceId, practiceId), eq(homeworkAnswers.homeworkId, homeworkId), eq(homeworkAnswers.fieldKey, fieldKey)),
    );
  return row ?? null;
}

/**
 * One field, written on its own; only while the form is open (not submitted) and the client's coaching
 * agreement is given (checked by the same statement). With `bases`, a value changed on another device meanwhile
 * is not overwritten (lib/autosave/bases.ts). Null when nothing was written.
 */
export async function upsertAnswer(
  practiceId: string,
  homeworkId: string,
  fieldKey: string,
  value: string,
  ex: Executor = getDb(),
  bases?: BaseValue[],
) {
  const now = new Date();
  const known = bases ? JSON.stringify(bases) : null;
  const rows = await ex.execute<{ field_key: string }>(sql`
    insert into ${homeworkAnswers} (practice_id, homework_id, field_key, value, updated_at)
    select ${practiceId}, ${homeworkId}, ${fieldKey}, ${value}, ${now.toISOString()}::timestamptz
    from ${homework} h
    where h.practice_id = ${practiceId} and h.id = ${homeworkId} and h.status in ('assigned', 'reopened')
      and ${consentGivenSql('coaching_agreement', sql`h.practice_id`, sql`h.client_id`)}
    for share
    on conflict (practice_id, homework_id, field_key) do update set value = excluded.value, updated_at = excluded.updated_at
      where ${known}::jsonb is null or ${homeworkAnswers.value} = excluded.value
        or ${known}::jsonb @> jsonb_build_array(${homeworkAnswers.value})
    returning field_key`);
  return rows.length === 1 ? now : null;
}

/** The homework row locked for handing in: a field save waits until the submission is decided. */
export async function lockHomework(practiceId: string, homeworkId: string, ex: Executor) {
  const [row] = await ex
    .select({ status: homework.status })
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId)))
    .for('update');
  return row ?? null;
}

export async function markSubmitted(practiceId: string, homeworkId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .update(homework)
    .set({ status: 'submitted', submittedAt: new Date(), version: sql`${homework.version} + 1`, updatedAt: new Date() })
    .where(and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId), inArray(homework.status, ['assigned', 'reopened'])))
    .returning();
  return row ?? null;
}

/** "Measure again" is handed in by completing its measurement, whoever completes it. */
export function markMeasurementHomeworkSubmitted(practiceId: string, measurementId: string, ex: Executor = getDb()) {
  return ex
    .update(homework)
    .set({ status: 'submitted', submittedAt: new Date(), version: sql`${homework.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(homework.practiceId, practiceId),
        eq(homework.measurementId, measurementId),
        inArray(homework.status, ['assigned', 'reopened']),
      ),
    )
    .returning({ id: homework.id, clientId: homework.clientId, template: homework.template });
}

/**
 * Takes back homework the client never handed in: the row goes, with a form's answers so far (cascade). Null when it
 * was handed in or changed meanwhile. "Measure again" returns the measurement it started, which the caller deletes in
 * the same transaction (deleteInProgressMeasurement: the homework points at it, so the homework goes first).
 */
export async function deleteUnsubmittedHomework(practiceId: string, homeworkId: string, version: number, ex: Executor = getDb()) {
  const [row] = await ex
    .delete(homework)
    .where(
      and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId), eq(homework.version, version), eq(homework.status, 'assigned')),
    )
    .returning({ id: homework.id, measurementId: homework.measurementId });
  return row ?? null;
}

export async function markReopened(practiceId: string, homeworkId: string, version: number, ex: Executor = getDb()) {
  const [row] = await ex
    .update(homework)
    .set({ status: 'reopened', version: sql`${homework.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(homework.practiceId, practiceId),
        eq(homework.id, homeworkId),
        eq(homework.version, version),
        eq(homework.status, 'submitted'),
      ),
    )
    .returning();
  return row ?? null;
}

/** The coach has looked at the submission: it leaves the "new submissions" list. */
export async function markSeen(practiceId: string, homeworkId: string, ex: Executor = getDb()) {
  await ex
    .update(homework)
    .set({ seenAt: new Date() })
    .where(
      and(
        eq(homework.practiceId, practiceId),
        eq(homework.id, homeworkId),
        eq(homework.status, 'submitted'),
        sql`(${homework.seenAt} is null or ${homework.seenAt} < ${homework.submittedAt})`,
      ),
    );
}

/** A reminder within this long after the last one is the same click again (a double click, "did it go?"). */
export const REMINDER_REPEAT_MS = 2 * 60_000;

/**
 * Notes a reminder on an open homework: `sent`; `repeat` when one was noted moments ago (nothing to send again);
 * `closed` when it was handed in (or is not there).
 */
export async function markReminded(practiceId: string, homeworkId: string, ex: Executor = getDb()): Promise<'sent' | 'repeat' | 'closed'> {
  const now = new Date();
  const open = and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId), inArray(homework.status, ['assigned', 'reopened']));
  const [row] = await ex
    .update(homework)
    .set({ remindedAt: now })
    .where(and(open, or(isNull(homework.remindedAt), lte(homework.remindedAt, new Date(now.getTime() - REMINDER_REPEAT_MS)))))
    .returning({ id: homework.id });
  if (row) return 'sent';
  const [still] = await ex.select({ id: homework.id }).from(homework).where(open);
  return still ? 'repeat' : 'closed';
}

export async function setHomeworkMeasurement(practiceId: string, homeworkId: string, measurementId: string, ex: Executor = getDb()) {
  await ex
    .update(homework)
    .set({ measurementId })
    .where(and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId)));
}
