import { like, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { clearSignInFailures, verifyCredentials } from '@/lib/auth/credentials';
import * as password from '@/lib/auth/password';
import { openSharedPlan } from '@/lib/share/guard';
import { auditFor, createPractice, TEST_PASSWORD, uniqueEmail } from '@/lib/testing/fixtures';
import { blockedFor, consume, POLICIES } from './rate-limit';

afterEach(() => vi.restoreAllMocks());

describe('sign-in limit (atomic)', () => {
  it('evaluates at most 5 of 20 parallel wrong passwords for one account from one source', async () => {
    const owner = await createPractice();
    const verify = vi.spyOn(password, 'verifyPassword');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(owner.email, `wrong-${i}`, null)));
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rate_limited')).toHaveLength(15);
    const failures = (await auditFor(owner.practiceId)).filter((a) => a.action === 'auth.sign_in_failed');
    expect(failures).toHaveLength(5);
    // Even the right password is refused now, and the answer says how long to wait.
    expect(await verifyCredentials(owner.email, TEST_PASSWORD, null)).toEqual({ status: 'rate_limited', retryAfterMinutes: 15 });
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
    for (let i = 0; i < 4; i++) await verifyCredentials(owner.email, `wrong-${i}`, null);
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null)).status).toBe('ok');
    expect(await blockedFor('signInEmailIp', [owner.email, null])).toBeNull();
    expect((await verifyCredentials(owner.email, 'wrong-again', null)).status).toBe('invalid');
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

  it('treats requests without a trustworthy client IP as one source of their own', async () => {
    const owner = await createPractice();
    for (let i = 0; i < 5; i++) expect((await verifyCredentials(owner.email, `wrong-${i}`, null)).status).toBe('invalid');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, null)).status).toBe('rate_limited');
    expect((await verifyCredentials(owner.email, TEST_PASSWORD, COACH_IP)).status).toBe('ok');
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

describe('limiter store', () => {
  it('keeps hashed keys only, in the rate_limits table the migrations create', async () => {
    await consume('totp', 'someone@example.test');
    const rows = await getDb().execute<{ key: string }>(sql`select key from rate_limits where key like 'totp:%'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^totp:[0-9a-f]{64}$/);
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
