import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import proxy from '@/proxy';
import { activityMark, claimedAt, idleTooLong, provenActivity, sessionBinding } from './activity';
import { activityRenewal, sessionTokenFrom } from './activity-renewal';

const SECRET = 'unit-secret-unit-secret-unit-secret-unit';
const NAME = 'authjs.session-token';
const MARK = 'balanspunt-activity';
const MINUTE = 60;
const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const s0 = t0 / 1000;
const session = { uid: 'u-1', signedInAt: s0 };

beforeEach(() => vi.stubEnv('AUTH_SECRET', SECRET));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

const at = (minutes: number) => t0 + minutes * MINUTE * 1000;

describe('the activity mark of a coach session', () => {
  it('proves the time it carries for its own session only', () => {
    const mark = activityMark(session, s0 + 10 * MINUTE);
    expect(provenActivity(mark, session, at(11))).toBe(s0 + 10 * MINUTE);
    // Another sign-in of the same coach, another coach, a changed time, a foreign key: nothing proven.
    expect(provenActivity(mark, { ...session, signedInAt: s0 + 1 }, at(11))).toBeNull();
    expect(provenActivity(mark, { ...session, uid: 'u-2' }, at(11))).toBeNull();
    expect(provenActivity(mark.replace(/^\d+/, String(s0 + 20 * MINUTE)), session, at(21))).toBeNull();
    expect(provenActivity(undefined, session, at(1))).toBeNull();
    expect(provenActivity('garbage', session, at(1))).toBeNull();
    vi.stubEnv('AUTH_SECRET', 'another-secret-another-secret-another');
    expect(provenActivity(mark, session, at(11))).toBeNull();
  });

  it('proves no time ahead of the server’s clock', () => {
    const ahead = activityMark(session, s0 + 10 * MINUTE);
    expect(provenActivity(ahead, session, at(5))).toBeNull();
  });

  it('ends a session 30 minutes after its last use: its sign-in, or a later mark of its own', () => {
    expect(idleTooLong(session, undefined, at(30))).toBe(false);
    expect(idleTooLong(session, undefined, at(31))).toBe(true);
    const used = activityMark(session, s0 + 25 * MINUTE);
    expect(idleTooLong(session, used, at(54))).toBe(false);
    expect(idleTooLong(session, used, at(56))).toBe(true);
    // A mark of an earlier session does not extend this one.
    const earlier = activityMark({ ...session, signedInAt: s0 - 60 }, s0 + 25 * MINUTE);
    expect(idleTooLong(session, earlier, at(40))).toBe(true);
  });

  it('needs a token with a user and a sign-in time', () => {
    expect(sessionBinding({ uid: 'u-1', auth_time: s0 })).toEqual(session);
    expect(sessionBinding({ uid: 'u-1' })).toBeNull();
    expect(sessionBinding(null)).toBeNull();
    expect(claimedAt(`${s0}.abc`)).toBe(s0);
    expect(claimedAt('x.abc')).toBeNull();
    expect(claimedAt(undefined)).toBeNull();
  });
});

describe('the proxy renews the mark while the session is used', () => {
  const tokenSignedInAt = (signedInAt: number) =>
    encode({
      token: { uid: 'u-1', pid: 'p-1', role: 'coach', sv: 1, auth_time: signedInAt },
      secret: SECRET,
      salt: NAME,
      maxAge: 12 * 3600,
    });
  const load = async (path: string, cookies: Record<string, string>, method = 'GET') =>
    proxy(
      new NextRequest(`http://localhost:3000${path}`, {
        method,
        headers: {
          cookie: Object.entries(cookies)
            .map(([k, v]) => `${k}=${v}`)
            .join('; '),
          ...(method === 'POST' ? { 'next-action': 'abc123' } : {}),
        },
      }),
    );

  it('gives a session in use a new mark, also to the page behind the proxy, and nothing while the mark is recent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(20));
    const token = await tokenSignedInAt(s0);
    const response = await load('/dashboard', { [NAME]: token });
    const mark = response.cookies.get(MARK);
    expect(mark?.value).toBeTruthy();
    expect(provenActivity(mark!.value, session, at(20))).toBe(s0 + 20 * MINUTE);
    expect(mark).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(response.headers.get('x-middleware-request-cookie')).toContain(`${MARK}=${mark!.value}`);
    // Half a minute later: the mark is recent, nothing is decoded or set.
    vi.setSystemTime(at(20.5));
    expect((await load('/dashboard', { [NAME]: token, [MARK]: mark!.value })).cookies.get(MARK)).toBeUndefined();
    // An autosave (a server action) is use as well.
    vi.setSystemTime(at(45));
    const saved = await load('/clients/x/intake', { [NAME]: token, [MARK]: mark!.value }, 'POST');
    expect(provenActivity(saved.cookies.get(MARK)?.value, session, at(45))).toBe(s0 + 45 * MINUTE);
  });

  it('sends a page load of an idle session to sign in, saying why, and renews nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(31));
    const token = await tokenSignedInAt(s0);
    const response = await load('/clients/x?tab=plan', { [NAME]: token });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/login?next=%2Fclients%2Fx%3Ftab%3Dplan&notice=idle');
    expect(response.cookies.get(MARK)).toBeUndefined();
    // A server action is not redirected: its guard answers "signed out", and the autosave queue keeps the answers.
    const action = await load('/clients/x/intake', { [NAME]: token }, 'POST');
    expect(action.headers.get('location')).toBeNull();
    expect(action.cookies.get(MARK)).toBeUndefined();
    // A forged recent-looking mark does not bring it back (the proxy skips work; the guards check the mark).
    expect(await activityRenewal(token, `${s0 + 31 * MINUTE - 10}.forged`, NAME)).toEqual({ kind: 'recent' });
    expect(idleTooLong(session, `${s0 + 31 * MINUTE - 10}.forged`)).toBe(true);
  });

  it('renews a session whose cookie Auth.js split into chunks, read as the guards read it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(20));
    const token = await tokenSignedInAt(s0);
    const chunks: Record<string, string> = { [`${NAME}.0`]: token.slice(0, 100), [`${NAME}.1`]: token.slice(100) };
    const jar = { get: (name: string) => (name in chunks ? { value: chunks[name]! } : undefined) };
    expect(sessionTokenFrom(jar, NAME)).toBe(token);
    const mark = (await load('/dashboard', chunks)).cookies.get(MARK);
    expect(provenActivity(mark?.value, session, at(20))).toBe(s0 + 20 * MINUTE);
  });

  it('fails no request when the mark cannot be made: the page answers (its guard decides)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(20));
    const token = await tokenSignedInAt(s0);
    // Auth.js reads NEXTAUTH_SECRET too, the mark's key only AUTH_SECRET: decoding works, signing the mark throws.
    vi.stubEnv('AUTH_SECRET', undefined);
    vi.stubEnv('NEXTAUTH_SECRET', SECRET);
    expect(await activityRenewal(token, undefined, NAME)).toEqual({ kind: 'none' });
    const response = await load('/login', { [NAME]: token });
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('leaves requests without a readable session alone', async () => {
    expect(await activityRenewal(undefined, undefined, NAME)).toEqual({ kind: 'none' });
    expect(await activityRenewal('not-a-token', undefined, NAME)).toEqual({ kind: 'none' });
    const legacy = await encode({ token: { uid: 'u-1' }, secret: SECRET, salt: NAME, maxAge: 3600 });
    expect(await activityRenewal(legacy, undefined, NAME)).toEqual({ kind: 'none' });
  });
});
