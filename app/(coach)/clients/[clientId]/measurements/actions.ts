'use server';

import { revalidatePath } from 'next/cache';
import { fail, ok } from '@/lib/actions/result';
import { GuardError, withCoach, type Actor } from '@/lib/auth/guards';
import { requireClientAccess } from '@/lib/auth/client-access';
import { completeMeasurement, IntakeNotFoundError, measurementRef, reopenMeasurement, saveAnswer, startMeasurement } from '@/lib/intake/service';
import { measurementIdSchema, saveAnswerSchema, startMeasurementSchema, type AnswerInputValues } from '@/lib/schemas/intake';

/** The measurement, if it belongs to a client this coach may reach; otherwise `not_found`, like one that does not exist. */
async function reachableMeasurement(actor: Actor, measurementId: string) {
  const head = await measurementRef(actor.practiceId, measurementId);
  if (!head) throw new GuardError('not_found');
  await requireClientAccess(actor, head.clientId);
  return head;
}

function revalidateMeasurement(clientId: string, measurementId: string) {
  revalidatePath(`/clients/${clientId}/measurements`);
  revalidatePath(`/clients/${clientId}/measurements/${measurementId}`);
  revalidatePath(`/clients/${clientId}`);
}

export const startMeasurementAction = withCoach(startMeasurementSchema, async ({ clientId, instrumentKey }, actor) => {
  await requireClientAccess(actor, clientId);
  try {
    const { id } = await startMeasurement(actor.practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: actor.userId });
    revalidatePath(`/clients/${clientId}/measurements`);
    revalidatePath(`/clients/${clientId}`);
    return ok({ id });
  } catch (error) {
    if (error instanceof IntakeNotFoundError) return fail('not_found', { fieldErrors: { instrumentKey: 'measurements.unknownInstrument' } });
    throw error;
  }
});

const saveAnswerGuarded = withCoach(saveAnswerSchema, async ({ measurementId, ...answer }, actor) => {
  const head = await reachableMeasurement(actor, measurementId);
  // No revalidation: the form keeps its own state, and a refresh per answer would slow the live intake down.
  return saveAnswer(actor.practiceId, measurementId, answer, 'coach', { head });
});

/** Bound to one measurement by the intake page: `saveIntakeAnswerAction.bind(null, measurementId)`. */
export async function saveIntakeAnswerAction(measurementId: string, input: AnswerInputValues) {
  return saveAnswerGuarded({ ...input, measurementId });
}

const completeGuarded = withCoach(measurementIdSchema, async ({ measurementId }, actor) => {
  const head = await reachableMeasurement(actor, measurementId);
  const result = await completeMeasurement(actor.practiceId, measurementId, { kind: 'coach', userId: actor.userId });
  if (result.ok) revalidateMeasurement(head.clientId, measurementId);
  return result;
});

/** Bound to one measurement by the intake page. */
export async function completeIntakeAction(measurementId: string) {
  return completeGuarded({ measurementId });
}

export const reopenMeasurementAction = withCoach(measurementIdSchema, async ({ measurementId }, actor) => {
  const head = await reachableMeasurement(actor, measurementId);
  const result = await reopenMeasurement(actor.practiceId, measurementId, { userId: actor.userId });
  if (result.ok) revalidateMeasurement(head.clientId, measurementId);
  return result;
});
