'use server';

import { revalidatePath } from 'next/cache';
import { withOwner } from '@/lib/auth/guards';
import { caseloadSettingsSchema } from '@/lib/schemas/client';
import { updateCaseloadRules } from '@/lib/settings/service';

/** The owner decides whether coaches see every client or only their own, and how long closed records are kept. */
export const updateCaseloadSettingsAction = withOwner(caseloadSettingsSchema, async ({ seen, ...next }, actor) => {
  const result = await updateCaseloadRules(actor, seen, next);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
});
