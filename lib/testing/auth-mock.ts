import { CredentialsSignin } from 'next-auth';
import { verifyCredentials } from '@/lib/auth/credentials';
import { actAs } from './session-mock';

export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

/** Stands in for next-auth: same credential check as the real provider, the session kept in memory. */
export async function signIn(_provider: string, input: { email: string; password: string }) {
  const result = await verifyCredentials(input.email, input.password, '127.0.0.1');
  if (result.status === 'rate_limited') throw new RateLimitedSignIn();
  if (result.status !== 'ok') throw new CredentialsSignin();
  actAs({ userId: result.user.id, practiceId: result.user.practiceId, role: result.user.role });
}

export async function signOut() {
  actAs(null);
}

export async function auth() {
  return null;
}
