'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { archiveCustomInstrument, saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { archiveCustomInstrumentSchema, saveCustomInstrumentSchema } from '@/lib/schemas/intake';

export const saveCustomInstrumentAction = withCoach(saveCustomInstrumentSchema, async (input, actor) => {
  const result = await saveCustomInstrument(actor.practiceId, actor.userId, input);
  if (result.ok) revalidatePath('/instruments');
  return result;
});

export const archiveCustomInstrumentAction = withCoach(archiveCustomInstrumentSchema, async ({ key, archived }, actor) => {
  const result = await archiveCustomInstrument(actor.practiceId, actor.userId, key, archived);
  if (result.ok) revalidatePath('/instruments');
  return result;
});
