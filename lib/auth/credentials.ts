import 'server-only';
import { findUserByEmail } from '@/db/queries/directory';
import type { User } from '@/db/schema';
import { audit } from '@/lib/audit';
import { consumeAll, reset } from '@/lib/security/rate-limit';
import { verifyAgainstDummy, verifyPassword } from './password';
import { checkSecondFactor } from './two-factor';

export type CredentialCheck =
  | { status: 'ok'; user: User }
  | { status: 'invalid' }
  | { status: 'inactive' }
  | { status: 'totp_required' }
  | { status: 'totp_invalid' }
  | { status: 'totp_rate_limited'; retryAfterMinutes: number }
  /** Refused by the limit per email or per client IP: the minutes until that limit lets this sign-in through. */
  | { status: 'rate_limited'; retryAfterMinutes: number };

/**
 * Forgets the failed sign-ins counted against this email: after a password reset (the mailbox proved, a new password
 * set), so the coach can sign in with it at once instead of waiting out a lockout that someone else's guesses, or
 * their own forgotten password, caused. The per-IP count stays.
 */
export async function clearSignInFailures(email: string): Promise<void> {
  await reset('signInEmail', email);
}

/**
 * Every attempt first spends a point per email and per client IP, atomically (lib/security/rate-limit.ts),
 * and only then is the password verified: 20 parallel guesses get at most 5 verifications. A successful
 * sign-in gives the email its points back.
 */
export async function verifyCredentials(email: string, password: string, ip: string | null, code?: string): Promise<CredentialCheck> {
  const limited = await consumeAll([
    ['signInEmail', email],
    ['signInIp', ip],
  ]);
  if (!limited.ok) return { status: 'rate_limited', retryAfterMinutes: limited.retryAfterMinutes };

  const user = await findUserByEmail(email);
  // Same work for an unknown email as for a wrong password: the answer time tells nothing.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

  if (!user) return { status: 'invalid' };
  if (!valid) {
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in_failed', ip });
    return { status: 'invalid' };
  }
  // Only told after the right password, so the message reveals nothing to a guesser.
  if (!user.active) {
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in_refused_inactive', ip });
    return { status: 'inactive' };
  }
  if (user.totpEnabledAt) {
    if (!code) return { status: 'totp_required' };
    const second = await checkSecondFactor(user, code, ip);
    if (second.status !== 'ok') return second;
  }
  await reset('signInEmail', email);
  await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in', ip });
  return { status: 'ok', user };
}
