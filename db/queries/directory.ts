import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { loginAttempts, users } from '../schema';

/**
 * The only lookups that are not scoped to a practice: at sign-in and when asking for a reset link the
 * practice is not known yet. `users` is small (a reference table when distributed).
 */
export async function findUserByEmail(email: string, ex: Executor = getDb()) {
  const [user] = await ex
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

export async function emailInUse(email: string, ex: Executor = getDb()): Promise<boolean> {
  return (await findUserByEmail(email, ex)) !== null;
}

export async function countRecentFailures(emailKey: string, since: Date, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      failures: sql<number>`count(*) filter (where not ${loginAttempts.succeeded})::int`,
      oldest: sql<Date | null>`min(${loginAttempts.createdAt}) filter (where not ${loginAttempts.succeeded})`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.emailKey, emailKey), gt(loginAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function recordLoginAttempt(emailKey: string, succeeded: boolean, ex: Executor = getDb()) {
  if (succeeded) {
    // A successful sign-in starts the count afresh.
    await ex.delete(loginAttempts).where(eq(loginAttempts.emailKey, emailKey));
    return;
  }
  await ex.insert(loginAttempts).values({ emailKey, succeeded });
}
