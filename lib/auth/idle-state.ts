import { ACTIVITY_RENEW_AFTER_SECONDS, IDLE_TIMEOUT_SECONDS } from '@/lib/auth/session-lifetime';

/** The warning comes this long before the idle timeout: time to say "stay signed in". */
export const IDLE_WARNING_MS = 2 * 60_000;

/** A use within a minute of the last "still here" is sent as one when that minute is over (the proxy renews as often). */
export const STILL_HERE_AFTER_MS = ACTIVITY_RENEW_AFTER_SECONDS * 1000;

/**
 * What the browser makes of its last contact with the server (a page load or a "still here", in any of its tabs):
 * signed in, warned, or past the idle timeout (the page then goes to the sign-in page). The server decides by its
 * activity mark, which it renews at most once a minute: the mark may be up to a minute older than the last contact. So
 * the browser counts from a minute before it, and ends its page no later than the server ends the session, and a
 * "stay signed in" pressed while warned still reaches a living session.
 */
export function idleState(now: number, lastContact: number): 'active' | 'warning' | 'ended' {
  const idle = now - (lastContact - STILL_HERE_AFTER_MS);
  if (idle >= IDLE_TIMEOUT_SECONDS * 1000) return 'ended';
  return idle >= IDLE_TIMEOUT_SECONDS * 1000 - IDLE_WARNING_MS ? 'warning' : 'active';
}
