import { describe, expect, it } from 'vitest';
import { activityMark, idleTooLong } from './activity';
import { IDLE_WARNING_MS, idleState, STILL_HERE_AFTER_MS } from './idle-state';
import { IDLE_TIMEOUT_SECONDS } from './session-lifetime';

describe('the idle watch in the coach’s browser', () => {
  const contact = Date.UTC(2026, 2, 2, 9, 0, 0);
  const minutesOn = (minutes: number) => contact + minutes * 60_000;

  it('warns from 27 minutes after the last contact and ends the page at 29', () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(30 * 60);
    expect(IDLE_WARNING_MS).toBe(2 * 60_000);
    expect(STILL_HERE_AFTER_MS).toBe(60_000);
    expect(idleState(minutesOn(0), contact)).toBe('active');
    expect(idleState(minutesOn(26.9), contact)).toBe('active');
    expect(idleState(minutesOn(27), contact)).toBe('warning');
    expect(idleState(minutesOn(28.9), contact)).toBe('warning');
    expect(idleState(minutesOn(29), contact)).toBe('ended');
  });

  it('ends no later than the server, whose mark may be up to a minute older than the contact', () => {
    process.env.AUTH_SECRET ??= 'unit-secret-unit-secret-unit-secret-unit';
    const session = { uid: 'u-1', signedInAt: contact / 1000 - 3600 };
    // The mark the proxy kept at a contact 59 seconds after its last renewal (a "recent" mark is not renewed).
    const mark = activityMark(session, contact / 1000 - 59);
    for (let seconds = 0; seconds <= 31 * 60; seconds += 15) {
      const now = contact + seconds * 1000;
      if (!idleTooLong(session, mark, now)) continue;
      // The server has ended the session: the browser has ended the page by then.
      expect(idleState(now, contact), `${seconds} s`).toBe('ended');
    }
    // While the bar is shown, the server still knows the session: "stay signed in" reaches it.
    for (let seconds = 27 * 60; seconds < 29 * 60; seconds += 15) {
      const now = contact + seconds * 1000;
      expect(idleState(now, contact)).toBe('warning');
      expect(idleTooLong(session, mark, now), `${seconds} s`).toBe(false);
    }
  });
});
