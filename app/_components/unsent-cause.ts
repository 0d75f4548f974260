import { unstable_isUnrecognizedActionError } from 'next/navigation';

/**
 * Why an action call got no answer: the page is from a build the server no longer runs (a new version was installed
 * while it was open: its actions are unknown now, and only a reload helps), the connection (the browser is offline, or
 * the request failed on its way: fetch then rejects with a TypeError), or the server (an answer came, but not the
 * action's: an error page, a proxy's 502 or 504). A phone on a wifi without internet still says it is online.
 * A module of its own: the employer's share page uses it too, and may import nothing that reaches data.
 */
export function unsentCause(error?: unknown): 'outdated' | 'offline' | 'server' {
  if (unstable_isUnrecognizedActionError(error)) return 'outdated';
  if (error instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine)) return 'offline';
  return 'server';
}
