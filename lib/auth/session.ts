import 'server-only';
import { cookies, headers } from 'next/headers';
import type { Session } from 'next-auth';
import type { Role } from '@/db/schema';
import { auth } from '@/lib/auth/nextauth';

/**
 * sessionVersion: the users.session_version the token was issued with. Tokens from before the column existed
 * carry none and count as version 1 (the column's default), so the deploy itself signs no one out.
 */
export type SessionClaims = { userId: string; practiceId: string; role: Role; sessionVersion?: number };

type AuthFromRequest = (request: { headers: Headers }, response: { headers: Headers }) => Promise<Session | null>;

/**
 * What the signed JWT says about the caller; guards confirm it against the database.
 *
 * Why not plain `auth()`: in a server component it reads the cookie from `headers()`, which is the request as it
 * came in. When a server action re-issues the session cookie ("sign out everywhere", password change), Next renders
 * the page again in the same response, and that render would still see the OLD token, whose session version the
 * action just retired: the page then redirected this browser to the sign-in page although its new cookie was
 * valid. `cookies()` does reflect what the action wrote, so the session is read from those cookies. The response
 * object only catches Auth.js's sliding-expiry cookie, which a server component cannot set anyway.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const [incoming, jar] = await Promise.all([headers(), cookies()]);
  const request = new Headers(incoming);
  // Name=value pairs only (during the action the jar is a response jar, whose toString adds attributes); a cookie the
  // action deleted is present with an empty value and left out.
  const cookie = jar
    .getAll()
    .filter(({ value }) => value !== '')
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join('; ');
  request.set('cookie', cookie);
  const session = await (auth as unknown as AuthFromRequest)({ headers: request }, { headers: new Headers() });
  const user = session?.user;
  if (!user?.id || !user.practiceId || !user.role) return null;
  return { userId: user.id, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion };
}
