'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changePassword, endAllSessions, setCoachActive, setCoachRole } from '@/lib/accounts/service';
import { ok } from '@/lib/actions/result';
import { withOwner, withSignedIn } from '@/lib/auth/guards';
import { unstable_update } from '@/lib/auth/nextauth';
import { reissueTicket } from '@/lib/auth/reissue-ticket';
import {
  confirmTotpEnrolment,
  removeTwoFactor,
  resetTwoFactorFor,
  setPracticeRequiresTwoFactor,
  startTotpEnrolment,
} from '@/lib/auth/two-factor';
import { logError } from '@/lib/log';
import {
  changePasswordSchema,
  coachRoleSchema,
  coachStatusSchema,
  confirmTwoFactorSchema,
  removeTwoFactorSchema,
  requireTwoFactorSchema,
} from '@/lib/schemas/auth';
import { id } from '@/lib/schemas/fields';

/**
 * This session keeps going with the new session version; every other one is over. The change itself is committed by
 * then: a failure here must not answer "server error" (the coach would retry a changed password as wrong, and never
 * see the recovery codes just made). At worst this session ends too, and the coach signs in again.
 */
async function keepThisSession(userId: string, sessionVersion: number) {
  try {
    await unstable_update({ reissue: reissueTicket(userId, sessionVersion) } as never);
  } catch (error) {
    // As every logged error (lib/log.ts): a database error without the values of its query.
    logError('keeping this session after a committed change', error);
  }
}

export const changePasswordAction = withSignedIn(changePasswordSchema, async (input, actor) => {
  const result = await changePassword(actor, input);
  if (!result.ok) return result;
  await keepThisSession(actor.userId, result.data.sessionVersion);
  return ok(null);
});

export const signOutEverywhereAction = withSignedIn(z.object({}), async (_input, actor) => {
  const result = await endAllSessions(actor, 'auth.sign_out_everywhere');
  if (!result.ok) return result;
  await keepThisSession(actor.userId, result.data.sessionVersion);
  return ok(null);
});

export const setCoachActiveAction = withOwner(coachStatusSchema, async ({ userId, active }, actor) => {
  const result = await setCoachActive(actor, userId, active);
  if (result.ok) revalidatePath('/settings');
  return result;
});

export const setCoachRoleAction = withOwner(coachRoleSchema, async ({ userId, role }, actor) => {
  const result = await setCoachRole(actor, userId, role);
  if (result.ok) revalidatePath('/settings');
  return result;
});

/** Also for an owner who still has to enrol (withSignedIn): they may turn the rule off; the service checks the role. */
export const requireTwoFactorAction = withSignedIn(requireTwoFactorSchema, async ({ required }, actor) => {
  const result = await setPracticeRequiresTwoFactor(actor, required);
  if (result.ok) revalidatePath('/settings', 'layout');
  return result;
});

export const startTotpEnrolmentAction = withSignedIn(z.object({}), (_input, actor) => startTotpEnrolment(actor));

/**
 * Turning two-factor sign-in on asks the current password, as turning it off does; it ends every other session (they had
 * no second step) and mails the coach; this one goes on.
 */
export const confirmTotpEnrolmentAction = withSignedIn(confirmTwoFactorSchema, async (input, actor) => {
  const result = await confirmTotpEnrolment(actor, input);
  if (!result.ok) return result;
  await keepThisSession(actor.userId, result.data.sessionVersion);
  revalidatePath('/', 'layout');
  return ok({ recoveryCodes: result.data.recoveryCodes });
});

/** Turning it off ends every other session too, and mails the coach; this one goes on. */
export const removeTwoFactorAction = withSignedIn(removeTwoFactorSchema, async ({ password }, actor) => {
  const result = await removeTwoFactor(actor, password);
  if (!result.ok) return result;
  await keepThisSession(actor.userId, result.data.sessionVersion);
  revalidatePath('/settings/security');
  return ok(null);
});

/** The owner resets another coach's two-factor sign-in (a lost phone and lost recovery codes): that coach is signed out. */
export const resetCoachTwoFactorAction = withOwner(z.object({ userId: id }), async ({ userId }, actor) => {
  const result = await resetTwoFactorFor(actor, userId);
  if (result.ok) revalidatePath('/settings');
  return result;
});
