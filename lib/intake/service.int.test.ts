import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { recordCoachingAgreement } from '@/db/queries/client-test-fixtures';
import { listAnswers, lockMeasurement, markCompleted, practiceMedian } from '@/db/queries/measurements';
import { auditLog, measurements, timelineEvents } from '@/db/schema';
import { indexComponents, indexPointSignature } from '@/lib/scoring/component-sets';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { checkInV1, jdrIntakeV1 } from '../instruments';
import { batLikeInput } from '../instruments/test-fixtures';
import { saveCustomInstrument } from './custom-instruments';
import { completeMeasurement, loadMeasurementForFilling, reopenMeasurement, saveAnswer, startMeasurement } from './service';
import { createTestClient, valuesWhereHigh } from './test-fixtures';

let practiceId: string;
let coachId: string;
let clientId: string;

beforeAll(async () => {
  const owner = await createPractice();
  practiceId = owner.practiceId;
  coachId = owner.userId;
  clientId = await createTestClient(practiceId, coachId);
});

async function start(instrumentKey = 'jdr-intake', client = clientId) {
  return (await startMeasurement(practiceId, { clientId: client, instrumentKey, administeredBy: 'coach', createdBy: coachId })).id;
}

async function answerCount(measurementId: string) {
  return (await listAnswers(practiceId, measurementId)).length;
}

describe('startMeasurement', () => {
  it('records the instrument version, who administers it, and a timeline event without scores', async () => {
    const id = await start();
    const loaded = await loadMeasurementForFilling(practiceId, id);
    expect(loaded?.measurement).toMatchObject({
      instrumentKey: 'jdr-intake',
      instrumentVersion: 2,
      administeredBy: 'coach',
      status: 'in_progress',
      customInstrumentId: null,
    });
    const [event] = await getDb()
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.practiceId, practiceId), eq(timelineEvents.kind, 'measurement.started')));
    expect(event?.data).toEqual({ measurementId: id, instrument: 'jdr_intake', name: 'JD-R-intake', by: 'coach' });
  });

  it('puts a custom instrument on the timeline by its name in both languages', async () => {
    const saved = await saveCustomInstrument(practiceId, coachId, {
      definition: { ...batLikeInput(), name: { nl: 'Werkdrukscan', en: 'Workload scan' } },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const id = await start(saved.data.key);
    const [event] = (
      await getDb()
        .select()
        .from(timelineEvents)
        .where(and(eq(timelineEvents.practiceId, practiceId), eq(timelineEvents.kind, 'measurement.started')))
    ).filter((e) => e.data.measurementId === id);
    expect(event?.data).toEqual({
      measurementId: id,
      instrument: 'custom_bilingual',
      name: 'Werkdrukscan',
      nameEn: 'Workload scan',
      by: 'coach',
    });
  });

  it('leaves the coach’s notes out when loading for the client', async () => {
    const id = await start('check-in');
    await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 4 }, 'coach');
    await saveAnswer(practiceId, id, { itemKey: 'demands_1', note: 'Privé voor de coach' }, 'coach');
    expect((await loadMeasurementForFilling(practiceId, id))?.answers.demands_1).toEqual({
      value: 4,
      text: null,
      note: 'Privé voor de coach',
    });
    expect((await loadMeasurementForFilling(practiceId, id, { forClient: true }))?.answers.demands_1).toEqual({
      value: 4,
      text: null,
      note: null,
    });
  });

  it('refuses an instrument that does not exist', async () => {
    await expect(start('no-such-instrument')).rejects.toThrow('instrument not found');
  });
});

describe('saveAnswer', () => {
  it('saves each answer on its own: two tabs saving different items at once keep all answers', async () => {
    const id = await start();
    const keys = Object.keys(valuesWhereHigh(jdrIntakeV1, [])).slice(0, 20);
    const tabA = keys.filter((_, i) => i % 2 === 0);
    const tabB = keys.filter((_, i) => i % 2 === 1);
    const results = await Promise.all([
      ...tabA.map((itemKey) => saveAnswer(practiceId, id, { itemKey, value: 2 }, 'coach')),
      ...tabB.map((itemKey) => saveAnswer(practiceId, id, { itemKey, value: 4 }, 'coach')),
      saveAnswer(practiceId, id, { itemKey: 'energy_drains', text: 'De vele overleggen' }, 'coach'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const answers = await listAnswers(practiceId, id);
    expect(answers).toHaveLength(21);
    for (const key of tabA) expect(answers.find((a) => a.itemKey === key)?.value).toBe(2);
    for (const key of tabB) expect(answers.find((a) => a.itemKey === key)?.value).toBe(4);
  });

  it('updates only the fields it is given: a note keeps the value, a new value keeps the note', async () => {
    const id = await start();
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach');
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', note: 'Werkt elke avond door' }, 'coach');
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 5 }, 'coach');
    const [answer] = await listAnswers(practiceId, id);
    expect(answer).toEqual({ itemKey: 'workload_1', value: 5, text: null, note: 'Werkt elke avond door' });
    const result = await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: null }, 'coach');
    expect(result.ok && typeof result.data.savedAt).toBe('string');
    expect((await listAnswers(practiceId, id))[0]?.value).toBeNull();
  });

  it('keeps an answer given elsewhere over an older one that waited on another device (stale, with the kept answer)', async () => {
    const id = await start();
    // The phone saw 3 and queued 2 while its session was gone; the laptop then gave 5.
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach');
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 5, bases: [3] }, 'coach');
    const refused = await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 2, bases: [3] }, 'client');
    expect(refused).toEqual({ ok: false, error: 'stale', params: { current: '5' } });
    expect((await listAnswers(practiceId, id))[0]).toMatchObject({ value: 5 });
    // Text and a cleared value come back the same way.
    await saveAnswer(practiceId, id, { itemKey: 'energy_drains', text: 'Vergaderingen', bases: [null] }, 'coach');
    expect(await saveAnswer(practiceId, id, { itemKey: 'energy_drains', text: 'Mails', bases: [null] }, 'client')).toMatchObject({
      error: 'stale',
      params: { current: '"Vergaderingen"' },
    });
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: null, bases: [5] }, 'coach');
    expect(await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 4, bases: [5] }, 'client')).toMatchObject({
      error: 'stale',
      params: { current: 'null' },
    });
  });

  it('writes over a value its device knew or may have sent itself, the same value, and without bases as before', async () => {
    const id = await start();
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach');
    // 4 was sent and stored but its answer lost; 5 replaces it in the queue with both as bases.
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 4, bases: [3] }, 'coach');
    expect((await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 5, bases: [3, 4] }, 'coach')).ok).toBe(true);
    // Sent twice: the second finds its own value.
    expect((await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 5, bases: [3, 4] }, 'coach')).ok).toBe(true);
    // A new answer (no row yet) needs no base, and an old queue entry without bases is the last to arrive.
    expect((await saveAnswer(practiceId, id, { itemKey: 'workload_2', value: 1, bases: [2] }, 'coach')).ok).toBe(true);
    expect((await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 1 }, 'coach')).ok).toBe(true);
    const answers = await listAnswers(practiceId, id);
    expect(answers.find((a) => a.itemKey === 'workload_1')?.value).toBe(1);
    expect(answers.find((a) => a.itemKey === 'workload_2')?.value).toBe(1);
  });

  it('compares only the field it writes: a note from one device and a value from another both stay', async () => {
    const id = await start();
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach');
    await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 4, bases: [3] }, 'coach');
    expect((await saveAnswer(practiceId, id, { itemKey: 'workload_1', note: 'Van de laptop', bases: [null] }, 'coach')).ok).toBe(true);
    expect(await listAnswers(practiceId, id)).toEqual([{ itemKey: 'workload_1', value: 4, text: null, note: 'Van de laptop' }]);
  });

  it('refuses, writing nothing: a value outside the scale, an unknown item, text on a scale item', async () => {
    const id = await start();
    expect(await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 6 }, 'coach')).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { value: 'intake.valueOutOfScale' },
    });
    expect(await saveAnswer(practiceId, id, { itemKey: 'workload_1', value: 2.5 }, 'coach')).toMatchObject({
      ok: false,
      fieldErrors: { value: 'intake.valueOutOfScale' },
    });
    // An item of another instrument (the check-in) is not in this version of the intake.
    expect(await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 3 }, 'coach')).toMatchObject({
      ok: false,
      fieldErrors: { itemKey: 'intake.unknownItem' },
    });
    expect(await saveAnswer(practiceId, id, { itemKey: 'workload_1', text: 'veel' }, 'coach')).toMatchObject({
      ok: false,
      fieldErrors: { text: 'intake.textNotAllowed' },
    });
    expect(await answerCount(id)).toBe(0);
  });

  it('refuses a measurement of another practice, or one that does not exist, as not found', async () => {
    const id = await start();
    const other = await createPractice('Andere praktijk');
    expect(await saveAnswer(other.practiceId, id, { itemKey: 'workload_1', value: 3 }, 'coach')).toEqual({ ok: false, error: 'not_found' });
    expect(await saveAnswer(practiceId, '00000000-0000-4000-8000-000000000000', { itemKey: 'workload_1', value: 3 }, 'coach')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await saveAnswer(practiceId, 'not-a-uuid', { itemKey: 'workload_1', value: 3 }, 'coach')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await answerCount(id)).toBe(0);
  });

  it('refuses an answer to a completed measurement, also one racing the completion', async () => {
    const id = await start('check-in');
    await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 3 }, 'coach');
    const [late, done] = await Promise.all([
      (async () => {
        await new Promise((r) => setTimeout(r, 0));
        return saveAnswer(practiceId, id, { itemKey: 'demands_2', value: 4 }, 'coach');
      })(),
      completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId }),
    ]);
    expect(done.ok).toBe(true);
    const stored = await listAnswers(practiceId, id);
    if (late.ok) {
      // The save got in before the lock: then it is part of the stored scores.
      const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
      expect((row!.scores as { dimensions: { demands: { answered: number } } }).dimensions.demands.answered).toBe(2);
    } else {
      expect(late).toEqual({ ok: false, error: 'forbidden', fieldErrors: { _form: 'intake.measurementCompleted' } });
      expect(stored).toHaveLength(1);
    }
    expect(await saveAnswer(practiceId, id, { itemKey: 'demands_3', value: 1 }, 'coach')).toEqual({
      ok: false,
      error: 'forbidden',
      fieldErrors: { _form: 'intake.measurementCompleted' },
    });
    expect((await listAnswers(practiceId, id)).some((a) => a.itemKey === 'demands_3')).toBe(false);
  });

  it('waits for a completion under way and then writes nothing', async () => {
    const id = await start('check-in');
    let save: ReturnType<typeof saveAnswer> | undefined;
    await getDb().transaction(async (tx) => {
      await lockMeasurement(practiceId, id, tx);
      save = saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 3 }, 'coach');
      await new Promise((r) => setTimeout(r, 150));
      await markCompleted(practiceId, id, { scores: {}, scoringVersion: null }, tx);
    });
    expect(await save).toEqual({ ok: false, error: 'forbidden', fieldErrors: { _form: 'intake.measurementCompleted' } });
    expect(await answerCount(id)).toBe(0);
  });
});

describe('completeMeasurement and reopenMeasurement', () => {
  it('stores the scores, locks the measurement, and records timeline and audit without health data', async () => {
    const id = await start();
    const values = valuesWhereHigh(jdrIntakeV1, ['job_demands', 'burnout']);
    for (const [itemKey, value] of Object.entries(values)) await saveAnswer(practiceId, id, { itemKey, value }, 'coach');
    expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId })).toEqual({ ok: true, data: null });
    const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(row?.status).toBe('completed');
    expect(row?.completedAt).toBeInstanceOf(Date);
    const indices = (row!.scores as { indices: Record<string, { score: number }> }).indices;
    expect(indices.demands?.score).toBe(100);
    expect(indices.work_resources?.score).toBe(0);
    // The dashboard's attention summary is written with the scores: risk under both sets, burnout signal, flags.
    expect(row).toMatchObject({ attentionRiskSets: ['jdr_wide', 'azw'], attentionBurnout: true });
    expect(row?.attentionFlags).toBe((row!.scores as { flags: unknown[] }).flags.length);
    expect(row?.attentionFlags).toBeGreaterThan(0);

    // Completing twice is harmless (a second tab, a retry).
    expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId })).toEqual({ ok: true, data: null });
    const events = await getDb().select().from(timelineEvents).where(eq(timelineEvents.practiceId, practiceId));
    const completed = events.filter((e) => e.kind === 'measurement.completed' && e.data.measurementId === id);
    expect(completed).toHaveLength(1);
    expect(JSON.stringify(completed[0]?.data)).not.toMatch(/score|100/);
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.entityId, id)));
    expect(audits.map((a) => a.action)).toContain('measurement.completed');
    expect(JSON.stringify(audits.map((a) => a.metadata))).not.toMatch(/"score"|indices/);
  });

  it('reopens a completed measurement (audited), after which answers can change and the scores are gone', async () => {
    const id = await start('check-in');
    await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 3 }, 'coach');
    await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId });
    expect(await reopenMeasurement(practiceId, id, { userId: coachId })).toEqual({ ok: true, data: null });
    const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(row).toMatchObject({ status: 'in_progress', scores: null, completedAt: null });
    expect(row).toMatchObject({ attentionRiskSets: null, attentionBurnout: null, attentionFlags: null });
    expect((await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 4 }, 'coach')).ok).toBe(true);
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.entityId, id)));
    expect(audits.find((a) => a.action === 'measurement.reopened')).toMatchObject({ actorUserId: coachId, entityType: 'measurement' });
    const other = await createPractice('Nog een praktijk');
    expect(await reopenMeasurement(other.practiceId, id, { userId: other.userId })).toEqual({ ok: false, error: 'not_found' });
    expect(await completeMeasurement(other.practiceId, id, { kind: 'coach', userId: other.userId })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });

  it('does not reopen once the coaching agreement is withdrawn: the scores stay, nothing is recorded', async () => {
    const client = await createTestClient(practiceId, coachId);
    const id = await start('check-in', client);
    await saveAnswer(practiceId, id, { itemKey: 'demands_1', value: 3 }, 'coach');
    await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId });
    const [before] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    await recordCoachingAgreement(practiceId, client, coachId, 'withdrawn');
    expect(await reopenMeasurement(practiceId, id, { userId: coachId })).toEqual({ ok: false, error: 'consent_required' });
    const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
    expect(row).toMatchObject({ status: 'completed', scores: before!.scores, completedAt: before!.completedAt });
    const reopened = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.entityId, id), eq(auditLog.action, 'measurement.reopened')));
    expect(reopened).toEqual([]);
    const events = await getDb().select().from(timelineEvents).where(eq(timelineEvents.practiceId, practiceId));
    expect(events.filter((e) => e.kind === 'measurement.reopened' && e.data.measurementId === id)).toEqual([]);
    // Given again: reopening works.
    await recordCoachingAgreement(practiceId, client, coachId);
    expect(await reopenMeasurement(practiceId, id, { userId: coachId })).toEqual({ ok: true, data: null });
  });
});

describe('custom instruments in measurements', () => {
  it('a measurement keeps the version it was taken with after the instrument is edited', async () => {
    const created = await saveCustomInstrument(practiceId, coachId, { definition: batLikeInput() });
    expect(created).toEqual({ ok: true, data: { key: 'burn-outvragenlijst-licentie', version: 1 } });
    const key = created.ok ? created.data.key : '';
    const id = await start(key);
    const edited = batLikeInput();
    edited.items = edited.items.filter((i) => i.key !== 'vigour_3');
    expect(await saveCustomInstrument(practiceId, coachId, { key, baseVersion: 1, definition: edited })).toEqual({
      ok: true,
      data: { key, version: 2 },
    });

    expect(await saveAnswer(practiceId, id, { itemKey: 'vigour_3', value: 2 }, 'client')).toMatchObject({ ok: true });
    const loaded = await loadMeasurementForFilling(practiceId, id);
    expect(loaded?.instrument.version).toBe(1);
    expect(loaded?.measurement.instrumentVersion).toBe(1);
    const newer = await start(key);
    expect(await saveAnswer(practiceId, newer, { itemKey: 'vigour_3', value: 2 }, 'client')).toMatchObject({
      ok: false,
      fieldErrors: { itemKey: 'intake.unknownItem' },
    });
    expect((await loadMeasurementForFilling(practiceId, newer))?.instrument.version).toBe(2);
  });
});

describe('practiceMedian (per instrument, like with like)', () => {
  it('takes each client’s latest completed measurement of the same instrument and component set, and drops reopened ones', async () => {
    const fresh = await createPractice('Mediaanpraktijk');
    const coach = await addCoach(fresh.practiceId);
    const run = async (client: string, instrumentKey: string, high: string[]) => {
      const { id } = await startMeasurement(fresh.practiceId, {
        clientId: client,
        instrumentKey,
        administeredBy: 'coach',
        createdBy: coach.userId,
      });
      const instrument = instrumentKey === 'check-in' ? checkInV1 : jdrIntakeV1;
      for (const [itemKey, value] of Object.entries(valuesWhereHigh(instrument, high)))
        await saveAnswer(fresh.practiceId, id, { itemKey, value }, 'coach');
      await completeMeasurement(fresh.practiceId, id, { kind: 'coach', userId: coach.userId });
      return id;
    };
    const like = (instrument: typeof jdrIntakeV1, set: 'jdr_wide' | 'azw') => {
      const applied = indexComponents(instrument, set);
      return {
        instrumentKey: instrument.key,
        componentSet: applied.used,
        components: indexPointSignature(instrument, applied.indices, applied.weights),
      };
    };
    const a = await createTestClient(fresh.practiceId, coach.userId, 'Ada A');
    const b = await createTestClient(fresh.practiceId, coach.userId, 'Bo B');
    const c = await createTestClient(fresh.practiceId, coach.userId, 'Cor C');
    await run(a, 'jdr-intake', ['job_demands']);
    await run(a, 'check-in', ['work_resources']);
    await run(b, 'jdr-intake', ['job_demands', 'work_resources']);
    await run(b, 'jdr-intake', ['work_resources']);
    const reopened = await run(c, 'jdr-intake', ['job_demands', 'work_resources']);
    expect(await reopenMeasurement(fresh.practiceId, reopened, { userId: coach.userId })).toEqual({ ok: true, data: null });
    // An unfinished measurement does not count.
    await startMeasurement(fresh.practiceId, {
      clientId: b,
      instrumentKey: 'jdr-intake',
      administeredBy: 'coach',
      createdBy: coach.userId,
    });

    // Intake: a (100, 0) and b's latest (0, 100); the check-in of a and the reopened intake of c are not in it.
    expect(await practiceMedian(fresh.practiceId, like(jdrIntakeV1, 'jdr_wide'))).toEqual({ demands: 50, resources: 50, n: 2 });
    expect(await practiceMedian(fresh.practiceId, like(jdrIntakeV1, 'azw'))).toEqual({ demands: 50, resources: 50, n: 2 });
    // The check-in has its own median, of one client.
    expect(await practiceMedian(fresh.practiceId, like(checkInV1, 'jdr_wide'))).toEqual({ demands: 0, resources: 100, n: 1 });
    // The AZW set does not exist for the check-in: no rows under it.
    expect(await practiceMedian(fresh.practiceId, { ...like(checkInV1, 'jdr_wide'), componentSet: 'azw' })).toBeNull();
  });
});
