import 'server-only';
import { findUserByEmail } from '@/db/queries/directory';
import type { User } from '@/db/schema';
import { audit } from '@/lib/audit';
import { consume, consumeAll, type LimitResult, refund, reset, resetAccount } from '@/lib/security/rate-limit';
import { deviceIdFor } from './device-cookie';
import { verifyAgainstDummy, verifyPassword } from './password';
import { checkSecondFactor } from './two-factor';

export type CredentialCheck =
  | { status: 'ok'; user: User }
  | { status: 'invalid' }
  | { status: 'inactive' }
  | { status: 'totp_required' }
  | { status: 'totp_invalid' }
  | { status: 'totp_rate_limited'; retryAfterMinutes: number }
  /** Refused by a sign-in limit (this email from this browser, from this IP or from anywhere; this IP): the minutes until it lets this sign-in through. */
  | { status: 'rate_limited'; retryAfterMinutes: number };

/**
 * Forgets the failed sign-ins counted against this email, from every address, from every device and in total: after a
 * password reset (the mailbox proved, a new password set), so the coach can sign in with it at once instead of waiting
 * out a lockout that someone else's guesses, or their own forgotten password, caused. The per-IP counts stay.
 */
export async function clearSignInFailures(email: string): Promise<void> {
  await Promise.all([resetAccount('signInEmailIp', email), resetAccount('signInDevice', email), reset('signInEmailTotal', email)]);
}

/** The per-device limit's key: this email from this browser (its device cookie's id). */
const deviceKey = (email: string, deviceId: string) => [email, `device:${deviceId}`] as const;

/**
 * The sign-in limits (lib/security/rate-limit.ts), spent before the password is verified, each atomically.
 *
 * A browser with a device cookie for this email (it signed in as this account before, device-cookie.ts) spends only its
 * own count: 5 per 15 minutes, the coach's typos. Not the email's total, nor this address's counts: what others spend
 * there cannot keep the coach's own browser out. Only the device's own guesses count, and nobody can make a cookie for
 * an email without signing in to it.
 *
 * Any other attempt, with a client IP: first this source's limits, the email from this IP (an IPv6 /64) at 5 per 15
 * minutes and this IP across emails. Only an attempt they let through spends a point of the email's total from all
 * addresses (100 per hour): a machine that is refused keeps hammering without using up the total, so that takes many
 * addresses. When the total refuses, the source's points come back (nothing was tried).
 *
 * Without a client IP (TRUSTED_PROXY_HOPS=0: no proxy of ours, so nothing tells one caller from another) an attempt
 * spends the total only. A per-source count without a source would be one bucket of 5 per 15 minutes for the whole
 * world: one machine sending 20 guesses an hour would keep every new browser out all day, and it would not bound
 * guessing any better than the total, which holds it to ASVS's 100 an hour. Using up the total keeps out only browsers
 * without a device cookie (a reset lifts it); the coach's own go on under their own count.
 *
 * Unknown emails go the same way, so a refusal tells nothing.
 */
async function spendSignInAttempt(email: string, ip: string | null, deviceId: string | null): Promise<LimitResult> {
  if (deviceId) return consume('signInDevice', deviceKey(email, deviceId));
  if (ip === null) return consume('signInEmailTotal', email);
  const source = await consumeAll([
    ['signInEmailIp', [email, ip]],
    ['signInIp', ip],
  ]);
  if (!source.ok) return source;
  const total = await consume('signInEmailTotal', email);
  if (!total.ok) await Promise.all([refund('signInEmailIp', [email, ip]), refund('signInIp', ip)]);
  return total;
}

/**
 * Every attempt first spends its sign-in points (spendSignInAttempt), and only then is the password verified: 20
 * parallel guesses from one address or one browser get at most 5 verifications, guesses from everywhere else at most
 * 100 an hour. `deviceCookie` is the browser's device cookie as sent (authorize.ts), checked here: an entry for another
 * email, forged or expired, is no cookie. The right password gives back its own point of the total, and a successful
 * sign-in forgets this address's (or this device's) count for the email; the failures others caused stay counted in the
 * total, so a coach who signs in hands guessers no fresh hundred.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  ip: string | null,
  code?: string,
  deviceCookie?: string | null,
): Promise<CredentialCheck> {
  const deviceId = deviceIdFor(deviceCookie, email);
  const limited = await spendSignInAttempt(email, ip, deviceId);
  if (!limited.ok) return { status: 'rate_limited', retryAfterMinutes: limited.retryAfterMinutes };

  const user = await findUserByEmail(email);
  // Same work for an unknown email as for a wrong password: the answer time tells nothing.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

  if (!user) return { status: 'invalid' };
  if (!valid) {
    await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in_failed', ip });
    return { status: 'invalid' };
  }
  // The total counts wrong passwords only (the authenticator step has its own limit): this one gives its point back.
  if (!deviceId) await refund('signInEmailTotal', email);
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
  if (deviceId) await reset('signInDevice', deviceKey(email, deviceId));
  else if (ip !== null) await reset('signInEmailIp', [email, ip]);
  await audit({ practiceId: user.practiceId, actorUserId: user.id, action: 'auth.sign_in', ip });
  return { status: 'ok', user };
}
