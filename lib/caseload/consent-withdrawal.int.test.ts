import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { recordCoachingAgreement, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { lockClient } from '@/db/queries/clients';
import * as schema from '@/db/schema';
import { consents, homework, homeworkAnswers, measurementAnswers, measurementIndexPoints, measurements } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { assignHomework } from '@/lib/homework/service';
import { assignment } from '@/lib/homework/test-fixtures';
import { checkInV1 } from '@/lib/instruments';
import { completeMeasurement, measurementRef, saveAnswer, startMeasurement } from '@/lib/intake/service';
import { completeMeasurementHomework, saveHomeworkAnswer, saveMeasurementAnswer, submitHomework } from '@/lib/portal/service';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { auditFor, createPractice } from '@/lib/testing/fixtures';

/**
 * Health data needs the recorded coaching agreement (GDPR art. 9(2)(a)) for every write, not only when a
 * measurement is started or homework assigned: after a withdrawal, answers are neither saved nor handed in.
 */

// Every statement the app sends, counted (the answer saves must stay one statement: the consent check rides along).
let statements = 0;
let instrumented: postgres.Sql;
beforeAll(async () => {
  await closeDb();
  const url = process.env.DATABASE_URL!;
  instrumented = postgres(url, {
    max: 4,
    onnotice: () => {},
    debug: (_connection, query) => {
      // postgres.js looks up array types once per new connection: not the save's doing.
      if (!query.includes('pg_catalog.pg_type')) statements++;
    },
  });
  (globalThis as unknown as { __jdrDb: unknown }).__jdrDb = { url, sql: instrumented, db: drizzle(instrumented, { schema }) };
});
afterAll(async () => {
  await instrumented.end({ timeout: 5 });
});

async function countStatements(run: () => Promise<unknown>) {
  const before = statements;
  await run();
  return statements - before;
}

/** Append-only history: a later row wins (created_at is the statement time, so wait a tick). */
async function record(practiceId: string, clientId: string, by: string, action: 'given' | 'withdrawn') {
  await new Promise((r) => setTimeout(r, 5));
  await recordCoachingAgreement(practiceId, clientId, by, action);
}

async function setup() {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const row = await seedClient(actor.practiceId, actor.userId, { firstName: 'Eva' });
  const client = await requireClientAccess(actor, row.id);
  const who = { practiceId: actor.practiceId, clientId: client.id };
  const withdraw = () => record(actor.practiceId, client.id, actor.userId, 'withdrawn');
  const giveAgain = () => record(actor.practiceId, client.id, actor.userId, 'given');
  return { actor, client, who, withdraw, giveAgain };
}

async function measurementAnswersOf(practiceId: string, measurementId: string) {
  const rows = await getDb()
    .select({ itemKey: measurementAnswers.itemKey, value: measurementAnswers.value, note: measurementAnswers.note })
    .from(measurementAnswers)
    .where(and(eq(measurementAnswers.practiceId, practiceId), eq(measurementAnswers.measurementId, measurementId)));
  return Object.fromEntries(rows.map((r) => [r.itemKey, { value: r.value, note: r.note }]));
}

async function measurementRow(practiceId: string, measurementId: string) {
  const [row] = await getDb()
    .select()
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, measurementId)));
  return row!;
}

async function homeworkAnswersOf(practiceId: string, homeworkId: string) {
  const rows = await getDb()
    .select()
    .from(homeworkAnswers)
    .where(and(eq(homeworkAnswers.practiceId, practiceId), eq(homeworkAnswers.homeworkId, homeworkId)));
  return Object.fromEntries(rows.map((r) => [r.fieldKey, r.value]));
}

async function homeworkRow(practiceId: string, homeworkId: string) {
  const [row] = await getDb()
    .select()
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.id, homeworkId)));
  return row!;
}

const kinds = async (practiceId: string, clientId: string) => (await timelineKinds(practiceId, clientId)).map((e) => e.kind);
const actions = async (practiceId: string) => (await auditFor(practiceId)).map((a) => a.action);
const CONSENT_REFUSED = { ok: false, error: 'consent_required', fieldErrors: { _form: 'portal.homework.consentRequired' } };
const due = () => addDays(todayIn(), 7);

describe('a measurement after the coaching agreement is withdrawn', () => {
  it('refuses saving answers and completing it with consent_required, and writes nothing', async () => {
    const { actor, client, withdraw, giveAgain } = await setup();
    const { id } = await startMeasurement(actor.practiceId, {
      clientId: client.id,
      instrumentKey: 'jdr-intake',
      administeredBy: 'coach',
      createdBy: actor.userId,
    });
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach')).toMatchObject({ ok: true });
    // The coach's action passes the measurement it just looked up for the access check: the hot path.
    const head = (await measurementRef(actor.practiceId, id))!;

    await withdraw();
    // An answer changed, a new answer, a note: all refused, nothing stored.
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 5 }, 'coach', { head })).toEqual({
      ok: false,
      error: 'consent_required',
    });
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_2', value: 4 }, 'coach')).toEqual({
      ok: false,
      error: 'consent_required',
    });
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', note: 'Werkt door' }, 'client')).toEqual({
      ok: false,
      error: 'consent_required',
    });
    expect(await measurementAnswersOf(actor.practiceId, id)).toEqual({ workload_1: { value: 3, note: null } });

    expect(await completeMeasurement(actor.practiceId, id, { kind: 'coach', userId: actor.userId })).toEqual({
      ok: false,
      error: 'consent_required',
    });
    const row = await measurementRow(actor.practiceId, id);
    expect(row).toMatchObject({ status: 'in_progress', scores: null, completedAt: null });
    expect(await getDb().select().from(measurementIndexPoints).where(eq(measurementIndexPoints.measurementId, id))).toEqual([]);
    expect(await kinds(actor.practiceId, client.id)).not.toContain('measurement.completed');
    expect(await actions(actor.practiceId)).not.toContain('measurement.completed');

    // Given again: the same measurement can be filled in and completed.
    await giveAgain();
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 5 }, 'coach', { head })).toMatchObject({ ok: true });
    expect(await completeMeasurement(actor.practiceId, id, { kind: 'coach', userId: actor.userId })).toEqual({ ok: true, data: null });
    expect((await measurementRow(actor.practiceId, id)).status).toBe('completed');
  });

  it('keeps the other refusals apart: a completed measurement is still "completed", an unknown one "not found"', async () => {
    const { actor, client, withdraw } = await setup();
    const { id } = await startMeasurement(actor.practiceId, {
      clientId: client.id,
      instrumentKey: 'check-in',
      administeredBy: 'coach',
      createdBy: actor.userId,
    });
    expect(await completeMeasurement(actor.practiceId, id, { kind: 'coach', userId: actor.userId })).toEqual({ ok: true, data: null });
    await withdraw();
    expect(await saveAnswer(actor.practiceId, id, { itemKey: checkInV1.sections[0]!.items[0]!.key, value: 2 }, 'coach')).toEqual({
      ok: false,
      error: 'forbidden',
      fieldErrors: { _form: 'intake.measurementCompleted' },
    });
    // Completing again is the idempotent "already done", which writes nothing.
    expect(await completeMeasurement(actor.practiceId, id, { kind: 'coach', userId: actor.userId })).toEqual({ ok: true, data: null });
  });

  it('saving an answer stays one statement with the agreement in place', async () => {
    const { actor, client } = await setup();
    const { id } = await startMeasurement(actor.practiceId, {
      clientId: client.id,
      instrumentKey: 'jdr-intake',
      administeredBy: 'coach',
      createdBy: actor.userId,
    });
    const head = (await measurementRef(actor.practiceId, id))!;
    await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 1 }, 'coach', { head });
    const count = await countStatements(async () => {
      expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 2 }, 'coach', { head })).toMatchObject({ ok: true });
    });
    expect(count).toBe(1);
  });
});

describe('homework after the coaching agreement is withdrawn', () => {
  it('refuses saving a form field and handing the form in, with the client’s own message, and writes nothing', async () => {
    const { actor, client, who, withdraw, giveAgain } = await setup();
    const assigned = await assignHomework(actor, client, assignment('learning_reflection'));
    const homeworkId = assigned.ok ? assigned.data.homeworkId : '';
    for (const fieldKey of ['situation', 'learned', 'experiment']) {
      expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey, value: 'Iets' })).toMatchObject({ ok: true });
    }

    await withdraw();
    expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'situation', value: 'Iets anders' })).toEqual(CONSENT_REFUSED);
    expect(await homeworkAnswersOf(actor.practiceId, homeworkId)).toEqual({ situation: 'Iets', learned: 'Iets', experiment: 'Iets' });

    expect(await submitHomework(who, homeworkId)).toEqual(CONSENT_REFUSED);
    expect(await homeworkRow(actor.practiceId, homeworkId)).toMatchObject({ status: 'assigned', submittedAt: null, version: 1 });
    expect(await kinds(actor.practiceId, client.id)).not.toContain('homework.submitted');
    expect(await actions(actor.practiceId)).not.toContain('homework.submitted');

    await giveAgain();
    expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'situation', value: 'Iets anders' })).toMatchObject({ ok: true });
    expect(await submitHomework(who, homeworkId)).toEqual({ ok: true, data: null });
    expect((await homeworkRow(actor.practiceId, homeworkId)).status).toBe('submitted');
  });

  it('a form handed in meanwhile is still "already submitted" while the agreement is in place', async () => {
    const { actor, client, who } = await setup();
    const assigned = await assignHomework(actor, client, assignment('learning_reflection'));
    const homeworkId = assigned.ok ? assigned.data.homeworkId : '';
    for (const fieldKey of ['situation', 'learned', 'experiment']) await saveHomeworkAnswer(who, { homeworkId, fieldKey, value: 'Iets' });
    expect(await submitHomework(who, homeworkId)).toEqual({ ok: true, data: null });
    expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'situation', value: 'Later' })).toEqual({
      ok: false,
      error: 'already_submitted',
    });
  });

  it('refuses "measure again" answers and completing it, and the homework stays open', async () => {
    const { actor, client, who, withdraw } = await setup();
    const assigned = await assignHomework(actor, client, assignment('measure_again', 'check-in'));
    const homeworkId = assigned.ok ? assigned.data.homeworkId : '';
    const measurementId = (await homeworkRow(actor.practiceId, homeworkId)).measurementId!;
    const [first, second] = checkInV1.sections.flatMap((s) => s.items);
    expect(await saveMeasurementAnswer(who, homeworkId, { itemKey: first!.key, value: 3 })).toMatchObject({ ok: true });

    await withdraw();
    expect(await saveMeasurementAnswer(who, homeworkId, { itemKey: second!.key, value: 2 })).toEqual(CONSENT_REFUSED);
    expect(await measurementAnswersOf(actor.practiceId, measurementId)).toEqual({ [first!.key]: { value: 3, note: null } });
    expect(await completeMeasurementHomework(who, homeworkId)).toEqual(CONSENT_REFUSED);
    expect((await measurementRow(actor.practiceId, measurementId)).status).toBe('in_progress');
    expect((await homeworkRow(actor.practiceId, homeworkId)).status).toBe('assigned');
    expect(await kinds(actor.practiceId, client.id)).not.toContain('homework.submitted');
  });

  it('saving a form field adds no statement for the agreement', async () => {
    const { actor, client, who } = await setup();
    const assigned = await assignHomework(actor, client, assignment('learning_reflection'));
    const homeworkId = assigned.ok ? assigned.data.homeworkId : '';
    await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'situation', value: 'Eerst' });
    // Finding the client's own homework, then the one upsert.
    const count = await countStatements(async () => {
      expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'situation', value: 'Dan' })).toMatchObject({ ok: true });
    });
    expect(count).toBe(2);
  });
});

describe('a withdrawal being written while health data is', () => {
  /** As the consent service does: the client's row locked, then (a moment later) the withdrawal, committed together. */
  async function withdrawWhile<T>(actor: Actor, clientId: string, work: () => Promise<T>): Promise<T> {
    let pending: Promise<T> | undefined;
    await getDb().transaction(async (tx) => {
      await lockClient(actor.practiceId, clientId, tx);
      pending = work();
      await new Promise((r) => setTimeout(r, 300));
      await tx.insert(consents).values({
        practiceId: actor.practiceId,
        clientId,
        kind: 'coaching_agreement',
        action: 'withdrawn',
        textVersion: CONSENT_TEXT_VERSIONS.coaching_agreement,
        recordedBy: actor.userId,
      });
    });
    return pending!;
  }

  it('makes a completion wait for the withdrawal and then refuse it: no scores after a withdrawal', async () => {
    const { actor, client } = await setup();
    const { id } = await startMeasurement(actor.practiceId, {
      clientId: client.id,
      instrumentKey: 'jdr-intake',
      administeredBy: 'coach',
      createdBy: actor.userId,
    });
    expect(await saveAnswer(actor.practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach')).toMatchObject({ ok: true });
    const result = await withdrawWhile(actor, client.id, () =>
      completeMeasurement(actor.practiceId, id, { kind: 'coach', userId: actor.userId }),
    );
    expect(result).toEqual({ ok: false, error: 'consent_required' });
    expect(await measurementRow(actor.practiceId, id)).toMatchObject({ status: 'in_progress', scores: null });
    expect(await kinds(actor.practiceId, client.id)).not.toContain('measurement.completed');
  });

  it('makes new homework wait for the withdrawal and then refuse it: no homework, no mail', async () => {
    const { actor, client } = await setup();
    const result = await withdrawWhile(actor, client.id, () =>
      assignHomework(actor, client, { requestId: randomUUID(), template: 'energy_diary', instrumentKey: '', message: '', dueDate: due() }),
    );
    expect(result).toEqual({ ok: false, error: 'consent_required' });
    expect(await getDb().select().from(homework).where(eq(homework.clientId, client.id))).toEqual([]);
  });
});
