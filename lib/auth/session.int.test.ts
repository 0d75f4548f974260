import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieJar } from '@/lib/testing/next-headers-mock';

// The real modules (the test setup swaps both for mocks everywhere else).
const { currentSessionClaims, sessionCookieName } = await vi.importActual<typeof import('./session')>('./session');
const { auth } = await vi.importActual<typeof import('./nextauth')>('./nextauth');

const NAME = 'authjs.session-token';
const secret = process.env.AUTH_SECRET!;
/** A session token as Auth.js writes it after sign-in (the jwt callback's claims). */
const token = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number; salt?: string } = {}) =>
  encode({
    token: { sub: 'u-1', name: 'Ingrid', email: 'ingrid@example.test', uid: 'u-1', pid: 'p-1', role: 'coach', sv: 3, ...claims },
    secret: options.secret ?? secret,
    salt: options.salt ?? NAME,
    maxAge: options.maxAge ?? 3600,
  });

/** What Auth.js's own auth() makes of the same cookie. */
async function viaAuthJs(cookie: string) {
  const session = await (
    auth as unknown as (r: { headers: Headers }, s: { headers: Headers }) => Promise<{ user: Record<string, unknown> } | null>
  )({ headers: new Headers({ cookie: `${NAME}=${cookie}` }) }, { headers: new Headers() });
  const user = session?.user;
  return user ? { userId: user.id, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion } : null;
}

afterEach(() => {
  cookieJar.clear();
  vi.unstubAllEnvs();
});

describe('the session read by the guards', () => {
  it('gives the claims Auth.js gives for the same cookie', async () => {
    const cookie = await token({});
    cookieJar.set(NAME, cookie);
    const claims = await currentSessionClaims();
    expect(claims).toEqual({ userId: 'u-1', practiceId: 'p-1', role: 'coach', sessionVersion: 3 });
    expect(await viaAuthJs(cookie)).toEqual(claims);
  });

  it('counts a token without a session version as one from before the column (undefined, as Auth.js)', async () => {
    const cookie = await token({ sv: undefined, role: 'owner' });
    cookieJar.set(NAME, cookie);
    expect(await currentSessionClaims()).toEqual({ userId: 'u-1', practiceId: 'p-1', role: 'owner', sessionVersion: undefined });
    expect(await viaAuthJs(cookie)).toEqual(await currentSessionClaims());
  });

  it('refuses a token signed with another secret, an expired one, and tampering, as Auth.js does', async () => {
    const foreign = await token({}, { secret: 'another-secret-another-secret-another' });
    const expired = await token({}, { maxAge: -120 });
    const valid = await token({});
    const tampered = `${valid.slice(0, -6)}AAAAAA`;
    for (const cookie of [foreign, expired, tampered, 'not-a-token']) {
      cookieJar.set(NAME, cookie);
      expect(await currentSessionClaims()).toBeNull();
      expect(await viaAuthJs(cookie)).toBeNull();
    }
  });

  it('has no session without the cookie, with the value an action deleted, or without the app’s claims', async () => {
    expect(await currentSessionClaims()).toBeNull();
    cookieJar.set(NAME, '');
    expect(await currentSessionClaims()).toBeNull();
    cookieJar.set(NAME, await token({ role: 'client' }));
    expect(await currentSessionClaims()).toBeNull();
    cookieJar.set(NAME, await token({ uid: undefined }));
    expect(await currentSessionClaims()).toBeNull();
  });

  it('reads the __Secure- cookie when cookies are Secure (https), and only that one', async () => {
    vi.stubEnv('APP_URL', 'https://praktijk.example');
    expect(sessionCookieName()).toBe(`__Secure-${NAME}`);
    cookieJar.set(NAME, await token({}));
    expect(await currentSessionClaims()).toBeNull();
    cookieJar.set(`__Secure-${NAME}`, await token({}, { salt: `__Secure-${NAME}` }));
    expect(await currentSessionClaims()).toEqual({ userId: 'u-1', practiceId: 'p-1', role: 'coach', sessionVersion: 3 });
  });
});
