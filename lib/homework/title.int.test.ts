import { describe, expect, it } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { dashboardHomework, pageOverdueHomework } from '@/db/queries/dashboard';
import { findHomework, listClientHomework } from '@/db/queries/homework';
import { findPortalHomeworkPage, listPortalHomework } from '@/db/queries/portal-records';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { requireHomeworkAccess } from '@/lib/auth/record-access';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { loadMeasurementForFilling } from '@/lib/intake/service';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { assignHomework, sendHomeworkReminder } from './service';
import { assignment } from './test-fixtures';
import { homeworkTitle } from './title';

/** A practice with two questionnaires of its own (one named in Dutch only) and a client with "measure again" of each. */
async function setup() {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const save = async (name: { nl: string; en: string }, key?: string, baseVersion?: number) => {
    const saved = await saveCustomInstrument(actor.practiceId, actor.userId, { key, baseVersion, definition: { ...batLikeInput(), name } });
    if (!saved.ok) throw new Error(`save failed: ${JSON.stringify(saved)}`);
    return saved.data.key;
  };
  const sleep = await save({ nl: 'Slaapdagboek', en: '' });
  const stress = await save({ nl: 'Stresslijst', en: 'Stress list' });
  const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, { firstName: 'Eva' })).id);
  // Overdue, so the dashboard's and the inbox's lists show them too.
  const assign = async (key: string) => {
    const result = await assignHomework(actor, client, assignment('measure_again', key, addDays(todayIn(), -2)));
    if (!result.ok) throw new Error(`assign failed: ${JSON.stringify(result)}`);
    return result.data.homeworkId;
  };
  return { actor, client, save, sleep, stress, sleepId: await assign(sleep), stressId: await assign(stress), assign };
}

type Named = { id: string; template: Parameters<typeof homeworkTitle>[0]; instrumentKey: string | null; instrumentName: unknown };
const titles = (rows: Named[], locale: 'nl' | 'en') =>
  Object.fromEntries(rows.map((h) => [h.id, homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName as never)]));

describe('"measure again" with a questionnaire of the practice: named by it, read with the homework', () => {
  it("on the coach's homework list and detail, the dashboard and the inbox", async () => {
    const { actor, client, sleepId, stressId } = await setup();
    const expected = { [sleepId]: 'Opnieuw meten: Slaapdagboek', [stressId]: 'Opnieuw meten: Stresslijst' };
    expect(titles(await listClientHomework(actor.practiceId, client.id), 'nl')).toEqual(expected);
    expect(titles([(await findHomework(actor.practiceId, stressId))!], 'nl')).toEqual({ [stressId]: expected[stressId] });
    const today = todayIn();
    const dashboard = await dashboardHomework(actor.practiceId, actor.userId, today, 10, null);
    expect(titles(dashboard.overdue.rows, 'nl')).toEqual(expected);
    expect(titles((await pageOverdueHomework(actor.practiceId, actor.userId, today, { limit: 25, offset: 0 })).rows, 'nl')).toEqual(
      expected,
    );
  });

  it("in the client's portal, in the client's language or else the other", async () => {
    const { actor, client, sleepId, stressId } = await setup();
    expect(titles(await listPortalHomework(actor.practiceId, client.id), 'en')).toEqual({
      [sleepId]: 'Measure again: Slaapdagboek',
      [stressId]: 'Measure again: Stress list',
    });
    const page = await findPortalHomeworkPage(actor.practiceId, client.id, stressId);
    expect(titles([page!], 'nl')).toEqual({ [stressId]: 'Opnieuw meten: Stresslijst' });
  });

  it('by the version its measurement uses, not a later edit; homework assigned after the edit by the new name', async () => {
    const { actor, client, save, sleep, sleepId, assign } = await setup();
    await save({ nl: 'Slaapdagboek (kort)', en: '' }, sleep, 1);
    const laterId = await assign(sleep);
    const item = (await findHomework(actor.practiceId, sleepId))!;
    const filling = await loadMeasurementForFilling(actor.practiceId, item.measurementId!, { forClient: true });
    // The questionnaire the client fills in carries the name the title shows.
    expect(filling?.instrument.name.nl).toBe('Slaapdagboek');
    expect(titles(await listPortalHomework(actor.practiceId, client.id), 'nl')).toMatchObject({
      [sleepId]: 'Opnieuw meten: Slaapdagboek',
      [laterId]: 'Opnieuw meten: Slaapdagboek (kort)',
    });
  });

  it('not in the assignment and reminder mails: they name the kind of task only', async () => {
    const { actor, stressId } = await setup();
    expect(await sendHomeworkReminder(actor, await requireHomeworkAccess(actor, stressId))).toEqual({ ok: true, data: null });
    const mails = await outboxFor(actor.practiceId);
    // Two assignments and a reminder, none with the questionnaires' own names (they may say what they measure).
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Herinnering: Opnieuw meten',
      'Nieuw huiswerk: Opnieuw meten',
      'Nieuw huiswerk: Opnieuw meten',
    ]);
    for (const mail of mails) expect(`${mail.text}${mail.html}`).not.toMatch(/Slaapdagboek|Stresslijst/);
  });
});
