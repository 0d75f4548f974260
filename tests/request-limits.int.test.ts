import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptInvitationAction, requestPasswordResetAction, resetPasswordAction, signUpAction } from '@/app/(auth)/actions';
import { requestPortalLinkAction } from '@/app/portal/actions';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { consume, POLICIES, type PolicyName } from '@/lib/security/rate-limit';
import { TEST_PASSWORD, uniqueEmail } from '@/lib/testing/fixtures';

// The mocked request comes from 127.0.0.1 through one trusted proxy (lib/testing/setup-database.ts).
const IP = '127.0.0.1';

async function spend(name: PolicyName, key: string) {
  for (let i = 0; i < POLICIES[name].points; i++) await consume(name, key);
}

describe('limits on the public actions that cost a hash, a job or a mail', () => {
  it('refuses sign-up from an IP that has spent its limit, before checking the password, and creates nothing', async () => {
    const weak = { practiceName: 'Praktijk Zwak', name: 'Zo', email: uniqueEmail('weak'), password: '1234567890', locale: 'nl' as const };
    expect(await signUpAction(weak)).toMatchObject({ fieldErrors: { password: 'validation.passwordTooWeak' } });
    // A few passwords refused as too weak do not use up the sign-ups of this address.
    await spend('signUpIp', IP);
    expect(await signUpAction(weak)).toMatchObject({ fieldErrors: { password: 'validation.passwordTooWeak' } });
    // Every try counts against the looser limit, before the password is checked.
    await spend('signUpAttemptIp', IP);
    expect(await signUpAction(weak)).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 60 } });
    await getDb().execute(sql`delete from rate_limits`);
    await spend('signUpIp', IP);
    const email = uniqueEmail('new');
    const result = await signUpAction({ practiceName: 'Praktijk Wacht', name: 'Wim', email, password: TEST_PASSWORD, locale: 'nl' });
    expect(result).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 60 } });
    const [row] = await getDb().select({ n: count() }).from(users).where(eq(users.email, email));
    expect(row?.n).toBe(0);
  });

  it('limits password reset requests per email (3 an hour), for unknown emails too', async () => {
    const email = uniqueEmail('reset');
    for (let i = 0; i < 3; i++) expect(await requestPasswordResetAction({ email })).toMatchObject({ ok: true });
    expect(await requestPasswordResetAction({ email })).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 60 } });
    expect(await requestPasswordResetAction({ email: uniqueEmail('other') })).toMatchObject({ ok: true });
  });

  it('refuses new passwords through reset links from an IP that has spent its limit, before checking the password', async () => {
    const weak = { token: 'x'.repeat(43), password: '1234567890', confirmPassword: '1234567890' };
    expect(await resetPasswordAction(weak)).toMatchObject({ fieldErrors: { password: 'validation.passwordTooWeak' } });
    await spend('passwordResetSubmitIp', IP);
    expect(await resetPasswordAction(weak)).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 60 } });
  });

  it('refuses invitation acceptance from an IP that has spent its limit, before checking the password', async () => {
    const weak = { token: 'x'.repeat(43), password: '1234567890', confirmPassword: '1234567890' };
    expect(await acceptInvitationAction(weak)).toMatchObject({ fieldErrors: { password: 'validation.passwordTooWeak' } });
    await spend('invitationIp', IP);
    expect(await acceptInvitationAction(weak)).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
    const result = await acceptInvitationAction({ token: 'x'.repeat(43), password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD });
    expect(result).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
  });

  it('refuses portal link requests from an IP that has spent its limit, whatever the email', async () => {
    await spend('portalLinkIp', IP);
    expect(await requestPortalLinkAction({ email: uniqueEmail('client') })).toEqual({
      ok: false,
      error: 'rate_limited',
      params: { minutes: 15 },
    });
  });
});
