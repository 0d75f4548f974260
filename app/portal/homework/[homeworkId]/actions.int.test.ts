import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignHomeworkAction, reopenHomeworkAction } from '@/app/(coach)/clients/[clientId]/homework/actions';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { homework, homeworkAnswers, measurements, portalSessions } from '@/db/schema';
import { checkInV1 } from '@/lib/instruments';
import { completeMeasurement } from '@/lib/intake/service';
import { actAsPortalClient } from '@/lib/portal/testing';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, auditFor, createPractice } from '@/lib/testing/fixtures';
import { completeMeasurementHomeworkAction, saveHomeworkAnswerAction, saveMeasurementAnswerAction, submitHomeworkAction } from './actions';

beforeEach(async () => {
  actAs(null);
  await actAsPortalClient(null);
});

async function setup(template = 'energy_diary', instrumentKey = '') {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId);
  const other = await seedClient(owner.practiceId, owner.userId);
  actAs(owner);
  const assigned = (await assignHomeworkAction({
    requestId: randomUUID(),
    clientId: client.id,
    template: template as 'energy_diary',
    instrumentKey,
    dueDate: addDays(todayIn(), 7),
    message: '',
  })) as {
    data: { homeworkId: string };
  };
  actAs(null);
  await actAsPortalClient(client);
  return { owner, client, other, homeworkId: assigned.data.homeworkId };
}

async function answersOf(homeworkId: string) {
  const rows = await getDb().select().from(homeworkAnswers).where(eq(homeworkAnswers.homeworkId, homeworkId));
  return Object.fromEntries(rows.map((r) => [r.fieldKey, r.value]));
}

async function statusOf(homeworkId: string) {
  const [row] = await getDb().select().from(homework).where(eq(homework.id, homeworkId));
  return row!.status;
}

describe('filling in homework in the portal', () => {
  it('saves each field on its own, and the latest value wins', async () => {
    const { homeworkId } = await setup();
    const save = (fieldKey: string, value: string) => saveHomeworkAnswerAction({ homeworkId, fieldKey, value });
    expect(await save('day1.energy', '6')).toMatchObject({ ok: true, data: { savedAt: expect.any(String) } });
    await save('day1.drained', 'Lange vergadering');
    await save('day1.drained', 'Lange vergadering zonder pauze');
    expect(await answersOf(homeworkId)).toEqual({ 'day1.energy': '6', 'day1.drained': 'Lange vergadering zonder pauze' });
  });

  it('refuses unknown fields and bad values with field messages, writing nothing', async () => {
    const { homeworkId } = await setup();
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day9.energy', value: '3' })).toMatchObject({
      fieldErrors: { 'day9.energy': 'homework.errors.unknownField' },
    });
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '12' })).toMatchObject({
      fieldErrors: { 'day1.energy': 'homework.errors.scale' },
    });
    expect(await answersOf(homeworkId)).toEqual({});
  });

  it('keeps a client out of another client’s homework, and a signed-out visitor out of all', async () => {
    const { owner, other, homeworkId } = await setup();
    await actAsPortalClient({ practiceId: owner.practiceId, id: other.id });
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '3' })).toEqual({ ok: false, error: 'not_found' });
    expect(await submitHomeworkAction({ homeworkId })).toEqual({ ok: false, error: 'not_found' });
    await actAsPortalClient(null);
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '3' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    });
    expect(await answersOf(homeworkId)).toEqual({});
    expect(await statusOf(homeworkId)).toBe('assigned');
  });

  it('refuses an expired portal session', async () => {
    const { client, homeworkId } = await setup();
    await getDb()
      .update(portalSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(portalSessions.clientId, client.id));
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '3' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    });
  });

  it('submits only when the required fields are there, then the form is read-only until the coach reopens it', async () => {
    const { owner, client, homeworkId } = await setup();
    expect(await submitHomeworkAction({ homeworkId })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { 'day1.energy': 'validation.required' },
    });
    await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '4' });
    await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day2.gave', value: 'Wandelen' });
    expect(await submitHomeworkAction({ homeworkId })).toMatchObject({ fieldErrors: { 'day2.energy': 'validation.required' } });
    await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day2.energy', value: '7' });
    expect(await submitHomeworkAction({ homeworkId })).toEqual({ ok: true, data: null });
    expect(await statusOf(homeworkId)).toBe('submitted');
    const events = await timelineKinds(owner.practiceId, client.id);
    expect(events.at(-1)).toEqual({ kind: 'homework.submitted', data: { homeworkId, template: 'energy_diary' } });
    const audit = (await auditFor(owner.practiceId)).find((a) => a.action === 'homework.submitted')!;
    expect(audit).toMatchObject({ actorKind: 'client', entityId: homeworkId });

    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '9' })).toEqual({
      ok: false,
      error: 'already_submitted',
    });
    expect(await submitHomeworkAction({ homeworkId })).toEqual({ ok: false, error: 'already_submitted' });
    expect((await answersOf(homeworkId))['day1.energy']).toBe('4');

    actAs({ userId: owner.userId, practiceId: owner.practiceId, role: 'owner' });
    expect(await reopenHomeworkAction({ homeworkId, version: 2 })).toEqual({ ok: true, data: null });
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '5' })).toMatchObject({ ok: true });
    expect(await submitHomeworkAction({ homeworkId })).toEqual({ ok: true, data: null });
  });
});

describe('"measure again" in the portal', () => {
  it('saves answers through the intake service and completing submits the homework', async () => {
    const { owner, client, other, homeworkId } = await setup('measure_again', 'check-in');
    const [row] = await getDb().select().from(homework).where(eq(homework.id, homeworkId));
    const items = checkInV1.sections.flatMap((s) => s.items);
    for (const item of items) {
      expect(await saveMeasurementAnswerAction({ homeworkId, itemKey: item.key, value: 3 })).toMatchObject({ ok: true });
    }
    expect(await saveMeasurementAnswerAction({ homeworkId, itemKey: 'nope', value: 3 })).toMatchObject({ ok: false, error: 'validation' });
    // The plain-form action refuses a measurement homework.
    expect(await saveHomeworkAnswerAction({ homeworkId, fieldKey: 'day1.energy', value: '3' })).toEqual({ ok: false, error: 'not_found' });

    await actAsPortalClient({ practiceId: owner.practiceId, id: other.id });
    expect(await completeMeasurementHomeworkAction({ homeworkId })).toEqual({ ok: false, error: 'not_found' });
    await actAsPortalClient(client);

    expect(await completeMeasurementHomeworkAction({ homeworkId })).toEqual({ ok: true, data: null });
    expect(await statusOf(homeworkId)).toBe('submitted');
    const [measurement] = await getDb()
      .select()
      .from(measurements)
      .where(and(eq(measurements.practiceId, owner.practiceId), eq(measurements.id, row!.measurementId!)));
    expect(measurement!.status).toBe('completed');
    expect(await saveMeasurementAnswerAction({ homeworkId, itemKey: items[0]!.key, value: 1 })).toEqual({
      ok: false,
      error: 'already_submitted',
    });
  });

  it('is handed in as well when the coach completes the measurement with the client in the room', async () => {
    const { owner, homeworkId } = await setup('measure_again', 'check-in');
    const [row] = await getDb().select().from(homework).where(eq(homework.id, homeworkId));
    expect(await completeMeasurement(owner.practiceId, row!.measurementId!, { kind: 'coach', userId: owner.userId })).toEqual({
      ok: true,
      data: null,
    });
    expect(await statusOf(homeworkId)).toBe('submitted');
    expect(await completeMeasurementHomeworkAction({ homeworkId })).toEqual({ ok: true, data: null });
  });
});
