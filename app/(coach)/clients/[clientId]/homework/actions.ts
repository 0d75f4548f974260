'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/result';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach } from '@/lib/auth/guards';
import { requireHomeworkAccess } from '@/lib/auth/record-access';
import { assignHomework, reopenHomework, sendHomeworkReminder, withdrawHomework } from '@/lib/homework/service';
import { assignHomeworkSchema, homeworkRefSchema, reopenHomeworkSchema, withdrawHomeworkSchema } from '@/lib/schemas/homework';

function refreshed<T>(clientId: string, result: ActionResult<T>): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath(`/clients/${clientId}`, 'layout');
  revalidatePath('/dashboard');
  return result;
}

export const assignHomeworkAction = withCoach(assignHomeworkSchema, async ({ clientId, ...input }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  return refreshed(client.id, await assignHomework(actor, client, input));
});

export const sendHomeworkReminderAction = withCoach(homeworkRefSchema, async ({ homeworkId }, actor) => {
  const found = await requireHomeworkAccess(actor, homeworkId);
  return refreshed(found.client.id, await sendHomeworkReminder(actor, found));
});

export const reopenHomeworkAction = withCoach(reopenHomeworkSchema, async ({ homeworkId, version }, actor) => {
  const found = await requireHomeworkAccess(actor, homeworkId);
  return refreshed(found.client.id, await reopenHomework(actor, found, version));
});

export const withdrawHomeworkAction = withCoach(withdrawHomeworkSchema, async ({ homeworkId, version }, actor) => {
  const found = await requireHomeworkAccess(actor, homeworkId);
  return refreshed(found.client.id, await withdrawHomework(actor, found, version));
});
