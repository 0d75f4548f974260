'use server';

import { revalidatePath } from 'next/cache';
import { getDb, type Executor } from '@/db/client';
import { findHomework, insertHomework, markReminded, markReopened, setHomeworkMeasurement } from '@/db/queries/homework';
import { getPractice } from '@/db/queries/practices';
import type { Homework } from '@/db/schema';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withCoach, type Actor } from '@/lib/auth/guards';
import { requireClientAccess, type AccessibleClient } from '@/lib/auth/client-access';
import { resolveInstrument, startMeasurement } from '@/lib/intake/service';
import { homeworkAssignedMail, homeworkReminderMail } from '@/lib/mail/portal-templates';
import { deliver } from '@/lib/mail/transport';
import { issuePortalLink, portalHomeworkUrl } from '@/lib/portal/links';
import { assignHomeworkSchema, homeworkRefSchema, reopenHomeworkSchema } from '@/lib/schemas/homework';
import { recordTimelineEvent } from '@/lib/timeline';

function refresh(clientId: string) {
  revalidatePath(`/clients/${clientId}`, 'layout');
  revalidatePath('/dashboard');
}

/** The mail to the client, with a fresh single-use sign-in link that lands on this homework. */
async function mailClient(kind: 'assigned' | 'reminder', actor: Actor, client: AccessibleClient, item: Homework, ex: Executor) {
  const practice = await getPractice(actor.practiceId, ex);
  const url = await issuePortalLink(actor.practiceId, client.id, `/portal/homework/${item.id}`, ex);
  const args = {
    to: client.email,
    locale: client.locale,
    name: client.firstName,
    coach: actor.name,
    practice: practice?.name ?? '',
    template: item.template,
    instrumentKey: item.instrumentKey,
    dueDate: item.dueDate,
    url,
  };
  await deliver(actor.practiceId, kind === 'assigned' ? homeworkAssignedMail({ ...args, message: item.message }) : homeworkReminderMail(args), ex);
}

export const assignHomeworkAction = withCoach(assignHomeworkSchema, async (input, actor) => {
  const client = await requireClientAccess(actor, input.clientId);
  const measureAgain = input.template === 'measure_again';
  const instrument = measureAgain ? await resolveInstrument(actor.practiceId, input.instrumentKey) : null;
  if (measureAgain && !instrument) return fail('validation', { fieldErrors: { instrumentKey: 'homework.errors.instrument' } });
  const item = await getDb().transaction(async (tx) => {
    const row = await insertHomework(
      actor.practiceId,
      {
        clientId: client.id,
        template: input.template,
        instrumentKey: instrument?.instrument.key ?? null,
        instrumentVersion: instrument?.instrument.version ?? null,
        message: input.message,
        dueDate: input.dueDate,
        assignedBy: actor.userId,
      },
      tx,
    );
    if (instrument) {
      const measurement = await startMeasurement(
        actor.practiceId,
        { clientId: client.id, instrumentKey: instrument.instrument.key, instrumentVersion: instrument.instrument.version, administeredBy: 'client', createdBy: actor.userId },
        tx,
      );
      await setHomeworkMeasurement(actor.practiceId, row.id, measurement.id, tx);
    }
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: client.id, kind: 'homework.assigned', actorUserId: actor.userId, data: { homeworkId: row.id, template: input.template, dueDate: input.dueDate } },
      tx,
    );
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'homework.assigned', entityType: 'homework', entityId: row.id, metadata: { template: input.template } },
      tx,
    );
    await mailClient('assigned', actor, client, row, tx);
    return row;
  });
  refresh(client.id);
  return ok({ homeworkId: item.id, url: portalHomeworkUrl(item.id) });
});

async function reachableHomework(actor: Actor, homeworkId: string) {
  const item = await findHomework(actor.practiceId, homeworkId);
  if (!item) return null;
  return { item, client: await requireClientAccess(actor, item.clientId) };
}

export const sendHomeworkReminderAction = withCoach(homeworkRefSchema, async ({ homeworkId }, actor) => {
  const found = await reachableHomework(actor, homeworkId);
  if (!found) return fail('not_found');
  const { item, client } = found;
  if (item.status === 'submitted') return fail('validation', { fieldErrors: { _form: 'homework.errors.alreadySubmitted' } });
  const sent = await getDb().transaction(async (tx) => {
    if (!(await markReminded(actor.practiceId, item.id, tx))) return false;
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: client.id, kind: 'homework.reminded', actorUserId: actor.userId, data: { homeworkId: item.id, template: item.template, dueDate: item.dueDate } },
      tx,
    );
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'homework.reminded', entityType: 'homework', entityId: item.id }, tx);
    await mailClient('reminder', actor, client, item, tx);
    return true;
  });
  if (!sent) return fail('validation', { fieldErrors: { _form: 'homework.errors.alreadySubmitted' } });
  refresh(client.id);
  return ok(null);
});

export const reopenHomeworkAction = withCoach(reopenHomeworkSchema, async ({ homeworkId, version }, actor) => {
  const found = await reachableHomework(actor, homeworkId);
  if (!found) return fail('not_found');
  const { item, client } = found;
  if (item.template === 'measure_again') return fail('validation', { fieldErrors: { _form: 'homework.errors.reopenMeasurement' } });
  if (item.status !== 'submitted') return fail('validation', { fieldErrors: { _form: 'homework.errors.notSubmitted' } });
  const reopened = await getDb().transaction(async (tx) => {
    if (!(await markReopened(actor.practiceId, item.id, version, tx))) return false;
    await recordTimelineEvent(
      actor.practiceId,
      { clientId: client.id, kind: 'homework.reopened', actorUserId: actor.userId, data: { homeworkId: item.id, template: item.template } },
      tx,
    );
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'homework.reopened', entityType: 'homework', entityId: item.id }, tx);
    return true;
  });
  if (!reopened) return fail('stale');
  refresh(client.id);
  return ok(null);
});
