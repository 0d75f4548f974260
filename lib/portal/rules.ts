import { createHash } from 'node:crypto';
import { secureCookies } from '@/lib/security/cookies';

export const PORTAL_LINK_TTL_MS = 30 * 60 * 1000;
export const PORTAL_SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** A portal session nobody used for this long ends (a phone left lying around), besides the 7 days. */
export const PORTAL_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const PORTAL_COOKIE = 'portal_session';
export const LINK_REQUEST_LIMIT = 3;
export const LINK_REQUEST_WINDOW_MS = 15 * 60 * 1000;
/** Besides 3 per 15 minutes, at most this many a day: without it, 288 mails a day could reach one client's inbox. */
export const LINK_REQUEST_DAILY_LIMIT = 10;
export const LINK_REQUEST_DAY_MS = 24 * 60 * 60 * 1000;
export const PORTAL_HOME = '/portal';

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
