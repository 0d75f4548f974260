import 'server-only';
import type { Executor } from '@/db/client';
import { insertPortalLink, insertPortalSession } from '@/db/queries/portal';
import { newLinkToken } from '@/lib/accounts/links';
import { appUrl } from '@/lib/urls';
import { PORTAL_LINK_TTL_MS, PORTAL_SESSION_TTL_MS, safePortalPath } from './rules';

/** A single-use sign-in link (30 minutes) that lands the client on `redirectTo`; only its hash is stored. */
export async function issuePortalLink(practiceId: string, clientId: string, redirectTo: string, ex?: Executor, now = new Date()) {
  const { token, tokenHash } = newLinkToken(practiceId);
  await insertPortalLink(
    practiceId,
    { clientId, tokenHash, redirectTo: safePortalPath(redirectTo), expiresAt: new Date(now.getTime() + PORTAL_LINK_TTL_MS) },
    ex,
  );
  return appUrl(`/portal/auth/${token}`);
}

/** A new portal session: the cookie value to set and when it ends. */
export async function startPortalSession(practiceId: string, clientId: string, ex?: Executor, now = new Date()) {
  const { token, tokenHash } = newLinkToken(practiceId);
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_TTL_MS);
  await insertPortalSession(practiceId, { clientId, tokenHash, expiresAt }, ex);
  return { cookieValue: token, expiresAt };
}

/** The stable address of a homework in the portal (asks to sign in first when needed): safe to copy. */
export function portalHomeworkUrl(homeworkId: string) {
  return appUrl(`/portal/homework/${homeworkId}`);
}
