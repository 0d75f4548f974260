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
  // Anything that goes wrong here (a token that does not decode, a key that cannot be made) is no renewal: the guards
  // answer for the session, and no page, the sign-in page included, fails on it.
  try {
    const binding = sessionBinding(await decode({ token: sessionToken, secret, salt: sessionCookieName }));
    if (!binding) return { kind: 'none' };
    if (idleTooLong(binding, mark, now)) return { kind: 'idle' };
    return { kind: 'renew', mark: activityMark(binding, nowInSeconds(now)) };
  } catch {
    return { kind: 'none' };
  }
}

/**
 * The session token as the browser sent it: one cookie, or the chunks Auth.js splits a large one into (`name.0`,
 * `name.1`, …, joined in order), which this app's few claims never need, but which the guards read all the same.
 */
export function sessionTokenFrom(cookies: { get(name: string): { value: string } | undefined }, name: string): string | undefined {
  const whole = cookies.get(name)?.value;
  if (whole) return whole;
  let joined = '';
  for (let i = 0; ; i++) {
    const chunk = cookies.get(`${name}.${i}`)?.value;
    if (!chunk) return joined || undefined;
    joined += chunk;
  }
}
