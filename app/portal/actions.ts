'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { claimLinkRequest, deletePortalSession, findPortalClientsByEmail } from '@/db/queries/portal';
import { readLinkToken } from '@/lib/accounts/links';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withPublic } from '@/lib/auth/guards';
import { portalLinkMail } from '@/lib/mail/portal-templates';
import { deliver } from '@/lib/mail/transport';
import { issuePortalLink } from '@/lib/portal/links';
import { isRateLimited, LINK_REQUEST_WINDOW_MS, PORTAL_COOKIE, portalEmailKey, safePortalPath } from '@/lib/portal/rules';
import { requestPortalLinkSchema } from '@/lib/schemas/portal';

/**
 * Always the same answer for a known and an unknown email ("if it is known, a link is on its way").
 * Rate limited per hashed email, for unknown emails too, so the limit reveals nothing either.
 */
export const requestPortalLinkAction = withPublic(requestPortalLinkSchema, async ({ email, next }) => {
  const key = portalEmailKey(email);
  const since = new Date(Date.now() - LINK_REQUEST_WINDOW_MS);
  if (!(await claimLinkRequest(key, since, (earlier) => !isRateLimited(earlier)))) {
    return fail('rate_limited', { params: { minutes: Math.round(LINK_REQUEST_WINDOW_MS / 60_000) } });
  }
  const redirectTo = safePortalPath(next);
  // One email may be a client of more than one practice: each practice sends its own link.
  for (const client of await findPortalClientsByEmail(email)) {
    await getDb().transaction(async (tx) => {
      const url = await issuePortalLink(client.practiceId, client.id, redirectTo, tx);
      await audit({ practiceId: client.practiceId, actorKind: 'client', action: 'portal.link_requested', entityType: 'client', entityId: client.id }, tx);
      await deliver(client.practiceId, portalLinkMail({ to: client.email, locale: client.locale, name: client.firstName, practice: client.practiceName, url }), tx);
    });
  }
  return ok(null);
});

/** Ends the portal session on the server too, so a copied cookie is worthless afterwards. */
export async function signOutPortalAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(PORTAL_COOKIE)?.value;
  const link = token ? readLinkToken(token) : null;
  if (link) {
    await getDb().transaction(async (tx) => {
      await deletePortalSession(link.practiceId, link.tokenHash, tx);
      await audit({ practiceId: link.practiceId, actorKind: 'client', action: 'portal.signed_out' }, tx);
    });
  }
  jar.delete({ name: PORTAL_COOKIE, path: '/portal' });
  redirect('/portal/login?signedOut=1');
}
