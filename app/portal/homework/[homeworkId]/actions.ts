'use server';

import { getDb } from '@/db/client';
import { listAnswers, lockHomework, markSubmitted, upsertAnswer } from '@/db/queries/homework';
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

/** Explicit: checks what must be filled in, then the form is read-only until the coach reopens it. */
export const submitHomeworkAction = withPortalClient(submitHomeworkSchema, async ({ homeworkId }, client) => {
  const item = await ownHomework(client, homeworkId);
  if (!item || !isFormTemplate(item.template)) return fail('not_found');
  const template = formTemplates[item.template];
  return getDb().transaction(async (tx) => {
    // Checked under the row lock, so a field save arriving now cannot empty a required field afterwards.
    const locked = await lockHomework(client.practiceId, item.id, tx);
    if (!locked || locked.status === 'submitted') return fail('validation', SUBMITTED);
    const missing = template.missingForSubmit(await listAnswers(client.practiceId, item.id, tx));
    if (missing.length > 0) {
      return fail('validation', { fieldErrors: Object.fromEntries(missing.map((key) => [key, 'validation.required'])) });
    }
    await markSubmitted(client.practiceId, item.id, tx);
    await recordTimelineEvent(
      client.practiceId,
      { clientId: client.clientId, kind: 'homework.submitted', actorKind: 'client', data: { homeworkId: item.id, template: item.template } },
      tx,
    );
    await audit({ practiceId: client.practiceId, actorKind: 'client', action: 'homework.submitted', entityType: 'homework', entityId: item.id }, tx);
    return ok(null);
  });
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
  return completeMeasurement(client.practiceId, own.measurementId, { kind: 'client', userId: null });
});
