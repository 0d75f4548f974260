import type { SessionStatus } from './kinds';

export type Outcome = Exclude<SessionStatus, 'planned'>;

/**
 * Whether a session may get this status; a message key when not. A planned session can be held,
 * missed (no-show) or cancelled; held and no-show can be corrected into each other; cancelled is final.
 * Held and no-show are only for sessions that have started.
 */
export function nextStatus(session: { status: SessionStatus; startsAt: Date }, to: Outcome, now: Date): string | null {
  if (session.status === to) return 'sessions.errors.sameStatus';
  if (session.status === 'cancelled') return 'sessions.errors.cancelledFinal';
  if (to === 'cancelled' && session.status !== 'planned') return 'sessions.errors.cancelPast';
  if ((to === 'held' || to === 'no_show') && session.startsAt.getTime() > now.getTime()) return 'sessions.errors.notStarted';
  return null;
}

/**
 * Whether a session can get a check-in and a summary for the client: a planned or a held one. A cancelled session or a
 * no-show never took place, and the client only ever sees the summaries of held sessions (the portal, the report).
 */
export function takesCheckin(status: SessionStatus): boolean {
  return status === 'planned' || status === 'held';
}

/** Still planned though it has started: the coach has yet to mark it held or no-show ("to be marked"). */
export function awaitsOutcome(session: { status: SessionStatus; startsAt: Date }, now: Date): boolean {
  return session.status === 'planned' && session.startsAt.getTime() <= now.getTime();
}
