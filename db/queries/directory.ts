import 'server-only';
import { sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { users } from '../schema';

/**
 * The only lookups that are not scoped to a practice: at sign-in and when asking for a reset link the
 * practice is not known yet. `users` is small (a reference table when distributed).
 */
export async function findUserByEmail(email: string, ex: Executor = getDb()) {
  const [user] = await ex.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`).limit(1);
  return user ?? null;
}

export async function emailInUse(email: string, ex: Executor = getDb()): Promise<boolean> {
  return (await findUserByEmail(email, ex)) !== null;
}
