import 'server-only';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import {
  claimTotpStep,
  disableTotp,
  enableTotp,
  markRecoveryCodeUsed,
  practiceRequiresTwoFactorLocked,
  replaceRecoveryCodes,
  setRequireTwoFactor,
  storePendingTotpSecret,
  unusedRecoveryCodes,
} from '@/db/queries/two-factor';
import { bumpSessionVersion, findUser, findUserForSession, lockUser } from '@/db/queries/users';
import type { Role, User } from '@/db/schema';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { twoFactorEnabledMail, twoFactorRemovedMail, twoFactorResetMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import { consume, reset } from '@/lib/security/rate-limit';
import { appUrl } from '@/lib/urls';
import { verifyPassword } from './password';
import { refusePasswordCheck } from './password-check-limit';
import { open, seal } from './secret-box';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, recoveryCodeMatches, totpUri } from './totp';

type Who = { practiceId: string; userId: string };

export type SecondFactorCheck =
  | { status: 'ok' }
  | { status: 'totp_invalid' }
  /** The minutes until this account may try a code again: what the sign-in form tells the coach. */
  | { status: 'totp_rate_limited'; retryAfterMinutes: number };

/** Second step of sign-in: a TOTP code (once per time step) or an unused recovery code; 5 wrong per 15 minutes. */
export async function checkSecondFactor(user: User, code: string, ip: string | null): Promise<SecondFactorCheck> {
  // Each attempt spends a point of the shared `totp` policy first (atomic, 5 per 15 minutes per account), so
  // parallel guesses cannot get past the limit; a right code gives the points back.
  const limited = await consume('totp', user.id);
  if (!limited.ok) return { status: 'totp_rate_limited', retryAfterMinutes: limited.retryAfterMinutes };
  const secret = user.totpSecret ? open(user.totpSecret) : null;
  let passed = false;
  if (looksLikeRecoveryCode(code)) {
    passed = await consumeRecoveryCode(user, code, ip);
  } else if (secret) {
    const step = matchTotp(secret, code, Date.now(), user.totpLastStep);
    passed = step !== null && (await claimTotpStep(user.practiceId, user.id, step));
  }
  if (passed) await reset('totp', user.id);
  if (!passed) await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.two_factor_failed', ip });
  return { status: passed ? 'ok' : 'totp_invalid' };
}

async function consumeRecoveryCode(user: User, code: string, ip: string | null): Promise<boolean> {
  const codes = await unusedRecoveryCodes(user.practiceId, user.id);
  const match = codes.find((c) => recoveryCodeMatches(code, c));
  if (!match) return false;
  return getDb().transaction(async (tx) => {
    if (!(await markRecoveryCodeUsed(user.practiceId, match.id, tx))) return false;
    await audit(
      {
        practiceId: user.practiceId,
        actorUserId: user.id,
        action: 'auth.recovery_code_used',
        metadata: { remaining: codes.length - 1 },
        ip,
      },
      tx,
    );
    return true;
  });
}

export type Enrolment = { secret: string; qrDataUrl: string };

/** Step 1: a fresh secret, stored sealed but not yet active; the coach scans the QR (or types the text). */
export async function startTotpEnrolment(actor: Who & { email: string }): Promise<ActionResult<Enrolment>> {
  const user = await findUser(actor.practiceId, actor.userId);
  if (!user) return fail('not_found');
  if (user.totpEnabledAt) return fail('two_factor_already_enabled');
  const secret = newTotpSecret();
  // Audited with it: a new secret on an account is a security event, even before it is confirmed.
  const stored = await getDb().transaction(async (tx) => {
    if (!(await storePendingTotpSecret(actor.practiceId, actor.userId, seal(secret), tx))) return false;
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: 'auth.two_factor_enrolment_started',
        entityType: 'user',
        entityId: actor.userId,
      },
      tx,
    );
    return true;
  });
  if (!stored) return fail('two_factor_already_enabled');
  const qrDataUrl = await QRCode.toDataURL(totpUri(secret, actor.email), { margin: 1, width: 220, errorCorrectionLevel: 'M' });
  return ok({ secret, qrDataUrl });
}

/**
 * Step 2: a code from the app proves the secret arrived, and the current password that the coach, not only a session of
 * theirs, turns it on: a stolen session could otherwise link the thief's own authenticator, end the coach's other
 * sessions and lock them out (an owner alone in the practice, for good). Answers the ten recovery codes, shown this once,
 * and the new session version (every other session has ended); the coach is mailed, as for every change to how they sign
 * in.
 */
export async function confirmTotpEnrolment(
  actor: Who,
  { code, password }: { code: string; password: string },
): Promise<ActionResult<{ recoveryCodes: string[]; sessionVersion: number }>> {
  const user = await findUser(actor.practiceId, actor.userId);
  if (!user) return fail('not_found');
  if (user.totpEnabledAt) return fail('two_factor_already_enabled');
  const sealed = user.totpSecret;
  const secret = sealed ? open(sealed) : null;
  if (!sealed || !secret) return fail('two_factor_not_started');
  const step = matchTotp(secret, code);
  if (step === null) return fail('validation', { fieldErrors: { code: 'validation.totpInvalid' } });
  // The same allowance as the other current-password checks (10 per 15 minutes per coach, right or wrong).
  const limited = await refusePasswordCheck(actor.userId);
  if (limited) return limited;
  if (!(await verifyPassword(user.passwordHash, password)))
    return fail('validation', { fieldErrors: { password: 'validation.wrongPassword' } });
  const codes = newRecoveryCodes();
  const sessionVersion = await getDb().transaction(async (tx) => {
    if (!(await enableTotp(actor.practiceId, actor.userId, sealed, step, tx))) return null;
    await replaceRecoveryCodes(
      actor.practiceId,
      actor.userId,
      codes.map((c) => hashRecoveryCode(c)),
      tx,
    );
    await audit(
      {
        practiceId: actor.practiceId,
        actorUserId: actor.userId,
        action: 'auth.two_factor_enabled',
        entityType: 'user',
        entityId: actor.userId,
      },
      tx,
    );
    // The coach learns of it in the same transaction: an enrolment they did not make does not go unnoticed.
    await deliver(
      actor.practiceId,
      twoFactorEnabledMail({ to: user.email, locale: user.locale, name: user.name, role: user.role, url: appUrl('/forgot-password') }),
      tx,
    );
    // Every session from before (on another device, perhaps not the coach's own) ends: from now on a session needs the
    // second step. The caller keeps its own going with the new version (a re-issue, as after a password change).
    return bumpSessionVersion(actor.practiceId, actor.userId, tx);
  });
  if (sessionVersion !== null) return ok({ recoveryCodes: codes, sessionVersion });
  // Turned on meanwhile (another tab), or set up again there with a new key, which this code is not from.
  return (await findUser(actor.practiceId, actor.userId))?.totpEnabledAt
    ? fail('two_factor_already_enabled')
    : fail('validation', { fieldErrors: { code: 'validation.totpSetupReplaced' } });
}

/**
 * Removal asks for the current password: a session left open on a shared laptop cannot switch 2FA off. It ends every
 * other session (the caller keeps its own with the answered session version) and mails the coach, so a removal they did
 * not make does not go unnoticed.
 */
export async function removeTwoFactor(actor: Who, password: string): Promise<ActionResult<{ sessionVersion: number }>> {
  const row = await findUserForSession(actor.practiceId, actor.userId);
  if (!row) return fail('not_found');
  if (row.requireTwoFactor) return fail('two_factor_required');
  const { user } = row;
  const limited = await refusePasswordCheck(actor.userId);
  if (limited) return limited;
  if (!(await verifyPassword(user.passwordHash, password)))
    return fail('validation', { fieldErrors: { password: 'validation.wrongPassword' } });
  const outcome = await getDb().transaction(
    async (tx): Promise<{ refused: 'two_factor_required' | 'not_found' } | { sessionVersion: number }> => {
      // Checked again under locks: the rule switched on by the owner meanwhile, or two-factor already removed in another
      // tab (nothing to remove: no devices signed out, no mail about it a second time).
      if (await practiceRequiresTwoFactorLocked(actor.practiceId, tx)) return { refused: 'two_factor_required' as const };
      const locked = await lockUser(actor.practiceId, actor.userId, tx);
      if (!locked) return { refused: 'not_found' as const };
      if (!locked.totpEnabledAt) return { sessionVersion: locked.sessionVersion };
      await disableTotp(actor.practiceId, actor.userId, tx);
      const next = await bumpSessionVersion(actor.practiceId, actor.userId, tx);
      await audit(
        {
          practiceId: actor.practiceId,
          actorUserId: actor.userId,
          action: 'auth.two_factor_removed',
          entityType: 'user',
          entityId: actor.userId,
        },
        tx,
      );
      await deliver(
        actor.practiceId,
        twoFactorRemovedMail({ to: user.email, locale: user.locale, name: user.name, role: user.role, url: appUrl('/forgot-password') }),
        tx,
      );
      return { sessionVersion: next };
    },
  );
  return 'refused' in outcome ? fail(outcome.refused) : ok({ sessionVersion: outcome.sessionVersion });
}

/**
 * The owner turns two-factor sign-in off for another coach of the practice: for a coach who lost both their phone and
 * their recovery codes. Every session of that coach ends (the session version goes up), it is audited and the coach is
 * mailed, in their language, so a reset they did not ask for does not go unnoticed. Never the owner's own (they remove
 * it themselves, with their password); a coach of another practice is not found; a coach without it is left as is.
 */
export async function resetTwoFactorFor(actor: Who & { role: Role; name: string }, userId: string): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  if (userId === actor.userId) return fail('not_yourself');
  return getDb().transaction(async (tx) => {
    const target = await findUser(actor.practiceId, userId, tx);
    if (!target) return fail('not_found');
    // A deactivated coach cannot sign in to set it up again, as the mail would ask: reactivate first, then reset.
    if (!target.active) return fail('coach_inactive');
    if (!target.totpEnabledAt) return ok(null);
    await disableTotp(actor.practiceId, userId, tx);
    await bumpSessionVersion(actor.practiceId, userId, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'user.two_factor_reset', entityType: 'user', entityId: userId },
      tx,
    );
    await deliver(
      actor.practiceId,
      twoFactorResetMail({ to: target.email, locale: target.locale, name: target.name, owner: actor.name, url: appUrl('/login') }),
      tx,
    );
    return ok(null);
  });
}

/**
 * The owner's rule for the practice: with it on, coaches without two-factor sign-in can only enrol. Only once the owner
 * uses it: an owner without it who turned it on would be held at enrolment too. Turning it off is open to an owner who
 * still has to enrol (the rule may predate this check), so the owner is never stuck behind their own rule.
 */
export async function setPracticeRequiresTwoFactor(actor: Who & { role: Role }, required: boolean): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  return getDb().transaction(async (tx) => {
    // The practice's row, then the owner's, as a removal takes them: the owner's two-factor sign-in removed in another tab
    // meanwhile is seen here, not after this rule is on.
    await practiceRequiresTwoFactorLocked(actor.practiceId, tx, 'update');
    if (required && !(await lockUser(actor.practiceId, actor.userId, tx))?.totpEnabledAt) return fail('two_factor_owner_first');
    await setRequireTwoFactor(actor.practiceId, required, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.two_factor_rule_changed', metadata: { required } },
      tx,
    );
    return ok(null);
  });
}
