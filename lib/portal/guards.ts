import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { z } from 'zod';
import { findEndedPortalSession, findPortalSession, touchPortalSession } from '@/db/queries/portal';
import { readLinkToken } from '@/lib/accounts/links';
import { GuardError, type GuardedHandler, guarded } from '@/lib/auth/guards';
import { PORTAL_COOKIE, safePortalPath } from './rules';

export type PortalClient = NonNullable<Awaited<ReturnType<typeof findPortalSession>>>;

const portalCookie = cache(async () => {
  const token = (await cookies()).get(PORTAL_COOKIE)?.value;
  return token ? readLinkToken(token) : null;
});

/** The client signed in to the portal (cookie `<practiceId>.<secret>`, checked against the database), or null. */
export const currentPortalClient = cache(async (): Promise<PortalClient | null> => {
  const link = await portalCookie();
  if (!link) return null;
  const session = await findPortalSession(link.practiceId, link.tokenHash);
  // Idle timeout (30 minutes): every use moves it on.
  if (session) await touchPortalSession(session.practiceId, session.sessionId);
  return session;
});

/**
 * No valid session: was it ended because the coach closed the trajectory or archived the record? Asked only when the
 * session is not valid, so a signed-in page costs nothing more.
 */
async function coachingEnded(): Promise<boolean> {
  const link = await portalCookie();
  return link ? findEndedPortalSession(link.practiceId, link.tokenHash) : false;
}

/**
 * For portal pages: a visitor without a valid session goes to the portal sign-in, and comes back after; one whose
 * coaching has ended is told so (a sign-in would not let them in).
 */
export async function requirePortalClient(returnTo = '/portal'): Promise<PortalClient> {
  const client = await currentPortalClient();
  if (!client) {
    if (await coachingEnded()) redirect('/portal/link?reason=coaching_ended');
    const next = safePortalPath(returnTo);
    redirect(next === '/portal' ? '/portal/login' : `/portal/login?next=${encodeURIComponent(next)}`);
  }
  return client;
}

/**
 * A portal server action: the signed-in client first, then the input. The handler must still query
 * with client.practiceId and client.clientId, so a client only ever reaches their own records.
 */
export function withPortalClient<S extends z.ZodType, R>(schema: S, handler: GuardedHandler<S, R, PortalClient>) {
  return guarded(schema, requirePortalSession, handler);
}

async function requirePortalSession(): Promise<PortalClient> {
  const client = await currentPortalClient();
  if (!client) throw new GuardError((await coachingEnded()) ? 'coaching_ended' : 'unauthenticated');
  return client;
}
