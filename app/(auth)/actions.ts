'use server';

import { CredentialsSignin } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { emailInUse, findUserByEmail } from '@/db/queries/directory';
import { findInvitationByToken, markInvitationAccepted } from '@/db/queries/invitations';
import { findPasswordReset, insertPasswordReset, markPasswordResetUsed } from '@/db/queries/password-resets';
import { insertPractice } from '@/db/queries/practices';
import { insertUser, updateUserLocale, updateUserPassword } from '@/db/queries/users';
import { linkState, newLinkToken, readLinkToken, RESET_TTL_MS } from '@/lib/accounts/links';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { signInLockout } from '@/lib/auth/credentials';
import { currentActor, withCoach, withPublic } from '@/lib/auth/guards';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/db/errors';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { secureCookies } from '@/lib/security/cookies';
import { passwordResetMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import { acceptInvitationSchema, forgotPasswordSchema, localeSchema, resetPasswordSchema, signInSchema, signUpSchema } from '@/lib/schemas/auth';
import { appUrl } from '@/lib/urls';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/nextauth';

async function rememberLocale(locale: 'nl' | 'en') {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false, secure: secureCookies() });
}

async function startSession(email: string, password: string) {
  await signIn('credentials', { email, password, redirect: false });
}

export const signInAction = withPublic(signInSchema, async ({ email, password }) => {
  try {
    await startSession(email, password);
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === 'rate_limited') {
        return fail('rate_limited', { params: { minutes: (await signInLockout(email)) ?? 15 } });
      }
      return fail('invalid_credentials');
    }
    throw error;
  }
  const user = await findUserByEmail(email);
  if (user) await rememberLocale(user.locale);
  return ok(null);
});

export const signUpAction = withPublic(signUpSchema, async (input) => {
  if (await emailInUse(input.email)) return fail('email_taken', { fieldErrors: { email: 'errors.email_taken' } });
  const passwordHash = await hashPassword(input.password);
  try {
    await getDb().transaction(async (tx) => {
      const practice = await insertPractice({ name: input.practiceName }, tx);
      const user = await insertUser(practice.id, { email: input.email, name: input.name, passwordHash, role: 'owner', locale: input.locale }, tx);
      await audit({ practiceId: practice.id, actorUserId: user.id, action: 'practice.created', entityType: 'practice', entityId: practice.id }, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('email_taken', { fieldErrors: { email: 'errors.email_taken' } });
    throw error;
  }
  await rememberLocale(input.locale);
  await startSession(input.email, input.password);
  return ok(null);
});

export const signOutAction = withCoach(z.object({}), async (_input, actor) => {
  await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'auth.sign_out' });
  await signOut({ redirect: false });
  return ok(null);
});

export async function signOutFormAction(): Promise<void> {
  await signOutAction({});
  redirect('/login');
}

/** Always answers the same, so the form never tells whether an email has an account. */
export const requestPasswordResetAction = withPublic(forgotPasswordSchema, async ({ email }) => {
  const user = await findUserByEmail(email);
  if (!user) return ok(null);
  const { token, tokenHash } = newLinkToken(user.practiceId);
  await getDb().transaction(async (tx) => {
    await insertPasswordReset(user.practiceId, { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TTL_MS) }, tx);
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.password_reset_requested' }, tx);
    await deliver(user.practiceId, passwordResetMail({ to: user.email, locale: user.locale, name: user.name, url: appUrl(`/reset-password/${token}`) }), tx);
  });
  return ok(null);
});

export const resetPasswordAction = withPublic(resetPasswordSchema, async ({ token, password }) => {
  const link = readLinkToken(token);
  if (!link) return fail('link_invalid');
  const reset = await findPasswordReset(link.practiceId, link.tokenHash);
  const state = linkState(reset);
  if (state !== 'valid' || !reset) return fail(state === 'valid' ? 'link_invalid' : state);
  const passwordHash = await hashPassword(password);
  const outcome = await getDb().transaction(async (tx) => {
    if (!(await markPasswordResetUsed(reset.practiceId, reset.id, tx))) return 'link_used' as const;
    await updateUserPassword(reset.practiceId, reset.userId, passwordHash, tx);
    await audit({ practiceId: reset.practiceId, actorUserId: reset.userId, action: 'auth.password_reset' }, tx);
    return 'done' as const;
  });
  return outcome === 'done' ? ok(null) : fail(outcome);
});

export const acceptInvitationAction = withPublic(acceptInvitationSchema, async ({ token, password }) => {
  const link = readLinkToken(token);
  if (!link) return fail('link_invalid');
  const invitation = await findInvitationByToken(link.practiceId, link.tokenHash);
  const state = linkState(invitation);
  if (state !== 'valid' || !invitation) return fail(state === 'valid' ? 'link_invalid' : state);
  if (await emailInUse(invitation.email)) return fail('email_taken');
  const passwordHash = await hashPassword(password);
  try {
    const outcome = await getDb().transaction(async (tx) => {
      if (!(await markInvitationAccepted(invitation.practiceId, invitation.id, tx))) return 'link_used' as const;
      const user = await insertUser(
        invitation.practiceId,
        { email: invitation.email, name: invitation.name, passwordHash, role: invitation.role, locale: invitation.locale },
        tx,
      );
      await audit(
        { practiceId: invitation.practiceId, actorUserId: user.id, action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id },
        tx,
      );
      return 'done' as const;
    });
    if (outcome !== 'done') return fail(outcome);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('email_taken');
    throw error;
  }
  await rememberLocale(invitation.locale);
  return ok({ email: invitation.email });
});

/** Remembered in a cookie for everyone, and on the account of a signed-in coach. */
export const setLocaleAction = withPublic(localeSchema, async ({ locale }) => {
  await rememberLocale(locale);
  const actor = await currentActor();
  if (actor && actor.locale !== locale) {
    await getDb().transaction(async (tx) => {
      await updateUserLocale(actor.practiceId, actor.userId, locale, tx);
      await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'user.locale_changed', metadata: { locale } }, tx);
    });
  }
  return ok(null);
});
