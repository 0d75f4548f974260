'use server';

import { revalidatePath } from 'next/cache';
import { withOwner } from '@/lib/auth/guards';
import { eraseClient } from '@/lib/caseload/service';
import { eraseClientSchema } from '@/lib/schemas/client';

/** GDPR art. 17: the owner confirms by typing the client's name; everything about the client goes. */
export const eraseClientAction = withOwner(eraseClientSchema, async ({ clientId, confirmName }, actor) => {
  const result = await eraseClient(actor, clientId, confirmName);
  if (result.ok) revalidatePath('/clients');
  return result;
});
