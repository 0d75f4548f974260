'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { withPublic } from '@/lib/auth/guards';
import { requestPortalLink } from '@/lib/portal/link-requests';
import { PORTAL_COOKIE } from '@/lib/portal/rules';
import { endPortalSession } from '@/lib/portal/sign-out';
import { requestPortalLinkSchema } from '@/lib/schemas/portal';

/**
 * Always the same answer, and as fast, for a known and an unknown email ("if it is known, a link is on
 * its way"): the request is rate limited per hashed email and only enqueued; the worker looks it up.
 */
export const requestPortalLinkAction = withPublic(requestPortalLinkSchema, ({ email, next }) => requestPortalLink(email, next));

/** Ends the portal session on the server too, so a copied cookie is worthless afterwards. */
export async function signOutPortalAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(PORTAL_COOKIE)?.value;
  if (token) await endPortalSession(token);
  jar.delete({ name: PORTAL_COOKIE, path: '/portal' });
  redirect('/portal/login?signedOut=1');
}
