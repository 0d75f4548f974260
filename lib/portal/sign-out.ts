import 'server-only';
import { getDb } from '@/db/client';
import { deletePortalSession, findPortalSession } from '@/db/queries/portal';
import { readLinkToken } from '@/lib/accounts/links';
import { audit } from '@/lib/audit';

/**
 * Ends a portal session on the server too, so a copied cookie is worthless afterwards. Audited only when a live
 * session ended: a forged or stale cookie (any UUID as practice) writes nothing, so it can neither fill a
 * practice's audit log nor fail on the foreign key.
 */
export async function endPortalSession(cookieValue: string): Promise<void> {
  const link = readLinkToken(cookieValue);
  if (!link) return;
  await getDb().transaction(async (tx) => {
    const session = await findPortalSession(link.practiceId, link.tokenHash, new Date(), tx);
    await deletePortalSession(link.practiceId, link.tokenHash, tx);
    if (!session) return;
    await audit(
      { practiceId: link.practiceId, actorKind: 'client', action: 'portal.signed_out', entityType: 'client', entityId: session.clientId },
      tx,
    );
  });
}
