import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { users, type Role } from '../schema';

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
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
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
  await ex.update(users).set({ passwordHash }).where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
}

export async function updateUserLocale(practiceId: string, userId: string, locale: 'nl' | 'en', ex: Executor = getDb()) {
  await ex.update(users).set({ locale }).where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
}
