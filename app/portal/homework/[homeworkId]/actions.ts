'use server';

import { getDb } from '@/db/client';
import { listAnswers, markSubmitted, upsertAnswer } from '@/db/queries/homework';
import { findPortalHomework } from '@/db/queries/portal-records';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { checkAnswer } from '@/lib/homework/answers';
import { formTemplates, isFormTemplate } from '@/lib/homework/templates';
import { completeMeasurement, saveAnswer } from '@/lib/intake/service';
import { withPortalClient, type PortalClient } from '@/lib/portal/guards';
import { portalMeasurementAnswerSchema, saveHomeworkAnswerSchema, submitHomeworkSchema } from '@/lib/schemas/portal';
import { recordTimelineEvent } from '@/lib/timeline';

const SUBMITTED = { fieldErrors: { _form: 'portal.homework.alreadySubmitted' } };

/** The signed-in client's own homework, or nothing: another client's id is "not found", nothing written. */
function ownHomework(client: PortalClient, homeworkId: string) {
  return findPortalHomework(client.practiceId, client.clientId, homeworkId);
}

/** One field, saved on its own as the client fills it in (the autosave queue sends it). */
export const saveHomeworkAnswerAction = withPortalClient(saveHomeworkAnswerSchema, async ({ homeworkId, fieldKey, value }, client) => {
  const item = await ownHomework(client, homeworkId);
  if (!item || !isFormTemplate(item.template)) return fail('not_found');
  if (item.status === 'submitted') return fail('forbidden', SUBMITTED);
  const checked = checkAnswer(formTemplates[item.template], fieldKey, value);
  if (!checked.ok) return fail('validation', { fieldErrors: { [fieldKey]: checked.error } });
  const savedAt = await upsertAnswer(client.practiceId, item.id, fieldKey, checked.value);
  if (!savedAt) return fail('forbidden', SUBMITTED);
  return ok({ savedAt: savedAt.toISOString() });
});

async function recordSubmission(client: PortalClient, homeworkId: string, template: string) {
  return getDb().transaction(async (tx) => {
    const row = await markSubmitted(client.practiceId, homeworkId, tx);
    if (!row) return false;
    await recordTimelineEvent(
      client.practiceId,
      { clientId: client.clientId, kind: 'homework.submitted', actorKind: 'client', data: { homeworkId, template } },
      tx,
    );
    await audit({ practiceId: client.practiceId, actorKind: 'client', action: 'homework.submitted', entityType: 'homework', entityId: homeworkId }, tx);
    return true;
  });
}

/** Explicit: checks what must be filled in, then the form is read-only until the coach reopens it. */
export const submitHomeworkAction = withPortalClient(submitHomeworkSchema, async ({ homeworkId }, client) => {
  const item = await ownHomework(client, homeworkId);
  if (!item || !isFormTemplate(item.template)) return fail('not_found');
  if (item.status === 'submitted') return fail('validation', SUBMITTED);
  const missing = formTemplates[item.template].missingForSubmit(await listAnswers(client.practiceId, item.id));
  if (missing.length > 0) {
    return fail('validation', { fieldErrors: Object.fromEntries(missing.map((key) => [key, 'validation.required'])) });
  }
  if (!(await recordSubmission(client, item.id, item.template))) return fail('validation', SUBMITTED);
  return ok(null);
});

async function ownMeasurement(client: PortalClient, homeworkId: string) {
  const item = await ownHomework(client, homeworkId);
  return item && item.template === 'measure_again' && item.measurementId ? { item, measurementId: item.measurementId } : null;
}

/** "Measure again": one answer of the measurement this homework created, through the intake service. */
export const saveMeasurementAnswerAction = withPortalClient(portalMeasurementAnswerSchema, async ({ homeworkId, ...answer }, client) => {
  const own = await ownMeasurement(client, homeworkId);
  if (!own) return fail('not_found');
  if (own.item.status === 'submitted') return fail('forbidden', SUBMITTED);
  return saveAnswer(client.practiceId, own.measurementId, answer, 'client');
});

/** Completing the measurement hands the homework in. */
export const completeMeasurementHomeworkAction = withPortalClient(submitHomeworkSchema, async ({ homeworkId }, client) => {
  const own = await ownMeasurement(client, homeworkId);
  if (!own) return fail('not_found');
  if (own.item.status === 'submitted') return ok(null);
  const completed = await completeMeasurement(client.practiceId, own.measurementId, { kind: 'client', userId: null });
  if (!completed.ok) return completed;
  await recordSubmission(client, own.item.id, own.item.template);
  return ok(null);
});
