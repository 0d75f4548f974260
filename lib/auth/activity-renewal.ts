import { decode } from 'next-auth/jwt';
import { activityMark, claimedAt, idleTooLong, sessionBinding } from '@/lib/auth/activity';
import { ACTIVITY_RENEW_AFTER_SECONDS, nowInSeconds } from '@/lib/auth/session-lifetime';

export type ActivityRenewal =
  /** The mark is less than a minute old: nothing to do (nothing decoded). */
  | { kind: 'recent' }
  /** A session in use: its new mark. */
  | { kind: 'renew'; mark: string }
  /** A session past its idle timeout: not renewed (the proxy sends a page load to sign in, saying why). */
  | { kind: 'idle' }
  /** No session token this app can read: the guards answer. */
  | { kind: 'none' };

/** What the proxy does with a request's activity mark (lib/auth/activity.ts). */
export async function activityRenewal(
  sessionToken: string | undefined,
  mark: string | undefined,
  sessionCookieName: string,
  now = Date.now(),
): Promise<ActivityRenewal> {
  const age = nowInSeconds(now) - (claimedAt(mark) ?? Number.NEGATIVE_INFINITY);
  if (age >= 0 && age < ACTIVITY_RENEW_AFTER_SECONDS) return { kind: 'recent' };
  // Auth.js's secret, as next-auth reads it (as lib/auth/session.ts does).
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!sessionToken || !secret) return { kind: 'none' };
  let binding: ReturnType<typeof sessionBinding>;
  try {
    binding = sessionBinding(await decode({ token: sessionToken, secret, salt: sessionCookieName }));
  } catch {
    return { kind: 'none' };
  }
  if (!binding) return { kind: 'none' };
  if (idleTooLong(binding, mark, now)) return { kind: 'idle' };
  return { kind: 'renew', mark: activityMark(binding, nowInSeconds(now)) };
}
