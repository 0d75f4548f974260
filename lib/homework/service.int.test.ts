import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { homework, homeworkAnswers, measurementAnswers, measurements, portalLinks } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { requireHomeworkAccess } from '@/lib/auth/record-access';
import { checkInV1 } from '@/lib/instruments';
import { completeMeasurement } from '@/lib/intake/service';
import { completeMeasurementHomework, saveHomeworkAnswer, saveMeasurementAnswer, submitHomework } from '@/lib/portal/service';
import { addCoach, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { assignHomework, recordHomeworkViewed, reopenHomework, sendHomeworkReminder, withdrawHomework } from './service';
import { assignment } from './test-fixtures';

// The mail goes out inside the change's transaction: when it cannot be queued, nothing of the change stays.
const mail = vi.hoisted(() => ({ down: false }));
vi.mock('@/lib/mail/transport', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/mail/transport')>();
  return {
    ...real,
    deliver: async (...args: Parameters<typeof real.deliver>) => {
      if (mail.down) throw new Error('mail queue unavailable');
      return real.deliver(...args);
    },
  };
});

// The timeline line and the audit entry go out in the change's transaction too: when they cannot be written, nothing stays.
const events = vi.hoisted(() => ({ down: false }));
vi.mock('@/db/queries/timeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/db/queries/timeline')>();
  return {
    ...real,
    insertChangeEvents: async (...args: Parameters<typeof real.insertChangeEvents>) => {
      if (events.down) throw new Error('timeline unavailable');
      return real.insertChangeEvents(...args);
    },
  };
});

beforeEach(() => {
  mail.down = false;
  events.down = false;
});

async function setup() {
  const claims = await createPractice('Praktijk Veerkracht');
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const client = await requireClientAccess(
    actor,
    (await seedClient(actor.practiceId, actor.userId, { firstName: 'Eva', email: 'eva@example.test' })).id,
  );
  const reach = (homeworkId: string) => requireHomeworkAccess(actor, homeworkId);
  return { actor, client, reach };
}

/** Assigns `template` to the client and returns the new homework's id. */
async function assignedId(actor: Actor, client: Awaited<ReturnType<typeof requireClientAccess>>, ...args: Parameters<typeof assignment>) {
  const result = await assignHomework(actor, client, assignment(...args));
  if (!result.ok) throw new Error(`assign failed: ${JSON.stringify(result)}`);
  return result.data.homeworkId;
}
const submittedEvents = async (practiceId: string, clientId: string) =>
  (await timelineKinds(practiceId, clientId)).filter((e) => e.kind === 'homework.submitted');
const submittedAudits = async (practiceId: string) => (await auditFor(practiceId)).filter((a) => a.action === 'homework.submitted');

describe('assigning and reminding: the mail is part of the change', () => {
  it('writes nothing at all when the assignment mail cannot be queued', async () => {
    const { actor, client } = await setup();
    mail.down = true;
    await expect(assignHomework(actor, client, assignment('energy_diary'))).rejects.toThrow('mail queue');
    expect(await getDb().select().from(homework).where(eq(homework.practiceId, actor.practiceId))).toEqual([]);
    expect(await getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, actor.practiceId))).toEqual([]);
    expect(await timelineKinds(actor.practiceId, client.id)).toEqual([]);
    expect((await auditFor(actor.practiceId)).map((a) => a.action)).not.toContain('homework.assigned');
  });

  it('does not note a reminder that could not be mailed', async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'energy_diary');
    mail.down = true;
    await expect(sendHomeworkReminder(actor, await reach(homeworkId))).rejects.toThrow('mail queue');
    const [row] = await getDb().select().from(homework).where(eq(homework.id, homeworkId));
    expect(row!.remindedAt).toBeNull();
    expect((await timelineKinds(actor.practiceId, client.id)).map((e) => e.kind)).toEqual(['homework.assigned']);
    expect(await outboxFor(actor.practiceId)).toHaveLength(1);
  });
});

describe("a homework's mail that waits in the queue", () => {
  it('is not sent once the coach has withdrawn the homework', async () => {
    const { actor, client, reach } = await setup();
    const withdrawn = await assignedId(actor, client, 'energy_diary');
    const access = await reach(withdrawn);
    expect((await withdrawHomework(actor, access, access.homework.version)).ok).toBe(true);
    // A second homework, not withdrawn: its mail goes (the worker did run).
    await assignedId(actor, client, 'learning_reflection');
    const mails = await outboxFor(actor.practiceId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('/portal/auth/');
    expect(mails[0]!.subject).toMatch(/reflectie/i);
  });

  it('keeps a reminder only while the homework is still open', async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'learning_reflection');
    expect(await outboxFor(actor.practiceId)).toHaveLength(1);
    expect((await sendHomeworkReminder(actor, await reach(homeworkId))).ok).toBe(true);
    await getDb().update(homework).set({ status: 'submitted', submittedAt: new Date() }).where(eq(homework.id, homeworkId));
    expect(await outboxFor(actor.practiceId)).toHaveLength(1);
  });
});

describe('handing in: homework.submitted has one writer', () => {
  it('a form handed in by the client: one timeline line and one audit entry, by the client; a second hand-in writes nothing', async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'learning_reflection');
    const who = { practiceId: actor.practiceId, clientId: client.id };
    for (const fieldKey of ['situation', 'learned', 'experiment']) await saveHomeworkAnswer(who, { homeworkId, fieldKey, value: 'Iets' });
    const results = await Promise.all([submitHomework(who, homeworkId), submitHomework(who, homeworkId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'already_submitted' });
    expect(await submittedEvents(actor.practiceId, client.id)).toEqual([
      { kind: 'homework.submitted', data: { homeworkId, template: 'learning_reflection' } },
    ]);
    const audits = await submittedAudits(actor.practiceId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: 'client', actorUserId: null, entityId: homeworkId });
    expect(await reopenHomework(actor, await reach(homeworkId), 2)).toEqual({ ok: true, data: null });
    // The client, who thought it done, hears that it is open again, with a link that lands on it.
    const reopened = (await outboxFor(actor.practiceId)).filter((m) => m.subject.startsWith('Je huiswerk staat weer open'));
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.text).toContain('weer voor je opengezet, zodat je het kunt aanvullen of aanpassen.');
    expect(await linkInMail(actor.practiceId, client.email)).toMatch(/^\/portal\/auth\//);
    expect(await submitHomework(who, homeworkId)).toEqual({ ok: true, data: null });
    expect(await submittedEvents(actor.practiceId, client.id)).toHaveLength(2);
  });

  it('"measure again" completed by the coach: handed in by the same writer, by the coach', async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'measure_again', 'check-in');
    const { homework: item } = await reach(homeworkId);
    expect(await completeMeasurement(actor.practiceId, item.measurementId!, { kind: 'coach', userId: actor.userId })).toEqual({
      ok: true,
      data: null,
    });
    expect(await completeMeasurement(actor.practiceId, item.measurementId!, { kind: 'coach', userId: actor.userId })).toEqual({
      ok: true,
      data: null,
    });
    expect(await submittedEvents(actor.practiceId, client.id)).toEqual([
      { kind: 'homework.submitted', data: { homeworkId, template: 'measure_again' } },
    ]);
    const audits = await submittedAudits(actor.practiceId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: 'coach', actorUserId: actor.userId, entityId: homeworkId });
    const [row] = await getDb()
      .select()
      .from(homework)
      .where(and(eq(homework.practiceId, actor.practiceId), eq(homework.id, homeworkId)));
    expect(row!.status).toBe('submitted');
  });
});

describe('the coach looking at a submission', () => {
  it('takes a new submission off the list once, and audits every look', async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'energy_diary');
    await recordHomeworkViewed(actor, await reach(homeworkId));
    expect((await reach(homeworkId)).homework.seenAt).toBeNull();
    await getDb().update(homework).set({ status: 'submitted', submittedAt: new Date() }).where(eq(homework.id, homeworkId));
    await recordHomeworkViewed(actor, await reach(homeworkId));
    expect((await reach(homeworkId)).homework.seenAt).not.toBeNull();
    expect((await auditFor(actor.practiceId)).filter((a) => a.action === 'homework.viewed')).toHaveLength(2);
  });

  it("leaves a new submission on its coach's list when a colleague looks at it (the look is audited)", async () => {
    const { actor, client, reach } = await setup();
    const homeworkId = await assignedId(actor, client, 'energy_diary');
    await getDb().update(homework).set({ status: 'submitted', submittedAt: new Date() }).where(eq(homework.id, homeworkId));
    const colleague: Actor = { ...(await addCoach(actor.practiceId)), name: 'Cas Coach', locale: 'nl' };
    await recordHomeworkViewed(colleague, { homework: (await reach(homeworkId)).homework, client });
    expect((await reach(homeworkId)).homework.seenAt).toBeNull();
    const views = (await auditFor(actor.practiceId)).filter((a) => a.action === 'homework.viewed');
    expect(views.map((a) => a.actorUserId)).toEqual([colleague.userId]);
    await recordHomeworkViewed(actor, await reach(homeworkId));
    expect((await reach(homeworkId)).homework.seenAt).not.toBeNull();
  });
});

describe('a homework answer from two devices', () => {
  it('keeps the value given on the other device over one that waited on this phone, and says which it kept', async () => {
    const { actor, client } = await setup();
    const homeworkId = await assignedId(actor, client, 'energy_diary');
    const who = { practiceId: actor.practiceId, clientId: client.id };
    const stored = async () => {
      const [row] = await getDb()
        .select()
        .from(homeworkAnswers)
        .where(and(eq(homeworkAnswers.homeworkId, homeworkId), eq(homeworkAnswers.fieldKey, 'day1.drained')));
      return row?.value;
    };
    expect((await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'day1.drained', value: 'Laptop', bases: [null] })).ok).toBe(true);
    // The phone loaded the form before that and queued its own text.
    expect(await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'day1.drained', value: 'Telefoon', bases: [null] })).toEqual({
      ok: false,
      error: 'stale',
      params: { current: '"Laptop"' },
    });
    expect(await stored()).toBe('Laptop');
    // A value the phone knew, typed with spaces the server trimmed away, is no change made elsewhere.
    await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'day1.energy', value: ' 6 ', bases: [null] });
    expect((await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'day1.energy', value: '7', bases: [' 6 '] })).ok).toBe(true);
    // Without bases (a queue from before them) the last to arrive stays, as it always did.
    expect((await saveHomeworkAnswer(who, { homeworkId, fieldKey: 'day1.drained', value: 'Telefoon' })).ok).toBe(true);
    expect(await stored()).toBe('Telefoon');
  });
});

describe('withdrawing "measure again": its measurement goes with it, in the same change', () => {
  const items = checkInV1.sections.flatMap((section) => section.items);

  /** A check-in assigned as homework, with one answer the client gave in the portal. */
  async function started() {
    const ctx = await setup();
    const homeworkId = await assignedId(ctx.actor, ctx.client, 'measure_again', 'check-in');
    const who = { practiceId: ctx.actor.practiceId, clientId: ctx.client.id };
    expect(await saveMeasurementAnswer(who, homeworkId, { itemKey: items[0]!.key, value: 2 })).toMatchObject({ ok: true });
    const access = await ctx.reach(homeworkId);
    return { ...ctx, who, homeworkId, access, measurementId: access.homework.measurementId! };
  }

  const left = async (practiceId: string) => ({
    homework: (await getDb().select().from(homework).where(eq(homework.practiceId, practiceId))).map((h) => h.status),
    measurements: (await getDb().select().from(measurements).where(eq(measurements.practiceId, practiceId))).map((m) => m.status),
    answers: (await getDb().select().from(measurementAnswers).where(eq(measurementAnswers.practiceId, practiceId))).length,
  });
  const withdrawnLines = async (practiceId: string, clientId: string) =>
    (await timelineKinds(practiceId, clientId)).filter((e) => e.kind === 'homework.withdrawn');

  it('deletes nothing when its timeline line and audit entry cannot be written', async () => {
    const { actor, client, access } = await started();
    events.down = true;
    await expect(withdrawHomework(actor, access, 1)).rejects.toThrow('timeline unavailable');
    events.down = false;
    expect(await left(actor.practiceId)).toEqual({ homework: ['assigned'], measurements: ['in_progress'], answers: 1 });
    expect(await withdrawnLines(actor.practiceId, client.id)).toEqual([]);
    expect(await withdrawHomework(actor, access, 1)).toEqual({ ok: true, data: null });
    expect(await left(actor.practiceId)).toEqual({ homework: [], measurements: [], answers: 0 });
    expect(await withdrawnLines(actor.practiceId, client.id)).toHaveLength(1);
  });

  it('is refused, deleting nothing, when the client completed it after the coach’s page was loaded', async () => {
    const { actor, client, who, homeworkId, access } = await started();
    // The coach's page still has it open (its homework as read then), and the client hands it in.
    expect(await completeMeasurementHomework(who, homeworkId)).toEqual({ ok: true, data: null });
    expect(await withdrawHomework(actor, access, access.homework.version)).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'homework.errors.withdrawMeasurementCompleted' },
    });
    expect(await left(actor.practiceId)).toEqual({ homework: ['submitted'], measurements: ['completed'], answers: 1 });
    expect(await withdrawnLines(actor.practiceId, client.id)).toEqual([]);
    expect((await auditFor(actor.practiceId)).some((a) => a.action === 'homework.withdrawn')).toBe(false);
  });

  it('either withdraws or hands in when the client sends it as the coach withdraws it, never half of each', async () => {
    for (let round = 0; round < 4; round++) {
      const { actor, client, who, homeworkId, access } = await started();
      const [completed, withdrawn] = await Promise.all([
        completeMeasurementHomework(who, homeworkId),
        withdrawHomework(actor, access, access.homework.version),
      ]);
      const now = await left(actor.practiceId);
      if (withdrawn.ok) {
        expect(completed).toEqual({ ok: false, error: 'not_found' });
        expect(now).toEqual({ homework: [], measurements: [], answers: 0 });
        expect(await withdrawnLines(actor.practiceId, client.id)).toHaveLength(1);
        expect(await submittedEvents(actor.practiceId, client.id)).toEqual([]);
      } else {
        expect(completed).toEqual({ ok: true, data: null });
        expect(withdrawn).toEqual({
          ok: false,
          error: 'validation',
          fieldErrors: { _form: 'homework.errors.withdrawMeasurementCompleted' },
        });
        expect(now).toEqual({ homework: ['submitted'], measurements: ['completed'], answers: 1 });
        expect(await withdrawnLines(actor.practiceId, client.id)).toEqual([]);
        expect(await submittedEvents(actor.practiceId, client.id)).toHaveLength(1);
      }
    }
  });

  it('refuses a save racing the withdrawal cleanly: written before it and deleted with it, or not found', async () => {
    const { actor, who, homeworkId, access } = await started();
    const [saved, withdrawn] = await Promise.all([
      saveMeasurementAnswer(who, homeworkId, { itemKey: items[1]!.key, value: 4 }),
      withdrawHomework(actor, access, 1),
    ]);
    expect(withdrawn).toEqual({ ok: true, data: null });
    if (!saved.ok) expect(saved).toEqual({ ok: false, error: 'not_found' });
    expect(await left(actor.practiceId)).toEqual({ homework: [], measurements: [], answers: 0 });
  });
});
