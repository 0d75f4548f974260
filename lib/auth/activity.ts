import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '@/lib/auth/server-key';
import { IDLE_TIMEOUT_SECONDS, nowInSeconds, SIGNED_IN_AT } from '@/lib/auth/session-lifetime';

/**
 * The idle timeout of a coach session. The session token (a JWT in a cookie) cannot say when it was last used: a page
 * cannot re-issue it, and re-issuing it in the proxy would race with an action that re-issues it on purpose (a password
 * change would be undone by a page load in flight). So a second cookie carries that time, `<seconds>.<mac>`, signed with
 * a key of its own and bound to the session: its user and its sign-in time, which a re-issued token keeps. The proxy
 * renews it (at most once a minute); the guards refuse a session whose last use, its sign-in or a later mark of its
 * own, is more than 30 minutes ago. Without a mark the sign-in counts, so signing in needs no step of its own.
 */
export type SessionBinding = { uid: string; signedInAt: number };

/** The part of a decoded session token the mark is bound to; null for a token without it (no session then). */
export function sessionBinding(token: Record<string, unknown> | null): SessionBinding | null {
  if (!token || typeof token.uid !== 'string' || typeof token[SIGNED_IN_AT] !== 'number') return null;
  return { uid: token.uid, signedInAt: token[SIGNED_IN_AT] as number };
}

const mac = (binding: SessionBinding, at: number) =>
  createHmac('sha256', derivedKey('coach-activity')).update(`${binding.uid}.${binding.signedInAt}.${at}`).digest();

/** The mark for "this session was used at `at`" (seconds since the epoch). */
export function activityMark(binding: SessionBinding, at: number): string {
  return `${at}.${mac(binding, at).toString('base64url')}`;
}

/** The time a mark claims, unchecked: only to skip work while it is recent (the proxy); never to let anyone in. */
export function claimedAt(mark: string | undefined): number | null {
  const at = Number(mark?.split('.')[0]);
  return mark && Number.isSafeInteger(at) ? at : null;
}

/** The time a mark proves for this session: null when there is none, or it is forged, another session's, or ahead. */
export function provenActivity(mark: string | undefined, binding: SessionBinding, now = Date.now()): number | null {
  const at = claimedAt(mark);
  if (at === null || at > nowInSeconds(now) + 60) return null;
  const given = Buffer.from(mark!.slice(mark!.indexOf('.') + 1), 'base64url');
  const expected = mac(binding, at);
  return given.length === expected.length && timingSafeEqual(given, expected) ? at : null;
}

/** True when the session's last use (its sign-in, or a later mark of its own) is more than 30 minutes ago. */
export function idleTooLong(binding: SessionBinding, mark: string | undefined, now = Date.now()): boolean {
  const lastUse = Math.max(binding.signedInAt, provenActivity(mark, binding, now) ?? 0);
  return nowInSeconds(now) - lastUse > IDLE_TIMEOUT_SECONDS;
}
