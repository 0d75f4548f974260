'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { findUserByEmail } from '@/db/queries/directory';
import { acceptInvitation, endAllSessions, requestPasswordReset, resetPassword, signUp } from '@/lib/accounts/service';
import { fail, ok } from '@/lib/actions/result';
import { currentActor, withPublic, withSignedIn } from '@/lib/auth/guards';
import { signIn, signOut } from '@/lib/auth/nextauth';
import { retryAfterMinutesOf } from '@/lib/auth/sign-in-errors';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import {
  acceptInvitationSchema,
  forgotPasswordSchema,
  localeSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from '@/lib/schemas/auth';
import { localeCookieOptions } from '@/lib/security/cookies';
import { refuseWhenLimited } from '@/lib/security/request-limits';
import { changeLanguage } from '@/lib/settings/service';

async function rememberLocale(locale: 'nl' | 'en') {
  (await cookies()).set(LOCALE_COOKIE, locale, localeCookieOptions());
}

async function startSession(email: string, password: string, code?: string) {
  await signIn('credentials', { email, password, ...(code ? { code } : {}), redirect: false });
}

/** The sign-in answers the form tells apart; anything else is "email and password do not match". */
const SIGN_IN_CODES = ['account_inactive', 'totp_required', 'totp_invalid'] as const;

export const signInAction = withPublic(signInSchema, async ({ email, password, code }) => {
  try {
    await startSession(email, password, code || undefined);
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === 'rate_limited') {
        // The wait of the limit that refused (per email, per IP, or the account's authenticator codes), carried by the
        // error; 15 (the policies' window) only for an error without one.
        return fail('rate_limited', { params: { minutes: retryAfterMinutesOf(error) ?? 15 } });
      }
      const known = SIGN_IN_CODES.find((c) => c === error.code);
      // A wrong code is the code field's mistake: it gets the message and aria-invalid, not only the alert.
      if (known === 'totp_invalid') return fail(known, { fieldErrors: { code: 'errors.totp_invalid' } });
      return fail(known ?? 'invalid_credentials');
    }
    throw error;
  }
  const user = await findUserByEmail(email);
  if (user) await rememberLocale(user.locale);
  return ok(null);
});

// Limited per IP before the input is read (the password-strength check is the costly part of both); a sign-up that
// passes its checks spends the stricter signUpIp too.
export const signUpAction = withPublic(
  signUpSchema,
  async (input) => {
    const limited = await refuseWhenLimited([['signUpIp', 'ip']]);
    if (limited) return limited;
    const result = await signUp(input);
    if (!result.ok) return result;
    await rememberLocale(input.locale);
    // The practice and its account exist now. A refused sign-in (this network's sign-in limit, say) sends the coach to the
    // sign-in page with that news, not to an error page over an account they cannot tell was made.
    try {
      await startSession(input.email, input.password);
    } catch (error) {
      if (error instanceof CredentialsSignin) return ok({ signedIn: false });
      throw error;
    }
    return ok({ signedIn: true });
  },
  { ipLimits: ['signUpAttemptIp'] },
);

/** Sign-out raises the session version, so a copied cookie of this session is dead too (see endAllSessions). */
export const signOutAction = withSignedIn(z.object({}), async (_input, actor) => {
  await endAllSessions(actor, 'auth.sign_out');
  await signOut({ redirect: false });
  return ok(null);
});

export async function signOutFormAction(): Promise<void> {
  await signOutAction({});
  // The sign-in page forgets the answers queued in this browser once it is reached (ClearPendingAnswers).
  redirect('/login?notice=signed-out');
}

/** Always answers the same, and as fast: the look-up happens in the worker, so the form never tells whether an email has an account. */
export const requestPasswordResetAction = withPublic(forgotPasswordSchema, async ({ email }) => {
  const limited = await refuseWhenLimited([
    ['passwordResetEmail', email],
    ['passwordResetIp', 'ip'],
  ]);
  return limited ?? requestPasswordReset(email);
});

export const resetPasswordAction = withPublic(resetPasswordSchema, (input) => resetPassword(input), {
  ipLimits: ['passwordResetSubmitIp'],
});

export const acceptInvitationAction = withPublic(
  acceptInvitationSchema,
  async (input) => {
    const result = await acceptInvitation(input);
    if (!result.ok) return result;
    await rememberLocale(result.data.locale);
    return ok({ email: result.data.email });
  },
  { ipLimits: ['invitationIp'] },
);

/** Remembered in a cookie for everyone, and on the account of a signed-in coach. */
export const setLocaleAction = withPublic(localeSchema, async ({ locale }) => {
  await rememberLocale(locale);
  const actor = await currentActor();
  // The settings' language write (with the account as the audit entry's entity); it changes nothing when it is the same.
  if (actor) return changeLanguage(actor, locale);
  return ok(null);
});
