import { IDLE_TIMEOUT_SECONDS } from '@/lib/auth/session-lifetime';

/** The warning comes this long before the idle timeout: time to say "stay signed in". */
export const IDLE_WARNING_MS = 2 * 60_000;

/** A quiet minute after the last "still here": the next click or key sends one (the proxy renews at most once a minute). */
export const STILL_HERE_AFTER_MS = 60_000;

/**
 * What the browser makes of its last use (the latest click, key or page load in any of its tabs): signed in, warned,
 * or past the idle timeout (the page then goes to the sign-in page). The server decides; this only mirrors it, at most
 * a minute early (a click reaches it as a "still here" once a minute).
 */
export function idleState(now: number, lastUse: number): 'active' | 'warning' | 'ended' {
  const idle = now - lastUse;
  if (idle >= IDLE_TIMEOUT_SECONDS * 1000) return 'ended';
  return idle >= IDLE_TIMEOUT_SECONDS * 1000 - IDLE_WARNING_MS ? 'warning' : 'active';
}
