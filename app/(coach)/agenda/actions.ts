'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { replaceCalendarFeed } from '@/db/queries/calendar';
import { newLinkToken } from '@/lib/accounts/links';
import { ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withCoach } from '@/lib/auth/guards';
import { renewCalendarFeedSchema } from '@/lib/schemas/session';
import { appUrl } from '@/lib/urls';

/** A new secret calendar URL for the signed-in coach; the previous one stops working at once. Shown once. */
export const renewCalendarFeedAction = withCoach(renewCalendarFeedSchema, async (_input, actor) => {
  const { token, tokenHash } = newLinkToken(actor.practiceId);
  await getDb().transaction(async (tx) => {
    await replaceCalendarFeed(actor.practiceId, actor.userId, tokenHash, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'calendar.feed_renewed' }, tx);
  });
  revalidatePath('/agenda');
  return ok({ url: appUrl(`/api/calendar/${token}.ics`) });
});
