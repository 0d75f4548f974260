import { describe, expect, it } from 'vitest';
import { isRateLimited, linkRequestVerdict, portalClosedFor, portalCookieOptions, portalEmailKey, safePortalPath } from './rules';

describe('portal rules', () => {
  it('only lets portal paths through as the target after sign-in', () => {
    expect(safePortalPath('/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e')).toBe(
      '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e',
    );
    expect(safePortalPath('/portal')).toBe('/portal');
    for (const bad of [
      'https://evil.example/portal',
      '//evil.example',
      '/dashboard',
      '/portal//evil',
      '/portalx',
      '/portal/../dashboard',
      '/portal?x=1',
      null,
      undefined,
      '',
    ]) {
      expect(safePortalPath(bad)).toBe('/portal');
    }
  });

  it('is open to a client with an address whose trajectory is open, closed to an archived or closed one', () => {
    const open = { status: 'active', archivedAt: null, email: 'eva@example.test' };
    for (const status of ['new', 'intake', 'active', 'paused']) expect(portalClosedFor({ ...open, status })).toBeNull();
    expect(portalClosedFor({ ...open, status: 'closed' })).toBe('closed');
    // Archived is the stronger reason: an archived record is always closed as well.
    expect(portalClosedFor({ ...open, status: 'closed', archivedAt: new Date() })).toBe('archived');
    expect(portalClosedFor({ ...open, email: ' ' })).toBe('no_email');
  });

  it('hashes emails case-insensitively and apart from the coach sign-in key', () => {
    expect(portalEmailKey(' Anna@Example.nl ')).toBe(portalEmailKey('anna@example.nl'));
    expect(portalEmailKey('anna@example.nl')).not.toContain('anna');
  });

  it('limits at three requests in the window', () => {
    expect(isRateLimited(2)).toBe(false);
    expect(isRateLimited(3)).toBe(true);
  });

  it('takes a second link request within a minute as the first one again (a double tap), before any limit', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const none = { inWindow: 0, inDay: 0, earliest: null, latest: null };
    expect(linkRequestVerdict(none, now)).toEqual({ kind: 'take' });
    expect(linkRequestVerdict({ inWindow: 1, inDay: 1, earliest: ago(2_000), latest: ago(2_000) }, now)).toEqual({ kind: 'repeat' });
    // Made a moment later by the database than this request's clock read: the same request still.
    expect(linkRequestVerdict({ inWindow: 1, inDay: 1, earliest: ago(-50), latest: ago(-50) }, now)).toEqual({ kind: 'repeat' });
    expect(linkRequestVerdict({ inWindow: 3, inDay: 3, earliest: ago(10 * 60_000), latest: ago(59_000) }, now)).toEqual({ kind: 'repeat' });
    expect(linkRequestVerdict({ inWindow: 1, inDay: 1, earliest: ago(60_000), latest: ago(60_000) }, now)).toEqual({ kind: 'take' });
  });

  it('limits link requests to 3 a quarter-hour and 10 a day, saying how long to wait', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    expect(linkRequestVerdict({ inWindow: 3, inDay: 3, earliest: ago(10 * 60_000), latest: ago(2 * 60_000) }, now)).toEqual({
      kind: 'limited',
      minutes: 15,
    });
    // The day's earliest was 23 hours ago: free again in an hour.
    expect(linkRequestVerdict({ inWindow: 0, inDay: 10, earliest: ago(23 * 3_600_000), latest: ago(3_600_000) }, now)).toEqual({
      kind: 'limited',
      minutes: 60,
    });
    expect(linkRequestVerdict({ inWindow: 2, inDay: 9, earliest: ago(23 * 3_600_000), latest: ago(5 * 60_000) }, now)).toEqual({
      kind: 'take',
    });
  });

  it('makes the cookie secure only over https', () => {
    expect(portalCookieOptions('https://app.balanspunt.nl')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 43200, // 12 hours (ASVS 3.3.2), as the session row
    });
    expect(portalCookieOptions('http://localhost:3000').secure).toBe(false);
    expect(portalCookieOptions(undefined).secure).toBe(false);
  });
});
