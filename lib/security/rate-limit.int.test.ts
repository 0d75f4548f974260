import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { verifyCredentials } from '@/lib/auth/credentials';
import * as password from '@/lib/auth/password';
import { openSharedPlan } from '@/lib/share/guard';
import { auditFor, createPractice, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { blockedFor, consume, POLICIES } from './rate-limit';

afterEach(() => vi.restoreAllMocks());

describe('sign-in limit (atomic)', () => {
  it('evaluates at most 5 of 20 parallel wrong passwords for one account', async () => {
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
    expect(await blockedFor('signInEmail', owner.email)).toBeNull();
    expect((await verifyCredentials(owner.email, 'wrong-again', null)).status).toBe('invalid');
  });
});

describe('limiter store', () => {
  it('keeps hashed keys only, in the rate_limits table the migrations create', async () => {
    await consume('totp', 'someone@example.test');
    const rows = await getDb().execute<{ key: string }>(sql`select key from rate_limits where key like 'totp:%'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^totp:[0-9a-f]{64}$/);
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
