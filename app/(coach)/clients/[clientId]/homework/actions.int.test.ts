import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeMeasurementHomeworkAction, saveMeasurementAnswerAction } from '@/app/portal/homework/[homeworkId]/actions';
import { getDb } from '@/db/client';
import { searchAudit } from '@/db/queries/audit';
import { loadClientExport } from '@/db/queries/client-export';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { REMINDER_REPEAT_MS } from '@/db/queries/homework';
import { listPortalHomework } from '@/db/queries/portal-records';
import { clients, homework, homeworkAnswers, measurementAnswers, measurements, portalLinks, practices } from '@/db/schema';
import { translatorFor } from '@/lib/i18n/translator';
import { checkInV1 } from '@/lib/instruments';
import { completeMeasurement, saveAnswer } from '@/lib/intake/service';
import { actAsPortalClient } from '@/lib/portal/testing';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, addCoach, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { assignHomeworkAction, reopenHomeworkAction, sendHomeworkReminderAction, withdrawHomeworkAction } from './actions';

beforeEach(async () => {
  actAs(null);
  await actAsPortalClient(null);
});

const nextWeek = () => addDays(todayIn(), 7);

async function setup() {
  const owner = await createPractice('Praktijk Veerkracht');
  const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email: 'eva@example.test' });
  actAs(owner);
  return { owner, client };
}

const assign = (clientId: string, extra: Record<string, unknown> = {}) =>
  assignHomeworkAction({
    requestId: randomUUID(),
    clientId,
    template: 'energy_diary',
    instrumentKey: '',
    dueDate: nextWeek(),
    message: 'Let vooral op de avonden.',
    ...extra,
  });

const homeworkOf = (practiceId: string) => getDb().select().from(homework).where(eq(homework.practiceId, practiceId));

describe('assigning homework', () => {
  it('stores it, mails the client a sign-in link to it and puts it on the timeline', async () => {
    const { owner, client } = await setup();
    const result = await assign(client.id);
    expect(result).toMatchObject({ ok: true });
    const { homeworkId, url } = (result as { data: { homeworkId: string; url: string } }).data;
    expect(url).toMatch(new RegExp(`/portal/homework/${homeworkId}$`));
    const [row] = await homeworkOf(owner.practiceId);
    expect(row).toMatchObject({
      id: homeworkId,
      template: 'energy_diary',
      status: 'assigned',
      dueDate: nextWeek(),
      assignedBy: owner.userId,
      message: 'Let vooral op de avonden.',
    });
    const [mail] = await outboxFor(owner.practiceId);
    expect(mail).toMatchObject({ to: 'eva@example.test', subject: 'Nieuw huiswerk: Energiedagboek' });
    expect(mail!.text).toContain('Let vooral op de avonden.');
    expect(await linkInMail(owner.practiceId, 'eva@example.test')).toMatch(/^\/portal\/auth\//);
    const [link] = await getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, owner.practiceId));
    expect(link).toMatchObject({ clientId: client.id, redirectTo: `/portal/homework/${homeworkId}`, usedAt: null });
    expect(link!.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(link!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)).toEqual({
      kind: 'homework.assigned',
      data: { homeworkId, template: 'energy_diary', dueDate: nextWeek() },
    });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('homework.assigned');
  });

  it('writes the mail in the client’s language', async () => {
    const { owner } = await setup();
    const english = await seedClient(owner.practiceId, owner.userId, { email: 'sam@example.test', locale: 'en' });
    await assign(english.id, { template: 'job_crafting' });
    expect((await outboxFor(owner.practiceId)).at(-1)!.subject).toBe('New homework: Job crafting plan');
  });

  it('refuses a due date in the past and a missing instrument for measure-again, writing and mailing nothing', async () => {
    const { owner, client } = await setup();
    expect(await assign(client.id, { dueDate: addDays(todayIn(), -1) })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { dueDate: 'homework.errors.dueInPast' },
    });
    expect(await assign(client.id, { dueDate: 'morgen' })).toMatchObject({ fieldErrors: { dueDate: 'homework.errors.dueDate' } });
    expect(await assign(client.id, { template: 'measure_again' })).toMatchObject({ fieldErrors: { instrumentKey: 'validation.required' } });
    expect(await assign(client.id, { template: 'measure_again', instrumentKey: 'bestaat-niet' })).toMatchObject({
      fieldErrors: { instrumentKey: 'homework.errors.instrument' },
    });
    expect(await assign(client.id, { template: 'tarot' })).toMatchObject({ fieldErrors: { template: 'validation.required' } });
    expect(await homeworkOf(owner.practiceId)).toEqual([]);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
  });

  it('accepts today as due date', async () => {
    const { client } = await setup();
    expect(await assign(client.id, { dueDate: todayIn() })).toMatchObject({ ok: true });
  });

  it('starts a measurement for "measure again", filled in by the client', async () => {
    const { owner, client } = await setup();
    const result = await assign(client.id, { template: 'measure_again', instrumentKey: 'check-in' });
    expect(result).toMatchObject({ ok: true });
    const [row] = await homeworkOf(owner.practiceId);
    expect(row).toMatchObject({ template: 'measure_again', instrumentKey: 'check-in', instrumentVersion: 1 });
    const [measurement] = await getDb().select().from(measurements).where(eq(measurements.id, row!.measurementId!));
    expect(measurement).toMatchObject({ clientId: client.id, instrumentKey: 'check-in', administeredBy: 'client', status: 'in_progress' });
  });

  it('is made once when the same submission comes again (a retry after its answer was lost), with one mail', async () => {
    const { owner, client } = await setup();
    const requestId = randomUUID();
    const measureAgain = { requestId, template: 'measure_again', instrumentKey: 'check-in' };
    const [first, second] = await Promise.all([assign(client.id, measureAgain), assign(client.id, measureAgain)]);
    const third = await assign(client.id, measureAgain);
    expect(first).toMatchObject({ ok: true, data: { homeworkId: requestId } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const rows = await homeworkOf(owner.practiceId);
    expect(rows.map((r) => [r.id, r.message])).toEqual([[requestId, 'Let vooral op de avonden.']]);
    expect(await getDb().select().from(measurements).where(eq(measurements.practiceId, owner.practiceId))).toHaveLength(1);
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'homework.assigned')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'homework.assigned')).toHaveLength(1);
    // A new press after the success is a new assignment: the form has made a new id by then.
    expect(await assign(client.id)).toMatchObject({ ok: true });
    expect(await homeworkOf(owner.practiceId)).toHaveLength(2);
    // The old id with another assignment (a draft put back and filled in anew): that one is made too, not swallowed.
    const other = await assign(client.id, { requestId, message: 'Een nieuwe opdracht in het oude formulier.' });
    expect(other).toMatchObject({ ok: true });
    expect((other as { data: { homeworkId: string } }).data.homeworkId).not.toBe(requestId);
    expect((await homeworkOf(owner.practiceId)).map((r) => r.message)).toContain('Een nieuwe opdracht in het oude formulier.');
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
  });

  it("refuses an id another client's homework already has, writing nothing for this client", async () => {
    const { owner, client } = await setup();
    const other = await seedClient(owner.practiceId, owner.userId, { firstName: 'Noor', email: 'noor@example.test' });
    const requestId = randomUUID();
    expect(await assign(other.id, { requestId })).toMatchObject({ ok: true });
    expect(await assign(client.id, { requestId })).toEqual({ ok: false, error: 'stale' });
    expect((await homeworkOf(owner.practiceId)).map((r) => r.clientId)).toEqual([other.id]);
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
  });

  it('refuses other practices, unassigned coaches under "assigned" visibility and signed-out callers', async () => {
    const { owner, client } = await setup();
    actAs(await createPractice('Other'));
    expect(await assign(client.id)).toEqual({ ok: false, error: 'not_found' });
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(await addCoach(owner.practiceId));
    expect(await assign(client.id)).toEqual({ ok: false, error: 'not_found' });
    actAs(null);
    expect(await assign(client.id)).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await homeworkOf(owner.practiceId)).toEqual([]);
  });
});

describe('reminders and reopening', () => {
  async function assigned() {
    const ctx = await setup();
    const result = (await assign(ctx.client.id)) as { data: { homeworkId: string } };
    return { ...ctx, homeworkId: result.data.homeworkId };
  }

  it('sends a reminder with a fresh link and notes it', async () => {
    const { owner, client, homeworkId } = await assigned();
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual({ ok: true, data: null });
    const mails = await outboxFor(owner.practiceId);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('Herinnering: Energiedagboek');
    expect(mails[1]!.text).not.toBe(mails[0]!.text);
    const [row] = await homeworkOf(owner.practiceId);
    expect(row!.remindedAt).not.toBeNull();
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)!.kind).toBe('homework.reminded');
    // The same click again (double click, "did it go?"): answered as sent, but no second mail or line.
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual({ ok: true, data: null });
    expect(await outboxFor(owner.practiceId)).toHaveLength(2);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'homework.reminded')).toHaveLength(1);
    // Later, a reminder is a reminder again.
    await getDb()
      .update(homework)
      .set({ remindedAt: new Date(Date.now() - REMINDER_REPEAT_MS - 1000) })
      .where(eq(homework.id, homeworkId));
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual({ ok: true, data: null });
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
  });

  it('reopens a submitted form, but not an open one or a stale version; no reminders once submitted', async () => {
    const { owner, client, homeworkId } = await assigned();
    expect(await reopenHomeworkAction({ homeworkId, version: 1 })).toMatchObject({
      fieldErrors: { _form: 'homework.errors.notSubmitted' },
    });
    await getDb().update(homework).set({ status: 'submitted', submittedAt: new Date(), version: 2 }).where(eq(homework.id, homeworkId));
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual({ ok: false, error: 'already_submitted' });
    expect(await reopenHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'stale' });
    expect(await reopenHomeworkAction({ homeworkId, version: 2 })).toEqual({ ok: true, data: null });
    const [row] = await homeworkOf(owner.practiceId);
    expect(row).toMatchObject({ status: 'reopened', version: 3 });
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)!.kind).toBe('homework.reopened');
  });

  it('sends no homework or reminder to a closed or archived client, and writes nothing', async () => {
    const { owner, client, homeworkId } = await assigned();
    // The assignment's mail, sent while the trajectory ran (a queued one is not sent once it has ended).
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
    const ended = { ok: false, error: 'validation', fieldErrors: { _form: 'homework.errors.trajectoryEnded' } };
    await getDb().update(clients).set({ status: 'closed' }).where(eq(clients.id, client.id));
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual(ended);
    expect(await assign(client.id)).toEqual(ended);
    await getDb().update(clients).set({ status: 'active', archivedAt: new Date() }).where(eq(clients.id, client.id));
    expect(await assign(client.id)).toEqual(ended);
    expect(await homeworkOf(owner.practiceId)).toHaveLength(1);
    expect((await homeworkOf(owner.practiceId))[0]!.remindedAt).toBeNull();
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
  });

  it('reopens no handed-in form of a closed client (who can no longer sign in), and writes nothing', async () => {
    const { owner, client, homeworkId } = await assigned();
    await getDb().update(homework).set({ status: 'submitted', submittedAt: new Date(), version: 2 }).where(eq(homework.id, homeworkId));
    await getDb().update(clients).set({ status: 'closed' }).where(eq(clients.id, client.id));
    expect(await reopenHomeworkAction({ homeworkId, version: 2 })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'homework.errors.trajectoryEnded' },
    });
    expect((await homeworkOf(owner.practiceId))[0]).toMatchObject({ status: 'submitted', version: 2 });
    expect((await timelineKinds(owner.practiceId, client.id)).some((e) => e.kind === 'homework.reopened')).toBe(false);
  });

  it('keeps other practices out', async () => {
    const { homeworkId } = await assigned();
    actAs(await createPractice('Other'));
    expect(await sendHomeworkReminderAction({ homeworkId })).toEqual({ ok: false, error: 'not_found' });
    expect(await reopenHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('withdrawing homework', () => {
  async function assigned(extra: Record<string, unknown> = {}) {
    const ctx = await setup();
    const result = (await assign(ctx.client.id, extra)) as { data: { homeworkId: string } };
    return { ...ctx, homeworkId: result.data.homeworkId };
  }

  it('takes back a form never handed in, with its answers so far, on the timeline and in the audit log', async () => {
    const { owner, client, homeworkId } = await assigned();
    await getDb()
      .insert(homeworkAnswers)
      .values({ practiceId: owner.practiceId, homeworkId, fieldKey: 'day1.drained', value: 'Vergaderen' });
    expect(await withdrawHomeworkAction({ homeworkId, version: 2 })).toEqual({ ok: false, error: 'stale' });
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: true, data: null });
    expect(await homeworkOf(owner.practiceId)).toEqual([]);
    expect(await getDb().select().from(homeworkAnswers).where(eq(homeworkAnswers.practiceId, owner.practiceId))).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)).toEqual({
      kind: 'homework.withdrawn',
      data: { homeworkId, template: 'energy_diary', dueDate: nextWeek() },
    });
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'homework.withdrawn')).toHaveLength(1);
    // The row is gone, but its audit entries are still the client's: in the owner's log filtered by client, and in
    // the client's data export.
    const logged = (await searchAudit(owner.practiceId, { clientId: client.id }, { limit: 50, offset: 0 })).rows.map((r) => r.action);
    expect(logged).toEqual(expect.arrayContaining(['homework.assigned', 'homework.withdrawn']));
    const exported = (await loadClientExport(owner.practiceId, client.id))!.accessLog.map((a) => a.action);
    expect(exported).toEqual(expect.arrayContaining(['homework.assigned', 'homework.withdrawn']));
    // Once more (a second click): it is gone.
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'not_found' });
  });

  it('keeps what was handed in once; writes nothing', async () => {
    const { owner, client, homeworkId } = await assigned();
    for (const status of ['submitted', 'reopened'] as const) {
      await getDb().update(homework).set({ status, submittedAt: new Date() }).where(eq(homework.id, homeworkId));
      expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({
        ok: false,
        error: 'validation',
        fieldErrors: { _form: 'homework.errors.withdrawHandedIn' },
      });
    }
    expect(await homeworkOf(owner.practiceId)).toHaveLength(1);
    expect((await timelineKinds(owner.practiceId, client.id)).some((e) => e.kind === 'homework.withdrawn')).toBe(false);
  });

  it('keeps other practices out', async () => {
    const { owner, homeworkId } = await assigned();
    actAs(await createPractice('Other'));
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect(await homeworkOf(owner.practiceId)).toHaveLength(1);
  });
});

describe('withdrawing "measure again"', () => {
  const items = checkInV1.sections.flatMap((section) => section.items);

  /** A check-in assigned as homework, with two answers the client gave in the portal; then the coach acts again. */
  async function started() {
    const ctx = await setup();
    const result = (await assign(ctx.client.id, { template: 'measure_again', instrumentKey: 'check-in' })) as {
      data: { homeworkId: string };
    };
    const homeworkId = result.data.homeworkId;
    const [row] = await homeworkOf(ctx.owner.practiceId);
    await actAsPortalClient(ctx.client);
    for (const item of items.slice(0, 2)) {
      expect(await saveMeasurementAnswerAction({ homeworkId, itemKey: item.key, value: 3 })).toMatchObject({ ok: true });
    }
    await actAsPortalClient(null);
    actAs(ctx.owner);
    return { ...ctx, homeworkId, measurementId: row!.measurementId! };
  }

  const measurementsOf = (practiceId: string) => getDb().select().from(measurements).where(eq(measurements.practiceId, practiceId));
  const answersOf = (practiceId: string) => getDb().select().from(measurementAnswers).where(eq(measurementAnswers.practiceId, practiceId));

  it('takes back the questionnaire with its measurement and the answers so far, on the timeline and in the audit log', async () => {
    const { owner, client, homeworkId, measurementId } = await started();
    expect(await answersOf(owner.practiceId)).toHaveLength(2);
    // Another version than the coach saw: nothing goes.
    expect(await withdrawHomeworkAction({ homeworkId, version: 2 })).toEqual({ ok: false, error: 'stale' });
    expect(await measurementsOf(owner.practiceId)).toHaveLength(1);
    expect(await answersOf(owner.practiceId)).toHaveLength(2);

    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: true, data: null });
    expect(await homeworkOf(owner.practiceId)).toEqual([]);
    expect(await measurementsOf(owner.practiceId)).toEqual([]);
    expect(await answersOf(owner.practiceId)).toEqual([]);
    const line = (await timelineKinds(owner.practiceId, client.id)).at(-1);
    expect(line).toEqual({
      kind: 'homework.withdrawn',
      data: { homeworkId, template: 'measure_again', dueDate: nextWeek(), measurementId, instrument: 'check_in', name: 'Check-in' },
    });
    // The timeline names the questionnaire, in both languages.
    expect(translatorFor('nl')('timeline.homework.withdrawn', line!.data as Record<string, string>)).toBe(
      'Huiswerk ingetrokken: opnieuw meten (Check-in), meting verwijderd',
    );
    expect(translatorFor('en')('timeline.homework.withdrawn', line!.data as Record<string, string>)).toBe(
      'Homework withdrawn: measure again (Check-in), measurement deleted',
    );
    const withdrawn = (await auditFor(owner.practiceId)).filter((a) => a.action === 'homework.withdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({
      actorKind: 'coach',
      actorUserId: owner.userId,
      entityType: 'homework',
      entityId: homeworkId,
      metadata: { template: 'measure_again', measurementId, instrumentKey: 'check-in', answers: 2 },
    });
    // The assignment's mail still waiting in the queue is dropped: its link would land on "this homework is gone".
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    // Once more (a second click): it is gone.
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'not_found' });
  });

  it('leaves the client’s portal, and an answer or a completion sent afterwards is refused as not found', async () => {
    const { owner, client, homeworkId, measurementId } = await started();
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: true, data: null });
    expect(await listPortalHomework(owner.practiceId, client.id)).toEqual([]);
    await actAsPortalClient(client);
    expect(await saveMeasurementAnswerAction({ homeworkId, itemKey: items[2]!.key, value: 4 })).toEqual({ ok: false, error: 'not_found' });
    expect(await completeMeasurementHomeworkAction({ homeworkId })).toEqual({ ok: false, error: 'not_found' });
    // A save that found the homework just before it went reaches the measurement itself (remembered from the earlier
    // saves): not found either, and nothing is written.
    expect(await saveAnswer(owner.practiceId, measurementId, { itemKey: items[2]!.key, value: 4 }, 'client')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await completeMeasurement(owner.practiceId, measurementId, { kind: 'client', userId: null })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await measurementsOf(owner.practiceId)).toEqual([]);
    expect(await answersOf(owner.practiceId)).toEqual([]);
  });

  it('refuses once the client has completed it, and deletes nothing', async () => {
    const { owner, client, homeworkId, measurementId } = await started();
    await actAsPortalClient(client);
    expect(await completeMeasurementHomeworkAction({ homeworkId })).toEqual({ ok: true, data: null });
    await actAsPortalClient(null);
    // The coach's page still showed it open (version 1): refused, and said why.
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'homework.errors.withdrawMeasurementCompleted' },
    });
    expect(await homeworkOf(owner.practiceId)).toMatchObject([{ id: homeworkId, status: 'submitted' }]);
    expect(await measurementsOf(owner.practiceId)).toMatchObject([{ id: measurementId, status: 'completed' }]);
    expect(await answersOf(owner.practiceId)).toHaveLength(2);
    expect((await timelineKinds(owner.practiceId, client.id)).some((e) => e.kind === 'homework.withdrawn')).toBe(false);
    expect((await auditFor(owner.practiceId)).some((a) => a.action === 'homework.withdrawn')).toBe(false);
  });

  it('keeps other practices out, deleting nothing', async () => {
    const { owner, homeworkId } = await started();
    actAs(await createPractice('Other'));
    expect(await withdrawHomeworkAction({ homeworkId, version: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect(await homeworkOf(owner.practiceId)).toHaveLength(1);
    expect(await measurementsOf(owner.practiceId)).toHaveLength(1);
    expect(await answersOf(owner.practiceId)).toHaveLength(2);
  });
});
