import 'server-only';
import { getDb } from '@/db/client';
import { deletePortalSession } from '@/db/queries/portal';
import { readLinkToken } from '@/lib/accounts/links';
import { audit } from '@/lib/audit';

/** Ends a portal session on the server too, so a copied cookie is worthless afterwards. Unknown tokens: nothing to do. */
export async function endPortalSession(cookieValue: string): Promise<void> {
  const link = readLinkToken(cookieValue);
  if (!link) return;
  await getDb().transaction(async (tx) => {
    await deletePortalSession(link.practiceId, link.tokenHash, tx);
    await audit({ practiceId: link.practiceId, actorKind: 'client', action: 'portal.signed_out' }, tx);
  });
}
