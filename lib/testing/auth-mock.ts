import { CredentialsSignin } from 'next-auth';
import { verifyCredentials } from '@/lib/auth/credentials';
import { readReissueTicket } from '@/lib/auth/reissue-ticket';
import { signInErrorFor } from '@/lib/auth/sign-in-errors';
import { actAs, currentSessionClaims } from './session-mock';

export { RateLimitedSignIn } from '@/lib/auth/sign-in-errors';

/** Stands in for next-auth: same credential check as the real provider, the session kept in memory. */
export async function signIn(_provider: string, input: { email: string; password: string; code?: string }) {
  const result = await verifyCredentials(input.email, input.password, '127.0.0.1', input.code);
  if (result.status !== 'ok') throw signInErrorFor(result) ?? new CredentialsSignin();
  const { user } = result;
  actAs({ userId: user.id, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion });
}

/** Like the real jwt callback on `update`: the new session version only from a ticket the server signed. */
export async function unstable_update(data: { reissue?: unknown }) {
  const claims = await currentSessionClaims();
  if (!claims) return null;
  const sv = readReissueTicket(data.reissue, claims.userId);
  if (sv !== null) actAs({ ...claims, sessionVersion: sv });
  return null;
}

export async function signOut() {
  actAs(null);
}

export async function auth() {
  return null;
}
