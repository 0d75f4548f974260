'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { createClient, updateClientDetails } from '@/lib/caseload/service';
import { createClientSchema, updateClientSchema } from '@/lib/schemas/client';

export const createClientAction = withCoach(createClientSchema, async ({ requestId, ...values }, actor) => {
  const result = await createClient(actor, values, requestId);
  if (result.ok) revalidatePath('/clients');
  return result;
});

export const updateClientAction = withCoach(updateClientSchema, async ({ clientId, version, recoveredOn, ...values }, actor) => {
  const result = await updateClientDetails(actor, clientId, version, values, recoveredOn);
  if (result.ok) revalidatePath(`/clients/${clientId}`);
  return result;
});
