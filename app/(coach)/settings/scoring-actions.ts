'use server';

import { revalidatePath } from 'next/cache';
import { withOwner } from '@/lib/auth/guards';
import { scoringSettingsSchema } from '@/lib/schemas/scoring';
import { updateScoringSettings } from '@/lib/settings/scoring';

/** The owner picks the index component set (JD-R breed or AZW seed 003) for the whole practice. */
export const updateScoringSettingsAction = withOwner(scoringSettingsSchema, async (input, actor) => {
  const result = await updateScoringSettings(actor, input);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
});
