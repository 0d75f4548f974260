import 'server-only';
import { cookies } from 'next/headers';
import type { User as SessionUser } from 'next-auth';
import { verifyCredentials } from '@/lib/auth/credentials';
import { deviceCookieAfterSignIn } from '@/lib/auth/device-cookie';
import { signInErrorFor } from '@/lib/auth/sign-in-errors';
import { signInSchema } from '@/lib/schemas/auth';
import { deviceCookie } from '@/lib/security/cookies';

/**
 * The credentials provider's `authorize` (nextauth.ts), apart from Auth.js so tests run the same code: the form's
 * fields → the user the session is made for; null for "email and password do not match"; or it throws the error the
 * form tells apart (with the minutes to wait when a limit refused, lib/auth/sign-in-errors.ts).
 *
 * The browser's device cookie (device-cookie.ts) goes with the check, and a sign-in that succeeds (the password, and the
 * authenticator code when the account has one) renews it for this email. Auth.js calls this inside the request, the
 * sign-in server action's or its own route's, so the cookie store is the request's.
 */
export async function authorizeSignIn(raw: unknown, ip: string | null): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const jar = await cookies();
  const device = deviceCookie();
  const sent = jar.get(device.name)?.value;
  const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip, parsed.data.code, sent);
  if (result.status !== 'ok') {
    const error = signInErrorFor(result);
    if (error) throw error;
    return null;
  }
  const { user } = result;
  jar.set(device.name, deviceCookieAfterSignIn(sent, parsed.data.email), device.options);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    practiceId: user.practiceId,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
