import { createHash } from 'node:crypto';
import { secureCookies } from '@/lib/security/cookies';

export const PORTAL_LINK_TTL_MS = 30 * 60 * 1000;
/**
 * A portal session lasts at most 12 hours, and ends after 30 minutes nobody used it (a phone or a family computer left
 * lying around): OWASP ASVS 3.3.2 at level 2, as for health data. Signing in again is a new link by mail; what was typed
 * meanwhile waits on the device (useAutosave) and is sent once the client is signed in again.
 */
export const PORTAL_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const PORTAL_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const PORTAL_COOKIE = 'portal_session';
export const LINK_REQUEST_LIMIT = 3;
export const LINK_REQUEST_WINDOW_MS = 15 * 60 * 1000;
/** Besides 3 per 15 minutes, at most this many a day: without it, 288 mails a day could reach one client's inbox. */
export const LINK_REQUEST_DAILY_LIMIT = 10;
export const LINK_REQUEST_DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A request for an address that asked this recently is the same request: a double tap on "Sign in" (a page whose
 * scripts had not loaded yet sends the form twice), or a retry. The link mail is on its way; no second one.
 */
export const LINK_REQUEST_REPEAT_MS = 60 * 1000;
export const PORTAL_HOME = '/portal';

/**
 * Why the portal is not open to a client, or null when it is: an archived record and a closed trajectory get no
 * session (db/queries/portal.ts), and a record without an address could not be sent a link.
 */
export function portalClosedFor(client: {
  status: string;
  archivedAt: Date | null;
  email: string;
}): 'archived' | 'closed' | 'no_email' | null {
  if (client.archivedAt) return 'archived';
  if (client.status === 'closed') return 'closed';
  if (!client.email.trim()) return 'no_email';
  return null;
}

/** Keyed hash of an email, so the rate-limit table holds no addresses (separate from the coach sign-in key). */
export function portalEmailKey(email: string): string {
  return createHash('sha256').update(`portal:${email.trim().toLowerCase()}`).digest('hex');
}

/** Only a portal path may be the target after signing in: never another site, never the coach area. */
export function safePortalPath(path: string | null | undefined): string {
  if (!path || !/^\/portal(\/[A-Za-z0-9/_-]*)?$/.test(path) || path.includes('//')) return PORTAL_HOME;
  return path;
}

export function isRateLimited(requestsInWindow: number): boolean {
  return requestsInWindow >= LINK_REQUEST_LIMIT;
}

/** One address's link requests of the last day (db/queries/portal.ts linkRequestsOfDay). */
export type EarlierLinkRequests = { inWindow: number; inDay: number; earliest: Date | null; latest: Date | null };

/**
 * What becomes of a new link request, given the address's earlier ones: `repeat` when it asked within the last minute
 * (answered as taken, but nothing recorded or mailed again, so a double tap costs no second mail and no second place
 * under the limits); `limited` with the minutes to wait; else `take`.
 */
export function linkRequestVerdict(
  earlier: EarlierLinkRequests,
  now: Date,
): { kind: 'take' } | { kind: 'repeat' } | { kind: 'limited'; minutes: number } {
  if (earlier.latest && now.getTime() - earlier.latest.getTime() < LINK_REQUEST_REPEAT_MS) return { kind: 'repeat' };
  if (isRateLimited(earlier.inWindow)) return { kind: 'limited', minutes: Math.round(LINK_REQUEST_WINDOW_MS / 60_000) };
  // A day's worth used: the next one is free when the earliest of them is a day old.
  if (earlier.inDay >= LINK_REQUEST_DAILY_LIMIT && earlier.earliest) {
    return {
      kind: 'limited',
      minutes: Math.max(1, Math.ceil((earlier.earliest.getTime() + LINK_REQUEST_DAY_MS - now.getTime()) / 60_000)),
    };
  }
  return { kind: 'take' };
}

/** The portal cookie: httpOnly, same-site lax, secure by the same rule as the coach's session cookie. */
export function portalCookieOptions(appUrl: string | undefined, maxAgeMs = PORTAL_SESSION_TTL_MS) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies(appUrl ?? ''),
    path: '/portal',
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}
