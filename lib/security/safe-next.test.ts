import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT, safeNext } from './safe-next';

describe('safeNext: only same-origin paths of the app are followed after sign-in', () => {
  it.each(['/dashboard', '/clients/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e', '/clients?status=active&page=2', '/settings#practice'])(
    'keeps %s',
    (next) => {
      expect(safeNext(next)).toBe(next);
    },
  );

  it('normalises dot segments instead of following them', () => {
    expect(safeNext('/clients/../settings')).toBe('/settings');
    expect(safeNext('/a/%2e%2e/settings')).toBe('/settings');
  });

  const hostile = [
    undefined,
    null,
    '',
    'dashboard',
    'https://evil.com',
    'http://evil.com/dashboard',
    '//evil.com',
    '///evil.com',
    '/\\evil.com',
    '\\/evil.com',
    '/\\/evil.com',
    '/\t/evil.com',
    '/\n/evil.com',
    '/\r/evil.com',
    '/ /evil.com',
    '/%09/evil.com/'.replace('%09', '\t'),
    '/\u0000/evil.com',
    '/\u200b/evil.com',
    'javascript:alert(1)',
    '/javascript:alert(1)'.replace('/', ''),
    'data:text/html,<script>alert(1)</script>',
    '  /dashboard',
    '/dashboard ',
    '/api/auth/signout',
    'x'.repeat(3000),
    `/${'a'.repeat(3000)}`,
  ];
  it.each(hostile.map((n) => [JSON.stringify(n), n]))('rejects %s', (_label, next) => {
    expect(safeNext(next as string | undefined)).toBe(DEFAULT_NEXT);
  });

  it('uses the given fallback', () => {
    expect(safeNext('/\\evil.com', '/portal')).toBe('/portal');
  });

  it('never returns something a browser would resolve to another origin', () => {
    const base = 'https://coach.example';
    for (const next of hostile) {
      const target = safeNext(next as string | undefined);
      expect(new URL(target, base).origin).toBe(base);
    }
  });
});
