import 'server-only';
import type { User as SessionUser } from 'next-auth';
import { verifyCredentials } from '@/lib/auth/credentials';
import { signInErrorFor } from '@/lib/auth/sign-in-errors';
import { signInSchema } from '@/lib/schemas/auth';

/**
 * The credentials provider's `authorize` (nextauth.ts), apart from Auth.js so tests run the same code: the form's
 * fields → the user the session is made for; null for "email and password do not match"; or it throws the error the
 * form tells apart (with the minutes to wait when a limit refused, lib/auth/sign-in-errors.ts).
 */
export async function authorizeSignIn(raw: unknown, ip: string | null): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const result = await verifyCredentials(parsed.data.email, parsed.data.password, ip, parsed.data.code);
  if (result.status !== 'ok') {
    const error = signInErrorFor(result);
    if (error) throw error;
    return null;
  }
  const { user } = result;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    practiceId: user.practiceId,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
