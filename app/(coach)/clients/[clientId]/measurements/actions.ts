'use server';

import { revalidatePath } from 'next/cache';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach } from '@/lib/auth/guards';
import { requireMeasurementAccess } from '@/lib/auth/record-access';
import { completeMeasurementReporting, reopenMeasurement, saveAnswer, startCoachMeasurement } from '@/lib/intake/service';
import { type AnswerInputValues, measurementIdSchema, saveAnswerSchema, startMeasurementSchema } from '@/lib/schemas/intake';

function revalidateMeasurement(clientId: string, measurementId: string) {
  revalidatePath(`/clients/${clientId}/measurements`);
  revalidatePath(`/clients/${clientId}/measurements/${measurementId}`);
  revalidatePath(`/clients/${clientId}`);
}

export const startMeasurementAction = withCoach(startMeasurementSchema, async ({ clientId, instrumentKey }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  const result = await startCoachMeasurement(actor, client.id, instrumentKey);
  if (result.ok) {
    revalidatePath(`/clients/${client.id}/measurements`);
    revalidatePath(`/clients/${client.id}`);
  }
  return result;
});

const saveAnswerGuarded = withCoach(saveAnswerSchema, async ({ measurementId, ...answer }, actor) => {
  const { measurement } = await requireMeasurementAccess(actor, measurementId);
  // No revalidation: the form keeps its own state, and a refresh per answer would slow the live intake down.
  return saveAnswer(actor.practiceId, measurementId, answer, 'coach', { head: measurement });
});

/** Bound to one measurement by the intake page: `saveIntakeAnswerAction.bind(null, measurementId)`. */
export async function saveIntakeAnswerAction(measurementId: string, input: AnswerInputValues) {
  return saveAnswerGuarded({ ...input, measurementId });
}

const completeGuarded = withCoach(measurementIdSchema, async ({ measurementId }, actor) => {
  const { measurement } = await requireMeasurementAccess(actor, measurementId);
  // Whether it was completed already (another tab, the client at home): the intake says so (measurement-form.tsx).
  const result = await completeMeasurementReporting(actor.practiceId, measurementId, { kind: 'coach', userId: actor.userId });
  if (result.ok) revalidateMeasurement(measurement.clientId, measurementId);
  return result;
});

/** Bound to one measurement by the intake page. */
export async function completeIntakeAction(measurementId: string) {
  return completeGuarded({ measurementId });
}

export const reopenMeasurementAction = withCoach(measurementIdSchema, async ({ measurementId }, actor) => {
  const { measurement } = await requireMeasurementAccess(actor, measurementId);
  const result = await reopenMeasurement(actor.practiceId, measurementId, { userId: actor.userId });
  if (result.ok) revalidateMeasurement(measurement.clientId, measurementId);
  return result;
});
