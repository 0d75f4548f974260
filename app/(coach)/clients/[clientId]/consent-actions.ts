'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { recordConsent } from '@/lib/caseload/service';
import { recordConsentSchema } from '@/lib/schemas/consent';

/** Giving and withdrawing both add a record (who, when, which text); nothing is ever deleted. */
export const recordConsentAction = withCoach(recordConsentSchema, async (input, actor) => {
  const result = await recordConsent(actor, input);
  if (result.ok) revalidatePath(`/clients/${input.clientId}`);
  return result;
});
