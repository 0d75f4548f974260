/**
 * A coach session lasts at most 12 hours from its sign-in (OWASP ASVS 3.3), however often it is used. Auth.js re-signs
 * the session token with a fresh expiry on every GET /api/auth/session, so the token's own `exp` alone would let a
 * copied cookie live for ever by polling that route; the sign-in time the token carries does not move.
 */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * The token's sign-in time (seconds since the epoch): OpenID Connect's `auth_time` claim, written once by the jwt callback
 * in nextauth.ts when the session is made.
 */
export const SIGNED_IN_AT = 'auth_time';

export const nowInSeconds = (now = Date.now()) => Math.floor(now / 1000);

/**
 * True when the token's session began more than SESSION_LIFETIME_SECONDS ago. A token without a sign-in time (made
 * before it was recorded) is not judged here: the jwt callback gives it one at its first refresh, and until then its
 * own expiry (at most 12 hours after its last refresh) bounds it.
 */
export function signedInTooLongAgo(token: Record<string, unknown>, now = Date.now()): boolean {
  const signedInAt = token[SIGNED_IN_AT];
  return typeof signedInAt === 'number' && nowInSeconds(now) - signedInAt > SESSION_LIFETIME_SECONDS;
}

/**
 * A coach session not used for 30 minutes ends as well (ASVS 3.3.2, level 2: 12 hours, or 30 minutes idle), as a portal
 * session does (lib/portal/rules.ts). Every request through the proxy counts as use (lib/auth/activity.ts).
 */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

/** The activity mark is renewed at most once a minute: between renewals the proxy decodes nothing. */
export const ACTIVITY_RENEW_AFTER_SECONDS = 60;
