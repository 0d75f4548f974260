import { decode, encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPractice, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { activityMark } from './activity';

// The real modules (the test setup swaps both for mocks everywhere else).
const { currentSessionClaims, sessionCookieName } = await vi.importActual<typeof import('./session')>('./session');
const { auth, handlers, signIn } = await vi.importActual<typeof import('./nextauth')>('./nextauth');

const NAME = 'authjs.session-token';
const MARK = 'balanspunt-activity';
const secret = process.env.AUTH_SECRET!;
/** A session token as Auth.js writes it after sign-in (the jwt callback's claims), signed in just now unless told. */
const token = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number; salt?: string } = {}) =>
  encode({
    token: {
      sub: 'u-1',
      name: 'Ingrid',
      email: 'ingrid@example.test',
      uid: 'u-1',
      pid: 'p-1',
      role: 'coach',
      sv: 3,
      auth_time: Math.floor(Date.now() / 1000),
      ...claims,
    },
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
  vi.useRealTimers();
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

describe('the absolute lifetime of a coach session (12 hours from sign-in)', () => {
  const HOUR = 3600;
  const now = () => Math.floor(Date.now() / 1000);
  /** Polls GET /api/auth/session with the cookie, as a script holding a copied cookie would: the token Auth.js sends back. */
  async function poll(cookie: string): Promise<string | null> {
    const response = await handlers.GET(
      new Request('http://localhost:3000/api/auth/session', { headers: { cookie: `${NAME}=${cookie}` } }) as never,
    );
    const set = response.headers.getSetCookie().find((c) => c.startsWith(`${NAME}=`));
    if (!set) return null;
    const value = decodeURIComponent(set.slice(NAME.length + 1).split(';')[0]!);
    return value === '' ? '' : value;
  }
  const claimsOf = async (cookie: string) => decode({ token: cookie, secret, salt: NAME });

  it('writes the sign-in time into the token once, at sign-in', async () => {
    const owner = await createPractice();
    const before = now();
    await signIn('credentials', { email: owner.email, password: TEST_PASSWORD, redirect: false });
    const cookie = cookieJar.get(NAME)!;
    expect(cookie).toBeTruthy();
    const token = await claimsOf(cookie);
    expect(token).toMatchObject({ uid: owner.userId, pid: owner.practiceId });
    expect(token!.auth_time).toBeGreaterThanOrEqual(before);
    expect(token!.auth_time).toBeLessThanOrEqual(now());
    expect(await currentSessionClaims()).toMatchObject({ userId: owner.userId });
  });

  it('refuses a token signed in 13 hours ago, however fresh its expiry, in the guards and in Auth.js', async () => {
    const old = await token({ auth_time: now() - 13 * HOUR });
    cookieJar.set(NAME, old);
    expect(await currentSessionClaims()).toBeNull();
    expect(await viaAuthJs(old)).toBeNull();
    const recent = await token({ auth_time: now() - 11 * HOUR });
    cookieJar.set(NAME, recent);
    // Used a minute ago (the idle timeout is the next describe's).
    cookieJar.set(MARK, activityMark({ uid: 'u-1', signedInAt: now() - 11 * HOUR }, now() - 60));
    expect(await currentSessionClaims()).toEqual({ userId: 'u-1', practiceId: 'p-1', role: 'coach', sessionVersion: 3 });
    expect(await viaAuthJs(recent)).toEqual(await currentSessionClaims());
  });

  it('a copied cookie kept alive by polling /api/auth/session still ends 12 hours after the sign-in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const signedIn = Date.UTC(2026, 2, 2, 8, 0, 0);
    vi.setSystemTime(signedIn);
    let cookie = await token({ auth_time: now() }, { maxAge: 12 * HOUR });
    // Every 2 hours a fresh expiry: the token keeps its sign-in time.
    for (let hours = 2; hours <= 12; hours += 2) {
      vi.setSystemTime(signedIn + hours * HOUR * 1000);
      const refreshed = await poll(cookie);
      expect(refreshed, `after ${hours} h`).toBeTruthy();
      cookie = refreshed!;
      expect((await claimsOf(cookie))!.auth_time).toBe(signedIn / 1000);
    }
    // 13 hours after the sign-in: its expiry is 11 hours away, but the session is over.
    vi.setSystemTime(signedIn + 13 * HOUR * 1000);
    expect((await claimsOf(cookie))!.exp).toBeGreaterThan(now() + 10 * HOUR);
    cookieJar.set(NAME, cookie);
    expect(await currentSessionClaims()).toBeNull();
    expect(await viaAuthJs(cookie)).toBeNull();
    // And polling gives no new token: Auth.js clears the cookie.
    expect(await poll(cookie)).toBe('');
  });

  it('gives a token from before the sign-in time was recorded one at its first refresh, so it ends too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const deploy = Date.UTC(2026, 2, 2, 8, 0, 0);
    vi.setSystemTime(deploy);
    const legacy = await token({ auth_time: undefined }, { maxAge: 12 * HOUR });
    cookieJar.set(NAME, legacy);
    // The guards refuse it: without a sign-in time its idleness cannot be told (lib/auth/activity.ts). Such tokens are
    // older than any session still open; Auth.js's own endpoint still dates them, as below.
    expect(await currentSessionClaims()).toBeNull();
    const first = (await poll(legacy))!;
    expect((await claimsOf(first))!.auth_time).toBe(deploy / 1000);
    vi.setSystemTime(deploy + 8 * HOUR * 1000);
    const second = (await poll(first))!;
    expect((await claimsOf(second))!.auth_time).toBe(deploy / 1000);
    // 13 hours after that first refresh: the token's expiry is 7 hours away, the session is over.
    vi.setSystemTime(deploy + 13 * HOUR * 1000);
    cookieJar.set(NAME, second);
    expect(await currentSessionClaims()).toBeNull();
    expect(await poll(second)).toBe('');
  });
});

describe('the idle timeout of a coach session (30 minutes without use)', () => {
  const MINUTE = 60;
  const now = () => Math.floor(Date.now() / 1000);
  const session = (signedInAt: number) => ({ uid: 'u-1', signedInAt });
  const CLAIMS = { userId: 'u-1', practiceId: 'p-1', role: 'coach', sessionVersion: 3 };

  it('ends a session 30 minutes after its sign-in when nothing marked it used since', async () => {
    cookieJar.set(NAME, await token({ auth_time: now() - 29 * MINUTE }));
    expect(await currentSessionClaims()).toEqual(CLAIMS);
    cookieJar.set(NAME, await token({ auth_time: now() - 31 * MINUTE }));
    expect(await currentSessionClaims()).toBeNull();
  });

  it('keeps it while its own activity mark is younger than 30 minutes', async () => {
    const signedInAt = now() - 3 * 60 * MINUTE;
    cookieJar.set(NAME, await token({ auth_time: signedInAt }));
    cookieJar.set(MARK, activityMark(session(signedInAt), now() - 5 * MINUTE));
    expect(await currentSessionClaims()).toEqual(CLAIMS);
    cookieJar.set(MARK, activityMark(session(signedInAt), now() - 31 * MINUTE));
    expect(await currentSessionClaims()).toBeNull();
  });

  it('does not count a mark of another sign-in, or a forged one', async () => {
    const signedInAt = now() - 60 * MINUTE;
    cookieJar.set(NAME, await token({ auth_time: signedInAt }));
    cookieJar.set(MARK, activityMark(session(signedInAt - 1), now() - MINUTE));
    expect(await currentSessionClaims()).toBeNull();
    cookieJar.set(MARK, `${now() - MINUTE}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(await currentSessionClaims()).toBeNull();
  });
});
