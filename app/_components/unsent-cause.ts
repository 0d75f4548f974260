import { unstable_isUnrecognizedActionError } from 'next/navigation';

/**
 * Why an action call got no answer: the page is from a build the server no longer runs (a new version was installed
 * while it was open: its actions are unknown now, and only a reload helps), the browser is offline, or the server failed.
 * A module of its own: the employer's share page uses it too, and may import nothing that reaches data.
 */
export function unsentCause(error?: unknown): 'outdated' | 'offline' | 'server' {
  if (unstable_isUnrecognizedActionError(error)) return 'outdated';
  return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'server';
}
