import { describe, expect, it } from 'vitest';
import { isRateLimited, portalCookieOptions, portalEmailKey, safePortalPath } from './rules';

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

  it('hashes emails case-insensitively and apart from the coach sign-in key', () => {
    expect(portalEmailKey(' Anna@Example.nl ')).toBe(portalEmailKey('anna@example.nl'));
    expect(portalEmailKey('anna@example.nl')).not.toContain('anna');
  });

  it('limits at three requests in the window', () => {
    expect(isRateLimited(2)).toBe(false);
    expect(isRateLimited(3)).toBe(true);
  });

  it('makes the cookie secure only over https', () => {
    expect(portalCookieOptions('https://app.balanspunt.nl')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 604800,
    });
    expect(portalCookieOptions('http://localhost:3000').secure).toBe(false);
    expect(portalCookieOptions(undefined).secure).toBe(false);
  });
});
