import { describe, expect, it } from 'vitest';
import { awaitsOutcome, nextStatus, takesCheckin } from './status';

const now = new Date('2026-03-02T12:00:00Z');
const past = new Date('2026-03-02T09:00:00Z');
const future = new Date('2026-03-09T09:00:00Z');

describe('session status changes', () => {
  it('lets a started planned session be held or missed, and any planned one be cancelled', () => {
    expect(nextStatus({ status: 'planned', startsAt: past }, 'held', now)).toBeNull();
    expect(nextStatus({ status: 'planned', startsAt: past }, 'no_show', now)).toBeNull();
    expect(nextStatus({ status: 'planned', startsAt: future }, 'cancelled', now)).toBeNull();
  });

  it('refuses held or no-show before the session starts', () => {
    expect(nextStatus({ status: 'planned', startsAt: future }, 'held', now)).toBe('sessions.errors.notStarted');
  });

  it('corrects held into no-show and back, but never reopens a cancellation', () => {
    expect(nextStatus({ status: 'held', startsAt: past }, 'no_show', now)).toBeNull();
    expect(nextStatus({ status: 'no_show', startsAt: past }, 'held', now)).toBeNull();
    expect(nextStatus({ status: 'cancelled', startsAt: past }, 'held', now)).toBe('sessions.errors.cancelledFinal');
    expect(nextStatus({ status: 'held', startsAt: past }, 'cancelled', now)).toBe('sessions.errors.cancelPast');
    expect(nextStatus({ status: 'held', startsAt: past }, 'held', now)).toBe('sessions.errors.sameStatus');
  });
});

describe('what a session still takes', () => {
  it('takes a check-in (and a summary for the client) only while planned or held', () => {
    expect(takesCheckin('planned')).toBe(true);
    expect(takesCheckin('held')).toBe(true);
    expect(takesCheckin('cancelled')).toBe(false);
    expect(takesCheckin('no_show')).toBe(false);
  });

  it('awaits an outcome once a planned session has started, not before, and never after one is marked', () => {
    expect(awaitsOutcome({ status: 'planned', startsAt: past }, now)).toBe(true);
    expect(awaitsOutcome({ status: 'planned', startsAt: now }, now)).toBe(true);
    expect(awaitsOutcome({ status: 'planned', startsAt: future }, now)).toBe(false);
    expect(awaitsOutcome({ status: 'held', startsAt: past }, now)).toBe(false);
    expect(awaitsOutcome({ status: 'cancelled', startsAt: past }, now)).toBe(false);
  });
});
