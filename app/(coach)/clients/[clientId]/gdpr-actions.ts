'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { deleteClient } from '@/db/queries/client-lifecycle';
import { deleteOutboxMailsTo } from '@/db/queries/outbox';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withOwner } from '@/lib/auth/guards';
import { confirmsName, eraseClientSchema } from '@/lib/schemas/client';

/**
 * GDPR art. 17: the owner confirms by typing the client's name; the client row goes, and with it (ON
 * DELETE CASCADE) every row about them, in one transaction. The audit entry keeps only the id.
 */
export const eraseClientAction = withOwner(eraseClientSchema, async ({ clientId, confirmName }, actor) => {
  const client = await requireClientAccess(actor, clientId);
  if (!confirmsName(confirmName, client)) return fail('validation', { fieldErrors: { confirmName: 'gdpr.erase.nameMismatch' } });
  const erased = await getDb().transaction(async (tx) => {
    if (!(await deleteClient(actor.practiceId, clientId, tx))) return false;
    // Kept mails are not linked to the client row, so they do not cascade: they go by address.
    await deleteOutboxMailsTo(actor.practiceId, client.email, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'client.erased', entityType: 'client', entityId: clientId }, tx);
    return true;
  });
  if (!erased) return fail('not_found');
  revalidatePath('/clients');
  return ok(null);
});
