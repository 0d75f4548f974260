import { count, eq, like, sql } from 'drizzle-orm';
import { CredentialsSignin } from 'next-auth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { passwordResets, practices, rateLimits, users } from '@/db/schema';
import { seal } from '@/lib/auth/secret-box';
import { newTotpSecret, totpCode } from '@/lib/auth/totp';
import { runMailJobsOnce } from '@/lib/mail/worker';
import { deviceCookie } from '@/lib/security/cookies';
import { consume, POLICIES } from '@/lib/security/rate-limit';
import { actAs, auditFor, createPractice, linkInMail, outboxFor, TEST_PASSWORD, uniqueEmail } from '@/lib/testing/fixtures';
import { cookieJar, setCookieHeaders } from '@/lib/testing/next-headers-mock';
import { currentSessionClaims } from '@/lib/testing/session-mock';
import { requestPasswordResetAction, resetPasswordAction, setLocaleAction, signInAction, signOutAction, signUpAction } from './actions';

/** The client IP the sign-in comes from (what nextauth.ts reads from the trusted proxy's header). */
const network = vi.hoisted(() => ({ ip: '127.0.0.1' as string | null }));

// Sign-in through the credentials provider's own authorize (lib/auth/authorize.ts: the check, and the error with the
// wait when a limit refused), the session kept in memory as the shared test double does.
vi.mock('@/lib/auth/nextauth', async () => {
  const mock = await import('@/lib/testing/auth-mock');
  const { authorizeSignIn } = await import('@/lib/auth/authorize');
  const { actAs } = await import('@/lib/testing/session-mock');
  return {
    ...mock,
    async signIn(_provider: string, input: Record<string, unknown>) {
      const user = await authorizeSignIn(input, network.ip);
      if (!user) throw new CredentialsSignin();
      actAs({ userId: user.id!, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion });
    },
  };
});

const db = () => getDb();

/** Lets `minutes` (and a bit) remain of the limit windows whose keys start with `prefix` (the policy's name). */
const leaveOfWindow = (prefix: string, minutes: number) =>
  db()
    .update(rateLimits)
    .set({ expire: Date.now() + minutes * 60_000 })
    .where(like(rateLimits.key, `${prefix}%`));
const practiceCount = async () => (await db().select({ n: count() }).from(practices))[0]!.n;

beforeEach(() => {
  actAs(null);
  cookieJar.clear();
  network.ip = '127.0.0.1';
});

describe('sign-up', () => {
  it('creates the practice with its owner, signs in and remembers the language', async () => {
    const email = uniqueEmail('new');
    const result = await signUpAction({
      practiceName: 'Praktijk Zon',
      name: 'Noor',
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
      locale: 'en',
    });
    expect(result).toEqual({ ok: true, data: { signedIn: true } });
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'owner', locale: 'en', name: 'Noor' });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [practice] = await db().select().from(practices).where(eq(practices.id, user!.practiceId));
    expect(practice!.name).toBe('Praktijk Zon');
    expect(cookieJar.get('NEXT_LOCALE')).toBe('en');
    expect((await auditFor(practice!.id)).map((a) => a.action)).toEqual(['practice.created', 'auth.sign_in']);
  });

  it('says the account was made when this network may not sign in right now, instead of failing after making it', async () => {
    // The sign-in limit per IP is used up (an office behind one address): the sign-up itself is still allowed.
    for (let i = 0; i < POLICIES.signInIp.points; i++) await consume('signInIp', '127.0.0.1');
    try {
      const email = uniqueEmail('limited');
      const result = await signUpAction({ practiceName: 'Praktijk Kantoor', name: 'Kim', email, password: TEST_PASSWORD, locale: 'nl' });
      expect(result).toEqual({ ok: true, data: { signedIn: false } });
      expect(await db().select().from(users).where(eq(users.email, email))).toHaveLength(1);
      expect(await currentSessionClaims()).toBeNull();
    } finally {
      await db().delete(rateLimits);
    }
  });

  it('refuses a duplicate email with its own message and writes nothing', async () => {
    const existing = await createPractice();
    const before = await practiceCount();
    const result = await signUpAction({ practiceName: 'Dubbel', name: 'X', email: existing.email, password: TEST_PASSWORD, locale: 'nl' });
    expect(result).toMatchObject({ ok: false, error: 'email_taken', fieldErrors: { email: 'errors.email_taken' } });
    expect(await practiceCount()).toBe(before);
  });

  it('gives field messages for missing fields, a bad email and a weak password', async () => {
    const before = await practiceCount();
    const result = await signUpAction({ practiceName: ' ', name: '', email: 'not-an-email', password: 'wachtwoord123', locale: 'nl' });
    expect(result).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: {
        practiceName: 'validation.required',
        name: 'validation.required',
        email: 'validation.email',
        password: 'validation.passwordTooWeak',
      },
    });
    const short = await signUpAction({ practiceName: 'P', name: 'N', email: uniqueEmail(), password: 'kort', locale: 'nl' });
    expect(short).toMatchObject({ fieldErrors: { password: 'validation.passwordTooShort' } });
    expect(await practiceCount()).toBe(before);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and records it in the audit log', async () => {
    const owner = await createPractice();
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('auth.sign_in');
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const owner = await createPractice();
    const wrong = await signInAction({ email: owner.email, password: 'not-the-password' });
    const unknown = await signInAction({ email: uniqueEmail('nobody'), password: 'not-the-password' });
    expect(wrong).toEqual({ ok: false, error: 'invalid_credentials' });
    expect(unknown).toEqual(wrong);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('auth.sign_in_failed');
  });

  it('locks an email from one address after 5 failures in 15 minutes, even with the right password, and says how long', async () => {
    const owner = await createPractice();
    for (let i = 0; i < 5; i++) {
      expect(await signInAction({ email: owner.email, password: `wrong-${i}` })).toMatchObject({ error: 'invalid_credentials' });
    }
    const locked = await signInAction({ email: owner.email, password: TEST_PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
  });

  it('someone else’s 5 wrong passwords do not keep the coach out: from another address the right one signs in at once', async () => {
    const owner = await createPractice();
    const nobody = uniqueEmail('nobody');
    network.ip = '198.51.100.66';
    for (const email of [owner.email, nobody]) {
      for (let i = 0; i < 5; i++) {
        expect(await signInAction({ email, password: `wrong-${i}` })).toEqual({ ok: false, error: 'invalid_credentials' });
      }
      // Refused alike, known email or not.
      expect(await signInAction({ email, password: TEST_PASSWORD })).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
    }
    network.ip = '192.0.2.10';
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    actAs(null);
    // The unknown email is not locked there either: the usual "no match", as for a wrong password of a coach.
    expect(await signInAction({ email: nobody, password: TEST_PASSWORD })).toEqual({ ok: false, error: 'invalid_credentials' });
  });

  describe('device cookies (a browser that signed in as the account before)', () => {
    const device = () => deviceCookie().name;
    /** This browser's cookies, to come back to after another browser's turn. */
    const browser = () => new Map(cookieJar);
    const use = (cookies: Map<string, string>) => {
      cookieJar.clear();
      for (const [name, value] of cookies) cookieJar.set(name, value);
    };

    it('with no client IP, 110 wrong passwords from a cookie-less machine keep out new browsers, not the coach’s own', async () => {
      network.ip = null;
      const owner = await createPractice();
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
      expect(cookieJar.get(device())).toBeTruthy();
      const header = setCookieHeaders.findLast((h) => h.startsWith(`${device()}=`));
      expect(header).toContain('Path=/; Max-Age=31536000; HttpOnly');
      expect(header).toContain('SameSite=lax');
      const coach = browser();
      actAs(null);

      use(new Map());
      const attack = await Promise.all(Array.from({ length: 110 }, (_, i) => signInAction({ email: owner.email, password: `wrong-${i}` })));
      expect(attack.filter((r) => !r.ok && r.error === 'invalid_credentials')).toHaveLength(POLICIES.signInEmailTotal.points);
      // A browser that never signed in is refused, and told the hour's real wait.
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 60 },
      });

      use(coach);
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    });

    it('the coach’s own browser is still limited for its own wrong tries, told the real wait; other browsers are not', async () => {
      network.ip = null;
      const owner = await createPractice();
      await signInAction({ email: owner.email, password: TEST_PASSWORD });
      actAs(null);
      for (let i = 0; i < 5; i++) {
        expect(await signInAction({ email: owner.email, password: `typo-${i}` })).toEqual({ ok: false, error: 'invalid_credentials' });
      }
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 15 },
      });
      await leaveOfWindow('signInDevice:', 7.5);
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 8 },
      });
      // Another browser (no cookies) is not refused by this one's typos.
      use(new Map());
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    });

    it('a browser that signed in as one coach is a stranger to another coach’s account', async () => {
      network.ip = null;
      const first = await createPractice();
      const second = await createPractice();
      await signInAction({ email: first.email, password: TEST_PASSWORD });
      actAs(null);
      for (let i = 0; i < POLICIES.signInEmailTotal.points; i++) await consume('signInEmailTotal', second.email);
      expect(await signInAction({ email: second.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 60 },
      });
      expect(await signInAction({ email: first.email, password: TEST_PASSWORD })).toEqual({ ok: true, data: null });
    });

    it('is given only once the authenticator code is right, when the account has one', async () => {
      const owner = await createPractice();
      const secret = newTotpSecret();
      await db()
        .update(users)
        .set({ totpSecret: seal(secret), totpEnabledAt: new Date() })
        .where(eq(users.id, owner.userId));
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toMatchObject({ ok: false, error: 'totp_required' });
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD, code: '000000' })).toMatchObject({
        ok: false,
        error: 'totp_invalid',
      });
      expect(cookieJar.has(device())).toBe(false);
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD, code: totpCode(secret) })).toEqual({ ok: true, data: null });
      expect(cookieJar.has(device())).toBe(true);
    });
  });

  it('says the wait of the limit that refused: the email’s from here or from anywhere, this network’s, or the account’s authenticator codes', async () => {
    try {
      // The email from this address: locked after 5 failures, 9½ minutes of its window left.
      const locked = await createPractice();
      for (let i = 0; i < 5; i++) await signInAction({ email: locked.email, password: `wrong-${i}` });
      await leaveOfWindow('signInEmailIp:', 9.5);
      expect(await signInAction({ email: locked.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 10 },
      });
      await db().delete(rateLimits);

      // The email from anywhere: 100 failures this hour from other addresses, 42½ minutes of the hour left; this address
      // has no failures of its own.
      const targeted = await createPractice();
      for (let i = 0; i < POLICIES.signInEmailTotal.points; i++) await consume('signInEmailTotal', targeted.email);
      await leaveOfWindow('signInEmailTotal:', 42.5);
      expect(await signInAction({ email: targeted.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 43 },
      });
      await db().delete(rateLimits);

      // This network (an office behind one address) used up its sign-ins, 3½ minutes ago the window ends; the email of
      // this coach has no failures at all.
      const owner = await createPractice();
      for (let i = 0; i < POLICIES.signInIp.points; i++) await consume('signInIp', '127.0.0.1');
      await leaveOfWindow('signInIp', 3.5);
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 4 },
      });
      await db().delete(rateLimits);

      // Five wrong authenticator codes (the email's count was lifted since, by a password reset say): 6½ minutes left.
      const secret = newTotpSecret();
      await db()
        .update(users)
        .set({ totpSecret: seal(secret), totpEnabledAt: new Date() })
        .where(eq(users.id, owner.userId));
      for (let i = 0; i < POLICIES.totp.points; i++) await consume('totp', owner.userId);
      await leaveOfWindow('totp', 6.5);
      expect(await signInAction({ email: owner.email, password: TEST_PASSWORD, code: totpCode(secret) })).toEqual({
        ok: false,
        error: 'rate_limited',
        params: { minutes: 7 },
      });
    } finally {
      await db().delete(rateLimits);
    }
  });

  it('forgets failures older than 15 minutes', async () => {
    const owner = await createPractice();
    for (let i = 0; i < 5; i++) await signInAction({ email: owner.email, password: `wrong-${i}` });
    await db().execute(sql`update ${rateLimits} set expire = ${Date.now() - 1}`); // the 15-minute window has run out
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it('takes as long for an unknown email as for a wrong password', async () => {
    // Two accounts, so that no email reaches the lockout (5 failures), which answers without verifying.
    const owners = [await createPractice(), await createPractice()];
    const time = async (email: string) => {
      const start = performance.now();
      await signInAction({ email, password: 'some-wrong-password' });
      return performance.now() - start;
    };
    await time(uniqueEmail()); // warm up the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, median of 7: a busy machine (tests run beside a build) slows single calls of either kind.
    for (let i = 0; i < 7; i++) {
      known.push(await time(owners[i % 2]!.email));
      unknown.push(await time(uniqueEmail()));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[3]!;
    // Both run one argon2id verification; without the dummy check the unknown email takes about a tenth as long,
    // so half leaves room for the machine's noise and still fails without it.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });
});

describe('password reset', () => {
  it('mails a single-use link that sets a new password', async () => {
    const owner = await createPractice();
    expect(await requestPasswordResetAction({ email: owner.email })).toEqual({ ok: true, data: null });
    const path = await linkInMail(owner.practiceId, owner.email);
    expect(path).toMatch(/^\/reset-password\//);
    const token = decodeURIComponent(path.split('/').pop()!);

    const newPassword = 'een-heel-nieuw-wachtwoord';
    expect(await resetPasswordAction({ token, password: newPassword, confirmPassword: newPassword })).toEqual({ ok: true, data: null });
    expect(await signInAction({ email: owner.email, password: newPassword })).toMatchObject({ ok: true });
    expect(await resetPasswordAction({ token, password: newPassword, confirmPassword: newPassword })).toEqual({
      ok: false,
      error: 'link_used',
    });
  });

  it('a newer link voids the older one: only the newest mail sets a password', async () => {
    const owner = await createPractice();
    await requestPasswordResetAction({ email: owner.email });
    const older = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    await requestPasswordResetAction({ email: owner.email });
    const newer = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    expect(newer).not.toBe(older);
    const pw = 'een-heel-nieuw-wachtwoord';
    expect(await resetPasswordAction({ token: older, password: pw, confirmPassword: pw })).toEqual({ ok: false, error: 'link_used' });
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    actAs(null);
    expect(await resetPasswordAction({ token: newer, password: pw, confirmPassword: pw })).toEqual({ ok: true, data: null });
  });

  it('lifts the sign-in lockout of the email: the new password works at once', async () => {
    const owner = await createPractice();
    for (let i = 0; i < 5; i++) await signInAction({ email: owner.email, password: `wrong-${i}` });
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toMatchObject({ ok: false, error: 'rate_limited' });
    await requestPasswordResetAction({ email: owner.email });
    const token = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    const pw = 'een-heel-nieuw-wachtwoord';
    expect(await resetPasswordAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: true, data: null });
    expect(await signInAction({ email: owner.email, password: pw })).toMatchObject({ ok: true });
  });

  it('keeps the browser’s device cookie: it proves a past sign-in here, not the old password', async () => {
    network.ip = null;
    const owner = await createPractice();
    await signInAction({ email: owner.email, password: TEST_PASSWORD });
    actAs(null);
    await requestPasswordResetAction({ email: owner.email });
    const token = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    const pw = 'een-heel-nieuw-wachtwoord';
    expect(await resetPasswordAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: true, data: null });
    // Strangers use up the email's total again; this browser still signs in, with the new password only.
    for (let i = 0; i < POLICIES.signInEmailTotal.points; i++) await consume('signInEmailTotal', owner.email);
    expect(await signInAction({ email: owner.email, password: TEST_PASSWORD })).toEqual({ ok: false, error: 'invalid_credentials' });
    expect(await signInAction({ email: owner.email, password: pw })).toEqual({ ok: true, data: null });
  });

  it('only enqueues the request: the worker creates the link and the mail for a known email, nothing for an unknown one', async () => {
    const owner = await createPractice();
    const ghost = uniqueEmail('ghost');
    expect(await requestPasswordResetAction({ email: owner.email })).toEqual({ ok: true, data: null });
    expect(await requestPasswordResetAction({ email: ghost })).toEqual({ ok: true, data: null });
    const resets = () => db().select().from(passwordResets).where(eq(passwordResets.practiceId, owner.practiceId));
    expect(await resets()).toHaveLength(0);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('auth.password_reset_requested');

    await runMailJobsOnce();
    expect(await resets()).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('auth.password_reset_requested');
    const mails = await outboxFor(owner.practiceId);
    expect(mails.map((m) => m.to)).toEqual([owner.email]);
    const everywhere = await db().execute(sql`select count(*)::int as n from outbox where lower("to") = ${ghost}`);
    expect([...everywhere][0]).toEqual({ n: 0 });
  });

  it('says nothing about unknown emails and sends nothing', async () => {
    const owner = await createPractice();
    expect(await requestPasswordResetAction({ email: uniqueEmail('ghost') })).toEqual({ ok: true, data: null });
    expect(await outboxFor(owner.practiceId)).toHaveLength(0);
  });

  it('refuses an expired link, a tampered link, mismatched and weak passwords', async () => {
    const owner = await createPractice();
    await requestPasswordResetAction({ email: owner.email });
    const token = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    const pw = 'een-heel-nieuw-wachtwoord';
    expect(await resetPasswordAction({ token, password: pw, confirmPassword: 'iets-anders-dan-dat' })).toMatchObject({
      fieldErrors: { confirmPassword: 'validation.passwordsDontMatch' },
    });
    expect(await resetPasswordAction({ token, password: '1234567890', confirmPassword: '1234567890' })).toMatchObject({
      fieldErrors: { password: 'validation.passwordTooWeak' },
    });
    expect(await resetPasswordAction({ token: `${token}x`, password: pw, confirmPassword: pw })).toEqual({
      ok: false,
      error: 'link_invalid',
    });
    await db()
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.practiceId, owner.practiceId));
    expect(await resetPasswordAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: false, error: 'link_expired' });
  });
});

describe('language and sign-out', () => {
  it('remembers the language in a cookie and on the signed-in account', async () => {
    const owner = await createPractice();
    expect(await setLocaleAction({ locale: 'en' })).toMatchObject({ ok: true });
    expect(cookieJar.get('NEXT_LOCALE')).toBe('en');
    actAs(owner);
    await setLocaleAction({ locale: 'en' });
    const [user] = await db().select().from(users).where(eq(users.id, owner.userId));
    expect(user!.locale).toBe('en');
    // Audited with the account as its entity, once: the same language again changes nothing.
    await setLocaleAction({ locale: 'en' });
    const changes = (await auditFor(owner.practiceId)).filter((a) => a.action === 'user.locale_changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entityType: 'user', entityId: owner.userId, metadata: { locale: 'en' } });
    expect(await setLocaleAction({ locale: 'de' as never })).toMatchObject({ ok: false, error: 'validation' });
  });

  it('signs out only a signed-in coach', async () => {
    expect(await signOutAction({})).toEqual({ ok: false, error: 'unauthenticated' });
    const owner = await createPractice();
    actAs(owner);
    expect(await signOutAction({})).toEqual({ ok: true, data: null });
  });
});
