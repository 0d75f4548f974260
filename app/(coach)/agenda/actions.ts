'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { renewCalendarFeedSchema } from '@/lib/schemas/session';
import { renewCalendarFeed } from '@/lib/sessions/service';

/** A new secret calendar URL for the signed-in coach; the previous one stops working at once. Shown once. */
export const renewCalendarFeedAction = withCoach(renewCalendarFeedSchema, async (_input, actor) => {
  const result = await renewCalendarFeed(actor);
  if (result.ok) revalidatePath('/agenda');
  return result;
});
