import 'server-only';
import type { Role } from '@/db/schema';
import { auth } from '@/lib/auth/nextauth';

/**
 * sessionVersion: the users.session_version the token was issued with. Tokens from before the column existed
 * carry none and count as version 1 (the column's default), so the deploy itself signs no one out.
 */
export type SessionClaims = { userId: string; practiceId: string; role: Role; sessionVersion?: number };

/** What the signed JWT says about the caller; guards confirm it against the database. */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.practiceId || !user.role) return null;
  return { userId: user.id, practiceId: user.practiceId, role: user.role, sessionVersion: user.sessionVersion };
}
