import 'server-only';
import { auth } from '@/lib/auth/nextauth';
import type { Role } from '@/db/schema';

export type SessionClaims = { userId: string; practiceId: string; role: Role };

/** What the signed JWT says about the caller; guards confirm it against the database. */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.practiceId || !user.role) return null;
  return { userId: user.id, practiceId: user.practiceId, role: user.role };
}
