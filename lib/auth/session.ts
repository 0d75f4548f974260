import 'server-only';
import { cookies, headers } from 'next/headers';
import type { Session } from 'next-auth';
import { decode, type JWT } from 'next-auth/jwt';
import type { Role } from '@/db/schema';
import { idleTooLong, sessionBinding } from '@/lib/auth/activity';
import { auth } from '@/lib/auth/nextauth';
import { signedInTooLongAgo } from '@/lib/auth/session-lifetime';
import { activityCookie, sessionCookieName } from '@/lib/security/cookies';

export { sessionCookieName };

/**
 * sessionVersion: the users.session_version the token was issued with. Tokens from before the column existed
 * carry none and count as version 1 (the column's default), so the deploy itself signs no one out.
 */
export type SessionClaims = { userId: string; practiceId: string; role: Role; sessionVersion?: number };

type AuthFromRequest = (request: { headers: Headers }, response: { headers: Headers }) => Promise<Session | null>;

/**
 * The claims in a decoded session token, as the session callback in nextauth.ts maps them (uid, pid, role, sv).
 * Anything else (a token without them, an unknown role) is no session, and so is a token whose sign-in was more than
 * 12 hours ago, however fresh its expiry (lib/auth/session-lifetime.ts), and one not used for 30 minutes: neither
 * since its sign-in nor since the last activity mark of its own (`mark`, lib/auth/activity.ts).
 */
export function claimsFromToken(token: JWT | null, mark: string | undefined, now = Date.now()): SessionClaims | null {
  if (!token || typeof token.uid !== 'string' || typeof token.pid !== 'string') return null;
  if (token.role !== 'owner' && token.role !== 'coach') return null;
  if (signedInTooLongAgo(token, now)) return null;
  const binding = sessionBinding(token);
  if (!binding || idleTooLong(binding, mark, now)) return null;
  return {
    userId: token.uid,
    practiceId: token.pid,
    role: token.role,
    sessionVersion: typeof token.sv === 'number' ? token.sv : undefined,
  };
}

/**
 * What the signed JWT says about the caller; guards confirm it against the database.
 *
 * Read from `cookies()`, not `headers()`: when a server action re-issues the session cookie ("sign out everywhere",
 * password change), Next renders the page again in the same response, and the request's headers still carry the
 * OLD token, whose session version the action just retired (that render redirected a browser with a valid new
 * cookie to the sign-in page). The jar reflects what the action wrote; a cookie it deleted has an empty value.
 *
 * The token is decrypted and checked (signature, expiry) with Auth.js's own `decode`, as `auth()` does, without
 * the rest of `auth()`: a whole request through Auth.js's handler that re-encrypts the token for a sliding-expiry
 * cookie a page or action cannot set. That was 2.5 ms of CPU on every coach request; this is 0.7
 * (session.int.test.ts checks both give the same claims). A cookie too large for one (chunked by Auth.js, which
 * this app's few claims never are) still goes through `auth()`.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const name = sessionCookieName();
  if (jar.get(`${name}.0`)?.value) return claimsViaAuth(jar);
  const value = jar.get(name)?.value;
  const mark = jar.get(activityCookie().name)?.value;
  // Auth.js's secret, as next-auth reads it (lib/env.js: AUTH_SECRET, else NEXTAUTH_SECRET).
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value || !secret) return null;
  try {
    return claimsFromToken(await decode({ token: value, secret, salt: name }), mark);
  } catch {
    // Tampered, signed with another secret, or expired: no session, as auth() answers.
    return null;
  }
}

async function claimsViaAuth(jar: Awaited<ReturnType<typeof cookies>>): Promise<SessionClaims | null> {
  const request = new Headers(await headers());
  // Name=value pairs only (during an action the jar is a response jar, whose toString adds attributes).
  const cookie = jar
    .getAll()
    .filter(({ value }) => value !== '')
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join('; ');
  request.set('cookie', cookie);
  const session = await (auth as unknown as AuthFromRequest)({ headers: request }, { headers: new Headers() });
  const user = session?.user;
  if (!user?.id || !user.practiceId || !user.role || typeof user.signedInAt !== 'number') return null;
  if (idleTooLong({ uid: user.id, signedInAt: user.signedInAt }, jar.get(activityCookie().name)?.value)) return null;
  return { userId: user.id, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion };
}
