import 'server-only';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import {
  claimTotpStep,
  disableTotp,
  enableTotp,
  markRecoveryCodeUsed,
  replaceRecoveryCodes,
  setRequireTwoFactor,
  storePendingTotpSecret,
  unusedRecoveryCodes,
} from '@/db/queries/two-factor';
import { findUser, findUserForSession } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { consume, reset } from '@/lib/security/rate-limit';
import { verifyPassword } from './password';
import { refusePasswordCheck } from './password-check-limit';
import { open, seal } from './secret-box';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, recoveryCodeMatches, totpUri } from './totp';

type Who = { practiceId: string; userId: string };

/** Second step of sign-in: a TOTP code (once per time step) or an unused recovery code; 5 wrong per 15 minutes. */
export async function checkSecondFactor(user: User, code: string, ip: string | null): Promise<'ok' | 'totp_invalid' | 'totp_rate_limited'> {
  // Each attempt spends a point of the shared `totp` policy first (atomic, 5 per 15 minutes per account), so
  // parallel guesses cannot get past the limit; a right code gives the points back.
  const limited = await consume('totp', user.id);
  if (!limited.ok) return 'totp_rate_limited';
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
  return passed ? 'ok' : 'totp_invalid';
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
  if (!(await storePendingTotpSecret(actor.practiceId, actor.userId, seal(secret)))) return fail('two_factor_already_enabled');
  const qrDataUrl = await QRCode.toDataURL(totpUri(secret, actor.email), { margin: 1, width: 220, errorCorrectionLevel: 'M' });
  return ok({ secret, qrDataUrl });
}

/** Step 2: a code from the app proves the secret arrived; answers the ten recovery codes, shown this once. */
export async function confirmTotpEnrolment(actor: Who, code: string): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await findUser(actor.practiceId, actor.userId);
  if (!user) return fail('not_found');
  if (user.totpEnabledAt) return fail('two_factor_already_enabled');
  const secret = user.totpSecret ? open(user.totpSecret) : null;
  if (!secret) return fail('two_factor_not_started');
  const step = matchTotp(secret, code);
  if (step === null) return fail('validation', { fieldErrors: { code: 'validation.totpInvalid' } });
  const codes = newRecoveryCodes();
  const done = await getDb().transaction(async (tx) => {
    if (!(await enableTotp(actor.practiceId, actor.userId, step, tx))) return false;
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
    return true;
  });
  return done ? ok({ recoveryCodes: codes }) : fail('two_factor_already_enabled');
}

/** Removal asks for the current password: a session left open on a shared laptop cannot switch 2FA off. */
export async function removeTwoFactor(actor: Who, password: string): Promise<ActionResult<null>> {
  const row = await findUserForSession(actor.practiceId, actor.userId);
  if (!row) return fail('not_found');
  if (row.requireTwoFactor) return fail('two_factor_required');
  const { user } = row;
  const limited = await refusePasswordCheck(actor.userId);
  if (limited) return limited;
  if (!(await verifyPassword(user.passwordHash, password)))
    return fail('validation', { fieldErrors: { password: 'validation.wrongPassword' } });
  await getDb().transaction(async (tx) => {
    await disableTotp(actor.practiceId, actor.userId, tx);
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
  });
  return ok(null);
}

/** The owner's rule for the practice: with it on, coaches without two-factor sign-in can only enrol. */
export async function setPracticeRequiresTwoFactor(actor: Who, required: boolean): Promise<ActionResult<null>> {
  await getDb().transaction(async (tx) => {
    await setRequireTwoFactor(actor.practiceId, required, tx);
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.two_factor_rule_changed', metadata: { required } },
      tx,
    );
  });
  return ok(null);
}
