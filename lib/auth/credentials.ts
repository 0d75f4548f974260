import 'server-only';
import { countRecentFailures, findUserByEmail, recordLoginAttempt } from '@/db/queries/directory';
import type { User } from '@/db/schema';
import { audit } from '@/lib/audit';
import { verifyAgainstDummy, verifyPassword } from './password';
import { emailKey } from './tokens';
import { checkSecondFactor } from './two-factor';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type CredentialCheck =
  | { status: 'ok'; user: User }
  | { status: 'invalid' }
  | { status: 'inactive' }
  | { status: 'totp_required' }
  | { status: 'totp_invalid' }
  | { status: 'totp_rate_limited' }
  | { status: 'rate_limited'; retryAfterMinutes: number };

/** Minutes until the oldest failure in the window expires: what the user has to wait. */
export async function signInLockout(email: string, now = new Date()): Promise<number | null> {
  const { failures, oldest } = await countRecentFailures(emailKey(email), new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (failures < MAX_FAILURES || !oldest) return null;
  return Math.max(1, Math.ceil((oldest.getTime() + FAILURE_WINDOW_MS - now.getTime()) / 60_000));
}

export async function verifyCredentials(email: string, password: string, ip: string | null, code?: string): Promise<CredentialCheck> {
  const key = emailKey(email);
  const lockedFor = await signInLockout(email);
  if (lockedFor !== null) return { status: 'rate_limited', retryAfterMinutes: lockedFor };

  const user = await findUserByEmail(email);
  // Same work for an unknown email as for a wrong password: the answer time tells nothing.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  await recordLoginAttempt(key, valid && user !== null);

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
    if (second !== 'ok') return { status: second };
  }
  await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in', ip });
  return { status: 'ok', user };
}
