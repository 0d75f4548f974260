import { createHash } from 'node:crypto';
import { like, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { clearSignInFailures, verifyCredentials } from '@/lib/auth/credentials';
import { deviceCookieAfterSignIn } from '@/lib/auth/device-cookie';
import * as password from '@/lib/auth/password';
import { openSharedPlan } from '@/lib/share/guard';
import { auditFor, createPractice, TEST_PASSWORD, uniqueEmail } from '@/lib/testing/fixtures';
import { blockedFor, consume, POLICIES } from './rate-limit';

afterEach(() => vi.restoreAllMocks());

describe('sign-in limit (atomic)', () => {
  it('evaluates at most 5 of 20 parallel wrong passwords for one account from one source', async () => {
    const owner = await createPractice();
    const ip = '203.0.113.20';
    const verify = vi.spyOn(password, 'verifyPassword');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(owner.email, `wrong-${i}`, ip)));
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(15);
    const failures = (await auditFor(owner.practiceId)).filter((a) => a.action === 'auth.sign_in_failed');
    expect(failures).toHaveLength(5);
    // Even the right password is refused now, and the answer says how long to wait.
    expect(await verifyCredentials(owner.email, TEST_PASSWORD, ip)).toEqual({ status: 'rate_limited', retryAfterMinutes: 15 });
  });

  it('limits one IP across many accounts', async () => {
    const ip = '203.0.113.9';
    const results = await Promise.all(
      Array.from({ length: POLICIES.signInIp.points + 5 }, (_, i) => verifyCredentials(`nobody-${i}@example.test`, 'wrong', ip)),
    );
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(5);
  });

  it('gives the points back after a successful sign-in', async () => {
    const owner = await createPractice();
    const ip = '203.0.113.21';
    for (let i = 0; i < 4; i++) await verifyCredentials(owner.email, `wrong-${i}`, ip);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, ip)).status).toBe('ok');
    expect(await blockedFor('signInEmailIp', [owner.email, ip])).toBeNull();
    expect((await verifyCredentials(owner.email, 'wrong-again', ip)).status).toBe('invalid');
  });
});

/** Documentation addresses (RFC 5737), one per attacking machine. */
const address = (i: number) => `198.51.100.${i + 1}`;
const COACH_IP = '192.0.2.10';

/** `perAddress` wrong passwords from each of `addresses` machines (numbered from `first`), the machines side by side. */
async function guessFrom(email: string, addresses: number, perAddress: number, first = 0) {
  const statuses = await Promise.all(
    Array.from({ length: addresses }, async (_, a) => {
      const seen: string[] = [];
      for (let i = 0; i < perAddress; i++) seen.push((await verifyCredentials(email, `wrong-${a}-${i}`, address(first + a))).status);
      return seen;
    }),
  );
  return statuses.flat();
}

/** The answer to the right password from elsewhere: a coach signs in, an unknown email hears "no match", as always. */
const answered = (known: boolean) => (known ? 'ok' : 'invalid');

describe('sign-in limits per address and per account (no lockout from one machine)', () => {
  // The addresses come back in every test; each starts with no counts (this file's database is its own).
  beforeEach(() => getDb().delete(rateLimits));

  it.each([
    ['a coach’s email', true],
    ['an unknown email', false],
  ])('refuses a machine after 5 wrong passwords for %s, and lets the right one through at once from another address', async (_, known) => {
    const email = known ? (await createPractice()).email : uniqueEmail('nobody');
    const attacker = address(0);
    expect(await guessFrom(email, 1, 5)).toEqual(Array(5).fill('invalid'));
    expect(await verifyCredentials(email, TEST_PASSWORD, attacker)).toEqual({ status: 'rate_limited', retryAfterMinutes: 15 });
    // The refused machine keeps going: refused before the account's total is touched, so that is not used up either.
    const more = await Promise.all(
      Array.from({ length: POLICIES.signInEmailTotal.points }, () => verifyCredentials(email, 'wrong', attacker)),
    );
    expect(more.every((r) => r.status === 'rate_limited')).toBe(true);
    expect((await verifyCredentials(email, TEST_PASSWORD, COACH_IP)).status).toBe(answered(known));
  });

  it('without a trustworthy client IP spends only the total: no bucket of 5 that every caller shares', async () => {
    const owner = await createPractice();
    for (let i = 0; i < 20; i++) expect((await verifyCredentials(owner.email, `wrong-${i}`, null)).status).toBe('invalid');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null)).status).toBe('ok');
    expect(await blockedFor('signInEmailIp', [owner.email, null])).toBeNull();
  });

  it.each([
    ['a coach’s email', true],
    ['an unknown email', false],
  ])('refuses %s from every address after 100 failures an hour from many, with the hour’s wait', async (_, known) => {
    const email = known ? (await createPractice()).email : uniqueEmail('nobody');
    // 20 machines, 5 guesses each: all verified, none refused.
    expect(await guessFrom(email, 20, 5)).toEqual(Array(POLICIES.signInEmailTotal.points).fill('invalid'));
    expect(await verifyCredentials(email, TEST_PASSWORD, COACH_IP)).toEqual({ status: 'rate_limited', retryAfterMinutes: 60 });
    expect(await verifyCredentials(email, 'wrong', address(40))).toEqual({ status: 'rate_limited', retryAfterMinutes: 60 });
    // Refused by the total, an attempt spends nothing of its own address's limit: once the hour is over, that address is fresh.
    for (let i = 0; i < 10; i++) expect((await verifyCredentials(email, TEST_PASSWORD, COACH_IP)).status).toBe('rate_limited');
    await getDb()
      .update(rateLimits)
      .set({ expire: Date.now() - 1 })
      .where(like(rateLimits.key, 'signInEmailTotal:%'));
    expect((await verifyCredentials(email, TEST_PASSWORD, COACH_IP)).status).toBe(answered(known));
  });

  it('evaluates at most 100 of 150 parallel wrong passwords for one account from 30 addresses', async () => {
    const owner = await createPractice();
    const verify = vi.spyOn(password, 'verifyPassword');
    const results = await Promise.all(Array.from({ length: 150 }, (_, i) => verifyCredentials(owner.email, `wrong-${i}`, address(i % 30))));
    expect(verify.mock.calls.length).toBeLessThanOrEqual(POLICIES.signInEmailTotal.points);
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(POLICIES.signInEmailTotal.points);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(50);
  });

  it('counts only wrong passwords in the total: a sign-in gives back its own point, not the guessers’', async () => {
    const owner = await createPractice();
    expect(await guessFrom(owner.email, 19, 5)).toEqual(Array(95).fill('invalid'));
    for (let i = 0; i < 3; i++) expect((await verifyCredentials(owner.email, TEST_PASSWORD, COACH_IP)).status).toBe('ok');
    // 95 failures so far, the three sign-ins not among them: five more are verified, the next is refused.
    expect(await guessFrom(owner.email, 1, 5, 19)).toEqual(Array(5).fill('invalid'));
    expect((await verifyCredentials(owner.email, 'wrong', address(20))).status).toBe('rate_limited');
  });

  it('a password reset lifts the lockouts of the email from every address and in total, and no other email’s', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    await guessFrom(other.email, 1, 5, 30);
    for (let i = 0; i < 5; i++) await verifyCredentials(owner.email, `typo-${i}`, COACH_IP);
    await guessFrom(owner.email, 19, 5);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, COACH_IP)).status).toBe('rate_limited');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, address(25))).status).toBe('rate_limited');

    await clearSignInFailures(owner.email);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, address(0))).status).toBe('ok');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, COACH_IP)).status).toBe('ok');
    expect(await blockedFor('signInEmailIp', [other.email, address(30)])).toBe(15);
  });
});

/** The device cookie a browser got from an earlier sign-in as `email` (what authorize.ts sets). */
const signedInBefore = (email: string) => deviceCookieAfterSignIn(undefined, email);

/** `count` wrong passwords for `email` side by side, each from `ip` (null: no trustworthy client IP) and no device cookie. */
const flood = (email: string, count: number, ip: string | null = null) =>
  Promise.all(Array.from({ length: count }, (_, i) => verifyCredentials(email, `wrong-${i}`, ip)));

describe('device cookies: the coach’s own browser is not locked out by others’ guesses', () => {
  beforeEach(() => getDb().delete(rateLimits));

  it('with no client IP, 120 wrong passwords from a cookie-less machine keep out new browsers, not the coach’s own', async () => {
    const owner = await createPractice();
    const device = signedInBefore(owner.email);
    const attack = await flood(owner.email, 120);
    expect(attack.filter((r) => r.status === 'invalid')).toHaveLength(POLICIES.signInEmailTotal.points);
    expect(attack.filter((r) => r.status === 'rate_limited')).toHaveLength(20);
    // A browser that never signed in waits for the hour, and is told so.
    expect(await verifyCredentials(owner.email, TEST_PASSWORD, null)).toEqual({ status: 'rate_limited', retryAfterMinutes: 60 });
    // The coach's browser signs in at once, and again.
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('ok');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('ok');
  });

  it('the attacker’s limits by address do not refuse the coach’s browser from that same address either', async () => {
    const owner = await createPractice();
    const device = signedInBefore(owner.email);
    const office = '203.0.113.50';
    await flood(owner.email, POLICIES.signInIp.points, office);
    expect(await blockedFor('signInIp', office)).toBe(15);
    expect(await blockedFor('signInEmailIp', [owner.email, office])).toBe(15);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, office, undefined, device)).status).toBe('ok');
  });

  it('limits the coach’s own browser for its own wrong tries (5 per 15 minutes), apart from everyone else', async () => {
    const owner = await createPractice();
    const device = signedInBefore(owner.email);
    const verify = vi.spyOn(password, 'verifyPassword');
    const tries = await Promise.all(
      Array.from({ length: 20 }, (_, i) => verifyCredentials(owner.email, `typo-${i}`, null, undefined, device)),
    );
    expect(verify.mock.calls.length).toBeLessThanOrEqual(POLICIES.signInDevice.points);
    expect(tries.filter((r) => r.status === 'invalid')).toHaveLength(POLICIES.signInDevice.points);
    expect(await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).toEqual({
      status: 'rate_limited',
      retryAfterMinutes: 15,
    });
    // Its typos are its own: not in the email's total, nor in an address's count.
    expect(await blockedFor('signInEmailTotal', owner.email)).toBeNull();
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, COACH_IP)).status).toBe('ok');
    // The coach's other browser (its own device cookie) is not refused by this one's typos.
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, signedInBefore(owner.email))).status).toBe('ok');
  });

  it('a right password gives the browser a fresh count: 4 typos, a sign-in, 5 typos more', async () => {
    const owner = await createPractice();
    const device = signedInBefore(owner.email);
    for (let i = 0; i < 4; i++) expect((await verifyCredentials(owner.email, `typo-${i}`, null, undefined, device)).status).toBe('invalid');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('ok');
    for (let i = 0; i < 5; i++) expect((await verifyCredentials(owner.email, `typo-${i}`, null, undefined, device)).status).toBe('invalid');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('rate_limited');
  });

  it.each([
    ['a coach’s email', true],
    ['an unknown email', false],
  ])('a cookie for another email, forged or garbled is no cookie, for %s', async (_, known) => {
    const email = known ? (await createPractice()).email : uniqueEmail('nobody');
    const other = await createPractice();
    const [id, issued, mac] = signedInBefore(email).split('.') as [string, string, string];
    const forged = [
      signedInBefore(other.email),
      `${id}.${issued}.${signedInBefore(other.email).split('.')[2]}`,
      `${id.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${issued}.${mac}`,
      'not-a-device-cookie',
    ];
    await flood(email, POLICIES.signInEmailTotal.points);
    for (const cookie of forged) {
      expect(await verifyCredentials(email, TEST_PASSWORD, null, undefined, cookie)).toEqual({
        status: 'rate_limited',
        retryAfterMinutes: 60,
      });
    }
  });

  it('an unknown email with a device cookie of its own is answered as a coach’s: its own count, then “no match”', async () => {
    // A cookie for an address that has no account (say, one removed since): its own count, the usual "no match".
    const nobody = uniqueEmail('nobody');
    const device = signedInBefore(nobody);
    await flood(nobody, POLICIES.signInEmailTotal.points);
    expect(await verifyCredentials(nobody, TEST_PASSWORD, null, undefined, device)).toEqual({ status: 'invalid' });
  });

  it('a password reset lifts the device’s count too', async () => {
    const owner = await createPractice();
    const device = signedInBefore(owner.email);
    for (let i = 0; i < 5; i++) await verifyCredentials(owner.email, `typo-${i}`, null, undefined, device);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('rate_limited');
    await clearSignInFailures(owner.email);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null, undefined, device)).status).toBe('ok');
  });
});

describe('per-IP limits count an IPv6 /64 as one source', () => {
  beforeEach(() => getDb().delete(rateLimits));

  /** Address `i` of the /64 2001:db8:1:2::/64 (or of `net`). */
  const v6 = (i: number, net = '2001:db8:1:2') => `${net}:${(i + 1).toString(16)}:0:0:1`;

  it('one machine rotating through the addresses of its /64 is one source, across accounts and per account', async () => {
    const acrossAccounts = await Promise.all(
      Array.from({ length: POLICIES.signInIp.points + 5 }, (_, i) => verifyCredentials(`nobody-v6-${i}@example.test`, 'wrong', v6(i))),
    );
    expect(acrossAccounts.filter((r) => r.status === 'rate_limited')).toHaveLength(5);
    // Another /64 is another source.
    expect((await verifyCredentials(uniqueEmail('nobody'), 'wrong', v6(0, '2001:db8:1:3'))).status).toBe('invalid');

    const owner = await createPractice();
    for (let i = 0; i < 5; i++) {
      expect((await verifyCredentials(owner.email, 'wrong', v6(100 + i, '2001:db8:9:9'))).status).toBe('invalid');
    }
    expect(await verifyCredentials(owner.email, TEST_PASSWORD, v6(200, '2001:db8:9:9'))).toEqual({
      status: 'rate_limited',
      retryAfterMinutes: 15,
    });
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, v6(0, '2001:db8:9:a'))).status).toBe('ok');
  });
});

describe('limiter store', () => {
  it('keeps hashed keys only, in the rate_limits table the migrations create', async () => {
    await consume('totp', 'someone@example.test');
    const rows = await getDb().execute<{ key: string }>(sql`select key from rate_limits where key like 'totp:%'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^totp:[0-9a-f]{64}$/);
    // Keyed: hashing a guessed address does not find it in a dump of the table.
    expect(rows[0]!.key).not.toBe(`totp:${createHash('sha256').update('someone@example.test').digest('hex')}`);
    await consume('signInEmailIp', ['someone@example.test', '203.0.113.7']);
    const pairs = await getDb().execute<{ key: string }>(sql`select key from rate_limits where key like 'signInEmailIp:%'`);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { key } of pairs) expect(key).toMatch(/^signInEmailIp:[0-9a-f]{64}\.[0-9a-f]{64}$/);
  });

  it('says how many minutes to wait once a policy is spent', async () => {
    for (let i = 0; i < POLICIES.totp.points; i++) expect((await consume('totp', 'user-1')).ok).toBe(true);
    expect(await consume('totp', 'user-1')).toEqual({ ok: false, retryAfterMinutes: 15 });
    expect((await consume('totp', 'user-2')).ok).toBe(true);
  });

  it('does not limit per IP when there is no trustworthy IP', async () => {
    for (let i = 0; i < POLICIES.shareGuessIp.points + 3; i++) expect((await consume('shareGuessIp', null)).ok).toBe(true);
  });
});

describe('share-link guessing limit', () => {
  it('answers at most 20 of 30 parallel guesses from one IP, then refuses', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => openSharedPlan(`guess-${i}`)));
    expect(results.filter((r) => r.state === 'not_found')).toHaveLength(POLICIES.shareGuessIp.points);
    expect(results.filter((r) => r.state === 'rate_limited')).toHaveLength(30 - POLICIES.shareGuessIp.points);
  });
});
