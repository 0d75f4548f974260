'use server';

import { revalidatePath } from 'next/cache';
import { withOwner } from '@/lib/auth/guards';
import { retryFailedMail } from '@/lib/mail/service';
import { retryMailSchema } from '@/lib/schemas/practice';

/** "Send again" for a mail that failed for good (owner only, like the outbox page). */
export const retryMailAction = withOwner(retryMailSchema, async ({ jobId }, actor) => {
  const result = await retryFailedMail(actor, jobId);
  if (result.ok) revalidatePath('/outbox');
  return result;
});
