import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listAnswers } from '@/db/queries/measurements';
import { auditLog, measurements } from '@/db/schema';
import { jdrIntakeV1 } from '@/lib/instruments';
import { createTestClient, setCoachVisibility, valuesWhereHigh } from '@/lib/intake/test-fixtures';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { completeIntakeAction, reopenMeasurementAction, saveIntakeAnswerAction, startMeasurementAction } from './actions';

type Claims = Awaited<ReturnType<typeof createPractice>>;
let owner: Claims;
let colleague: Claims;
let clientId: string;

beforeAll(async () => {
  owner = await createPractice();
  colleague = await addCoach(owner.practiceId);
  clientId = await createTestClient(owner.practiceId, owner.userId);
});

async function startAs(claims: Claims, instrumentKey = 'jdr-intake', client = clientId) {
  actAs(claims);
  const result = await startMeasurementAction({ clientId: client, instrumentKey });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe('coach measurement actions', () => {
  it('start, save every answer, complete: scores stored and the results audit trail complete', async () => {
    const id = await startAs(owner);
    const values = valuesWhereHigh(jdrIntakeV1, ['job_demands', 'burnout']);
    const results = await Promise.all(Object.entries(values).map(([itemKey, value]) => saveIntakeAnswerAction(id, { itemKey, value })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await saveIntakeAnswerAction(id, { itemKey: 'energy_drains', text: 'Alles tegelijk' })).toMatchObject({ ok: true });
    expect(await completeIntakeAction(id)).toEqual({ ok: true, data: { alreadyCompleted: false } });
    const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(row?.status).toBe('completed');
    // Completed already (another tab, the client at home): harmless, and said, so the intake can tell the coach.
    expect(await completeIntakeAction(id)).toEqual({ ok: true, data: { alreadyCompleted: true } });
    // Every demand and burnout item at the high end, every other item at the low end (reverse items accounted for):
    // the demands and burnout indices score 100, the three others 0, each over all of its components.
    const indices = (row!.scores as { indices: Record<string, { status: string; score?: number }> }).indices;
    expect(Object.fromEntries(Object.entries(indices).map(([key, index]) => [key, [index.status, index.score]]))).toEqual({
      demands: ['scored', 100],
      work_resources: ['scored', 0],
      personal_resources: ['scored', 0],
      burnout: ['scored', 100],
      engagement: ['scored', 0],
    });
    const actions = (
      await getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.entityId, id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['measurement.started', 'measurement.completed']));
  });

  it('refuses bad input with field keys and writes nothing', async () => {
    const id = await startAs(owner);
    expect(await saveIntakeAnswerAction(id, { itemKey: 'workload_1', value: 7 })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { value: 'intake.valueOutOfScale' },
    });
    expect(await saveIntakeAnswerAction(id, { itemKey: 'made_up', value: 3 })).toMatchObject({
      ok: false,
      fieldErrors: { itemKey: 'intake.unknownItem' },
    });
    expect(await saveIntakeAnswerAction(id, { itemKey: 'workload_1', value: 'drie' as unknown as number })).toMatchObject({
      ok: false,
      fieldErrors: { value: 'intake.valueOutOfScale' },
    });
    expect(await saveIntakeAnswerAction('not-a-uuid', { itemKey: 'workload_1', value: 3 })).toMatchObject({
      ok: false,
      error: 'validation',
    });
    expect(await listAnswers(owner.practiceId, id)).toEqual([]);
  });

  it('refuses a completed measurement until a coach reopens it, which is audited', async () => {
    const id = await startAs(owner, 'check-in');
    await saveIntakeAnswerAction(id, { itemKey: 'demands_1', value: 2 });
    await completeIntakeAction(id);
    expect(await saveIntakeAnswerAction(id, { itemKey: 'demands_1', value: 5 })).toEqual({
      ok: false,
      error: 'forbidden',
      fieldErrors: { _form: 'intake.measurementCompleted' },
    });
    expect((await listAnswers(owner.practiceId, id))[0]?.value).toBe(2);
    expect(await reopenMeasurementAction({ measurementId: id })).toEqual({ ok: true, data: null });
    expect(await saveIntakeAnswerAction(id, { itemKey: 'demands_1', value: 5 })).toMatchObject({ ok: true });
    const reopened = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.entityId, id), eq(auditLog.action, 'measurement.reopened')));
    expect(reopened).toHaveLength(1);
    expect(reopened[0]?.metadata).toEqual({ instrumentKey: 'check-in', instrumentVersion: 1 });
  });

  it('a measurement of another practice is not found, and nothing is written', async () => {
    const id = await startAs(owner);
    const stranger = await createPractice('Andere praktijk');
    actAs(stranger);
    expect(await saveIntakeAnswerAction(id, { itemKey: 'workload_1', value: 3 })).toEqual({ ok: false, error: 'not_found' });
    expect(await completeIntakeAction(id)).toEqual({ ok: false, error: 'not_found' });
    expect(await reopenMeasurementAction({ measurementId: id })).toEqual({ ok: false, error: 'not_found' });
    expect(await startMeasurementAction({ clientId, instrumentKey: 'jdr-intake' })).toEqual({ ok: false, error: 'not_found' });
    expect(await listAnswers(owner.practiceId, id)).toEqual([]);
    const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(row?.status).toBe('in_progress');
  });

  it('a coach who may only see assigned clients cannot reach another coach’s client', async () => {
    const id = await startAs(owner);
    await setCoachVisibility(owner.practiceId, 'assigned');
    try {
      actAs(colleague);
      expect(await saveIntakeAnswerAction(id, { itemKey: 'workload_1', value: 3 })).toEqual({ ok: false, error: 'not_found' });
      expect(await startMeasurementAction({ clientId, instrumentKey: 'jdr-intake' })).toEqual({ ok: false, error: 'not_found' });
      expect(await listAnswers(owner.practiceId, id)).toEqual([]);
      const own = await createTestClient(owner.practiceId, colleague.userId, 'Eigen Cliënt');
      const mine = await startAs(colleague, 'check-in', own);
      expect(await saveIntakeAnswerAction(mine, { itemKey: 'demands_1', value: 3 })).toMatchObject({ ok: true });
    } finally {
      await setCoachVisibility(owner.practiceId, 'all');
    }
  });

  it('refuses an unknown instrument and a signed-out caller', async () => {
    actAs(owner);
    expect(await startMeasurementAction({ clientId, instrumentKey: 'bestaat-niet' })).toEqual({
      ok: false,
      error: 'not_found',
      fieldErrors: { instrumentKey: 'measurements.unknownInstrument' },
    });
    const id = await startAs(owner);
    actAs(null);
    expect(await saveIntakeAnswerAction(id, { itemKey: 'workload_1', value: 3 })).toEqual({ ok: false, error: 'unauthenticated' });
  });
});
