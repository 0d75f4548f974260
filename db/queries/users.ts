import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { practices, type Role, users } from '../schema';

export async function findUser(practiceId: string, userId: string, ex: Executor = getDb()) {
  const [user] = await ex
    .select()
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .limit(1);
  return user ?? null;
}

export function listCoaches(practiceId: string, ex: Executor = getDb()) {
  return ex
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.practiceId, practiceId))
    .orderBy(asc(users.name));
}

/**
 * The settings page's team list: also whether each coach has two-factor sign-in on (the owner may reset it), and how
 * many open clients and sessions to come are still theirs (a deactivated coach's clients are on nobody's dashboard).
 */
export function listTeam(practiceId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      twoFactor: sql<boolean>`${users.totpEnabledAt} is not null`,
      // Written out: drizzle leaves columns unqualified in a single-table select, which would not correlate.
      openClients: sql<number>`(select count(*)::int from clients c where c.practice_id = users.practice_id and c.coach_id = users.id
        and c.archived_at is null and c.status <> 'closed')`,
      plannedSessions: sql<number>`(select count(*)::int from coaching_sessions s where s.practice_id = users.practice_id
        and s.coach_id = users.id and s.status = 'planned' and s.starts_at > now())`,
    })
    .from(users)
    .where(eq(users.practiceId, practiceId))
    .orderBy(asc(users.name));
}

export async function insertUser(
  practiceId: string,
  values: { email: string; name: string; passwordHash: string; role: Role; locale: 'nl' | 'en' },
  ex: Executor = getDb(),
) {
  const [user] = await ex
    .insert(users)
    .values({ practiceId, ...values, email: values.email.trim().toLowerCase() })
    .returning();
  if (!user) throw new Error('insert failed');
  return user;
}

export async function updateUserPassword(practiceId: string, userId: string, passwordHash: string, ex: Executor = getDb()) {
  await ex
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
}

export async function updateUserLocale(practiceId: string, userId: string, locale: 'nl' | 'en', ex: Executor = getDb()) {
  await ex
    .update(users)
    .set({ locale })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
}

/** The user with the practice's two-factor rule: what the guards confirm on every request, in one query. */
export async function findUserForSession(practiceId: string, userId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      user: users,
      requireTwoFactor: practices.requireTwoFactor,
      // The navigation's practice name and the visibility rule ride along: one statement per request for the caller.
      practiceName: practices.name,
      coachVisibility: practices.coachVisibility,
    })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .limit(1);
  return row ?? null;
}

/** Ends every session issued before (the JWTs carry the old number); returns the new version. */
export async function bumpSessionVersion(practiceId: string, userId: string, ex: Executor = getDb()): Promise<number> {
  const [row] = await ex
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw new Error('user not found');
  return row.sessionVersion;
}

export async function setUserActive(practiceId: string, userId: string, active: boolean, ex: Executor = getDb()) {
  const rows = await ex
    .update(users)
    .set({ active, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function setUserRole(practiceId: string, userId: string, role: Role, ex: Executor = getDb()) {
  const rows = await ex
    .update(users)
    .set({ role })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/**
 * The user's row, locked until the transaction ends (null when there is none): the changes of one user's own records
 * that must not interleave (a new reset link voiding the open ones) run one after the other. The lock does not block
 * rows that refer to the user.
 */
export async function lockUser(practiceId: string, userId: string, ex: Executor = getDb()) {
  const [user] = await ex
    .select()
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .for('no key update');
  return user ?? null;
}

/**
 * The practice's active owners, locked until the transaction ends: two owners deactivating each other at once are
 * counted one after the other (the second finds the first's change), so one owner always stays.
 */
export async function lockActiveOwners(practiceId: string, ex: Executor = getDb()): Promise<string[]> {
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.role, 'owner'), eq(users.active, true)))
    .orderBy(users.id)
    .for('no key update');
  return rows.map((r) => r.id);
}
