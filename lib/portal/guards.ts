import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { z } from 'zod';
import { findPortalSession, touchPortalSession } from '@/db/queries/portal';
import { readLinkToken } from '@/lib/accounts/links';
import { GuardError, type GuardedHandler, guarded } from '@/lib/auth/guards';
import { PORTAL_COOKIE, safePortalPath } from './rules';

export type PortalClient = NonNullable<Awaited<ReturnType<typeof findPortalSession>>>;

/** The client signed in to the portal (cookie `<practiceId>.<secret>`, checked against the database), or null. */
export const currentPortalClient = cache(async (): Promise<PortalClient | null> => {
  const token = (await cookies()).get(PORTAL_COOKIE)?.value;
  const link = token ? readLinkToken(token) : null;
  if (!link) return null;
  const session = await findPortalSession(link.practiceId, link.tokenHash);
  // Idle timeout (30 minutes): every use moves it on.
  if (session) await touchPortalSession(session.practiceId, session.sessionId);
  return session;
});

/** For portal pages: a visitor without a valid session goes to the portal sign-in, and comes back after. */
export async function requirePortalClient(returnTo = '/portal'): Promise<PortalClient> {
  const client = await currentPortalClient();
  if (!client) {
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
  if (!client) throw new GuardError('unauthenticated');
  return client;
}
