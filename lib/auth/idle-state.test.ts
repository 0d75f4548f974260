import { describe, expect, it } from 'vitest';
import { IDLE_WARNING_MS, idleState } from './idle-state';
import { IDLE_TIMEOUT_SECONDS } from './session-lifetime';

describe('the idle watch in the coach’s browser', () => {
  const last = Date.UTC(2026, 2, 2, 9, 0, 0);
  const minutesOn = (minutes: number) => last + minutes * 60_000;

  it('warns two minutes before the 30-minute idle timeout and ends the page at it', () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(30 * 60);
    expect(IDLE_WARNING_MS).toBe(2 * 60_000);
    expect(idleState(minutesOn(0), last)).toBe('active');
    expect(idleState(minutesOn(27.9), last)).toBe('active');
    expect(idleState(minutesOn(28), last)).toBe('warning');
    expect(idleState(minutesOn(29.9), last)).toBe('warning');
    expect(idleState(minutesOn(30), last)).toBe('ended');
  });
});
