import 'server-only';
import type { z } from 'zod';
import type { Executor } from '@/db/client';
import { getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { deleteCalendarFeed } from '@/db/queries/calendar';
import { emailInUse, findUserByEmail } from '@/db/queries/directory';
import { findInvitationByToken, markInvitationAccepted, revokeInvitationsSentBy } from '@/db/queries/invitations';
import { findPasswordReset, insertPasswordReset, markPasswordResetUsed, voidOpenPasswordResets } from '@/db/queries/password-resets';
import { insertPractice } from '@/db/queries/practices';
import {
  bumpSessionVersion,
  findUser,
  insertUser,
  lockActiveOwners,
  lockUser,
  setUserActive,
  setUserRole,
  updateUserPassword,
} from '@/db/queries/users';
import type { Role, User } from '@/db/schema';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { clearSignInFailures } from '@/lib/auth/credentials';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { refusePasswordCheck } from '@/lib/auth/password-check-limit';
import { isWeakPassword } from '@/lib/auth/password-policy';
import type { Locale } from '@/lib/i18n/locales';
import { logError } from '@/lib/log';
import { enqueueJob } from '@/lib/mail/queue';
import { passwordChangedMail, passwordResetMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import type { acceptInvitationSchema, changePasswordSchema, resetPasswordSchema, signUpSchema } from '@/lib/schemas/auth';
import { appUrl } from '@/lib/urls';
import { linkState, newLinkToken, RESET_TTL_MS, readLinkToken } from './links';
import { auditRevokedInvitations } from './revoked-invitations';

/** Accounts: sign-up, password reset and invitation acceptance. Callers guard and validate first. */

const emailTaken = () => fail('email_taken', { fieldErrors: { email: 'errors.email_taken' } });

/** A new practice with its owner. The caller signs the owner in afterwards. */
export async function signUp(input: z.output<typeof signUpSchema>): Promise<ActionResult<null>> {
  if (await emailInUse(input.email)) return emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    await getDb().transaction(async (tx) => {
      const practice = await insertPractice({ name: input.practiceName }, tx);
      const user = await insertUser(
        practice.id,
        { email: input.email, name: input.name, passwordHash, role: 'owner', locale: input.locale },
        tx,
      );
      await audit(
        { practiceId: practice.id, actorUserId: user.id, action: 'practice.created', entityType: 'practice', entityId: practice.id },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) return emailTaken();
    throw error;
  }
  return ok(null);
}

/**
 * "Reset my password": only enqueues the look-up, so a known and an unknown email take the same time
 * (and get the same answer). The worker runs handlePasswordResetRequested.
 */
export async function requestPasswordReset(email: string): Promise<ActionResult<null>> {
  await enqueueJob(getDb(), 'password_reset_requested', { email });
  return ok(null);
}

/**
 * Worker side: for a known email a single-use link (1 hour), its audit entry and the mail, in one transaction. The
 * user's earlier open links stop working in that transaction: only the newest mail sets a password, so an older mail
 * that leaked (a forwarded message, a shared mailbox) is worth nothing.
 */
export async function handlePasswordResetRequested(email: string): Promise<void> {
  const user = await findUserByEmail(email);
  // A deactivated coach gets what an unknown address gets: nothing, so the answer reveals nothing.
  if (!user?.active) return;
  const { token, tokenHash } = newLinkToken(user.practiceId);
  await getDb().transaction(async (tx) => {
    // Two requests handled at once (two worker jobs) take turns on the user's row: the second voids the first's link,
    // which it could not see while that was uncommitted, so one link stays open. Deactivated meanwhile: nothing.
    const locked = await lockUser(user.practiceId, user.id, tx);
    if (!locked?.active) return;
    await voidOpenPasswordResets(user.practiceId, user.id, tx);
    await insertPasswordReset(user.practiceId, { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TTL_MS) }, tx);
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.password_reset_requested' }, tx);
    await deliver(
      user.practiceId,
      passwordResetMail({ to: user.email, locale: user.locale, name: user.name, url: appUrl(`/reset-password/${token}`) }),
      tx,
      { linkExpiresAt: new Date(Date.now() + RESET_TTL_MS) },
    );
  });
}

/**
 * A new password, in one transaction: the hash, the other open reset links voided, every session ended (the
 * session version goes up) and a mail to the coach that it happened. Returns the new session version. A reset (the
 * account taken back: lost, or in someone else's hands) also ends the calendar feed, a credential of its own; a
 * signed-in coach's routine change keeps it, and "sign out everywhere" ends it.
 */
async function replacePassword(user: User, passwordHash: string, action: 'auth.password_reset' | 'auth.password_changed', tx: Executor) {
  await updateUserPassword(user.practiceId, user.id, passwordHash, tx);
  await voidOpenPasswordResets(user.practiceId, user.id, tx);
  if (action === 'auth.password_reset') await deleteCalendarFeed(user.practiceId, user.id, tx);
  const sessionVersion = await bumpSessionVersion(user.practiceId, user.id, tx);
  await audit({ practiceId: user.practiceId, actorUserId: user.id, action }, tx);
  await deliver(
    user.practiceId,
    passwordChangedMail({
      to: user.email,
      locale: user.locale,
      name: user.name,
      role: user.role,
      url: appUrl('/forgot-password'),
      afterReset: action === 'auth.password_reset',
    }),
    tx,
  );
  return sessionVersion;
}

/**
 * What a reset link is good for: the reset and its user when it may still set a password, else why not. The page
 * asks before showing its form (a dead link says so at once), the reset asks again when it is submitted.
 */
export async function openPasswordReset(token: string) {
  const link = readLinkToken(token);
  if (!link) return { state: 'link_invalid' as const };
  const reset = await findPasswordReset(link.practiceId, link.tokenHash);
  const state = linkState(reset);
  if (state !== 'valid' || !reset) return { state: state === 'valid' ? ('link_invalid' as const) : state };
  const user = await findUser(reset.practiceId, reset.userId);
  // A link sent before the coach was deactivated sets no password for an account that is closed.
  if (!user?.active) return { state: 'link_invalid' as const };
  return { state, reset, user };
}

/**
 * Sets a new password through a reset link; the link works once, the user's other links stop working, and the sign-in
 * lockout on the email is lifted.
 */
export async function resetPassword({ token, password }: z.output<typeof resetPasswordSchema>): Promise<ActionResult<null>> {
  const opened = await openPasswordReset(token);
  if (opened.state !== 'valid') return fail(opened.state);
  const { reset, user } = opened;
  if (isWeakPassword(password, [user.email, user.name]))
    return fail('validation', { fieldErrors: { password: 'validation.passwordTooWeak' } });
  const passwordHash = await hashPassword(password);
  const outcome = await getDb().transaction(async (tx) => {
    // Deactivated since the link was opened: the account stays closed (the deactivation holds the same row).
    const locked = await lockUser(reset.practiceId, reset.userId, tx);
    if (!locked?.active) return 'link_invalid' as const;
    if (!(await markPasswordResetUsed(reset.practiceId, reset.id, tx))) return 'link_used' as const;
    await replacePassword(user, passwordHash, 'auth.password_reset', tx);
    return 'done' as const;
  });
  if (outcome !== 'done') return fail(outcome);
  // After the commit (the limiter's rows live outside this transaction): the new password works at once, whatever
  // lockout the old one earned. Best effort: the password is set either way, so a failure here is logged, not shown.
  await clearSignInFailures(user.email).catch((error) => logError('auth', error));
  return ok(null);
}

type Who = { practiceId: string; userId: string };

/** A signed-in coach's new password (the current one asked first); answers the new session version. */
export async function changePassword(
  actor: Who,
  input: z.output<typeof changePasswordSchema>,
): Promise<ActionResult<{ sessionVersion: number }>> {
  const user = await findUser(actor.practiceId, actor.userId);
  if (!user) return fail('not_found');
  const limited = await refusePasswordCheck(actor.userId);
  if (limited) return limited;
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.password_change_failed' });
    return fail('validation', { fieldErrors: { currentPassword: 'validation.wrongPassword' } });
  }
  if (isWeakPassword(input.password, [user.email, user.name]))
    return fail('validation', { fieldErrors: { password: 'validation.passwordTooWeak' } });
  const passwordHash = await hashPassword(input.password);
  const sessionVersion = await getDb().transaction((tx) => replacePassword(user, passwordHash, 'auth.password_changed', tx));
  return ok({ sessionVersion });
}

/**
 * Ends every session of this coach (all devices, copied cookies included) by raising the session version.
 * Sign-out uses it too: a JWT cannot be withdrawn, so a plain sign-out on one device also ends the others. That is
 * the price of keeping sessions stateless; for a coach on one or two devices it is a fair one (see README, Security).
 * "Sign out everywhere" (a lost laptop, a suspicion) also ends the calendar feed: its URL is a way in of its own.
 */
export async function endAllSessions(
  actor: Who,
  action: 'auth.sign_out' | 'auth.sign_out_everywhere',
): Promise<ActionResult<{ sessionVersion: number }>> {
  const sessionVersion = await getDb().transaction(async (tx) => {
    if (action === 'auth.sign_out_everywhere') await deleteCalendarFeed(actor.practiceId, actor.userId, tx);
    const next = await bumpSessionVersion(actor.practiceId, actor.userId, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action }, tx);
    return next;
  });
  return ok({ sessionVersion });
}

/**
 * The owner (de)activates a coach of the practice. Not themselves, and never the last active owner: someone must
 * be able to manage the practice. Deactivation raises the session version, so the coach is out at the next request,
 * deletes their calendar feed and withdraws the invitations they sent that are still open.
 */
export async function setCoachActive(actor: Who & { role: Role }, userId: string, active: boolean): Promise<ActionResult<null>> {
  // The owner's, whoever calls the service (the action's guard says so too).
  if (actor.role !== 'owner') return fail('forbidden');
  if (userId === actor.userId) return fail('not_yourself');
  return getDb().transaction(async (tx) => {
    const target = await findUser(actor.practiceId, userId, tx);
    if (!target) return fail('not_found');
    if (target.active === active) return ok(null);
    if (!active && target.role === 'owner') {
      // Under lock, and the actor among them: two owners deactivating each other at once leave one of them.
      const owners = await lockActiveOwners(actor.practiceId, tx);
      if (owners.length <= 1 || !owners.includes(actor.userId)) return fail('last_owner');
    }
    await setUserActive(actor.practiceId, userId, active, tx);
    // The feed URL is a credential of its own: it stops with the account (reactivation needs a new one). So do the open
    // password-reset links: reactivated, the coach asks for a new one.
    if (!active) {
      await deleteCalendarFeed(actor.practiceId, userId, tx);
      await voidOpenPasswordResets(actor.practiceId, userId, tx);
    }
    // Nobody joins the practice on the word of a coach who has left it: their open invitations stop too.
    const revoked = active ? [] : await revokeInvitationsSentBy(actor.practiceId, userId, tx);
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: active ? 'user.reactivated' : 'user.deactivated',
        entityType: 'user',
        entityId: userId,
      },
      tx,
    );
    await auditRevokedInvitations(actor, revoked, 'inviter_deactivated', tx);
    return ok(null);
  });
}

/**
 * The owner makes an active coach an owner too (a second owner, or the one the practice is handed over to), or another
 * owner a coach again. Not themselves, and never the last active owner: the same rule as deactivation, under the same
 * lock. The role is read from the database on every request (currentActor), so it takes effect at the next click.
 */
export async function setCoachRole(actor: Who & { role: Role }, userId: string, role: Role): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  if (userId === actor.userId) return fail('not_yourself');
  return getDb().transaction(async (tx) => {
    const target = await lockUser(actor.practiceId, userId, tx);
    if (!target) return fail('not_found');
    if (target.role === role) return ok(null);
    if (!target.active) return fail('validation', { fieldErrors: { _form: 'errors.role_inactive' } });
    if (target.role === 'owner') {
      const owners = await lockActiveOwners(actor.practiceId, tx);
      if (owners.length <= 1 || !owners.includes(actor.userId)) return fail('last_owner');
    }
    await setUserRole(actor.practiceId, userId, role, tx);
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: 'user.role_changed',
        entityType: 'user',
        entityId: userId,
        metadata: { from: target.role, to: role },
      },
      tx,
    );
    return ok(null);
  });
}

/** Creates the invited coach's account; the invitation works once. Returns what the caller needs to go on. */
export async function acceptInvitation({
  token,
  password,
}: z.output<typeof acceptInvitationSchema>): Promise<ActionResult<{ email: string; locale: Locale }>> {
  const link = readLinkToken(token);
  if (!link) return fail('link_invalid');
  const invitation = await findInvitationByToken(link.practiceId, link.tokenHash);
  const state = linkState(invitation);
  if (state !== 'valid' || !invitation) return fail(state === 'valid' ? 'link_invalid' : state);
  // As at sign-up and a reset: no password built from the coach's own name or address.
  if (isWeakPassword(password, [invitation.email, invitation.name]))
    return fail('validation', { fieldErrors: { password: 'validation.passwordTooWeak' } });
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
        {
          practiceId: invitation.practiceId,
          actorUserId: user.id,
          action: 'invitation.accepted',
          entityType: 'invitation',
          entityId: invitation.id,
        },
        tx,
      );
      return 'done' as const;
    });
    if (outcome !== 'done') return fail(outcome);
  } catch (error) {
    if (isUniqueViolation(error)) return fail('email_taken');
    throw error;
  }
  return ok({ email: invitation.email, locale: invitation.locale });
}
