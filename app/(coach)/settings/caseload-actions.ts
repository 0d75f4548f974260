'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updateCaseloadSettings } from '@/db/queries/client-retention';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withOwner } from '@/lib/auth/guards';
import { caseloadSettingsSchema } from '@/lib/schemas/client';

/** The owner decides whether coaches see every client or only their own, and how long closed records are kept. */
export const updateCaseloadSettingsAction = withOwner(caseloadSettingsSchema, async ({ seen, ...next }, actor) => {
  const saved = await getDb().transaction(async (tx) => {
    if (!(await updateCaseloadSettings(actor.practiceId, seen, next, tx))) return false;
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.caseload_settings_updated', metadata: next }, tx);
    return true;
  });
  if (!saved) return fail('stale');
  revalidatePath('/', 'layout');
  return ok(null);
});
