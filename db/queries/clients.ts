import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, users } from '../schema';

export type ClientWrite = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
  employerId: string | null;
  managerContactId: string | null;
  coachId: string;
  startDate: string | null;
  referralRoute: (typeof clients.$inferInsert)['referralRoute'];
  locale: 'nl' | 'en';
  onSickLeave: boolean;
  sickLeaveSince: string | null;
  notes: string;
};

export async function insertClient(practiceId: string, values: ClientWrite & { id?: string }, ex: Executor = getDb()) {
  const [row] = await ex
    .insert(clients)
    .values({ practiceId, ...values })
    .returning({ id: clients.id });
  if (!row) throw new Error('insert failed');
  return row;
}

/** Optimistic concurrency: null when someone saved in between (the version moved on). */
export async function updateClient(
  practiceId: string,
  clientId: string,
  expectedVersion: number,
  values: ClientWrite,
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .update(clients)
    .set({ ...values, version: sql`${clients.version} + 1`, updatedAt: new Date() })
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId), eq(clients.version, expectedVersion)))
    .returning({ version: clients.version });
  return row ?? null;
}

export async function getClient(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}

/** Emails are stored lower-case (see lib/schemas/fields.ts), so equality is enough. */
export async function clientEmailTaken(practiceId: string, email: string, exceptClientId: string | null, ex: Executor = getDb()) {
  const where = [eq(clients.practiceId, practiceId), eq(clients.email, email)];
  if (exceptClientId) where.push(ne(clients.id, exceptClientId));
  const [row] = await ex
    .select({ id: clients.id })
    .from(clients)
    .where(and(...where))
    .limit(1);
  return Boolean(row);
}

/** The user as a client's coach: null when not of this practice; `active` false once deactivated. */
export async function findCoachOfPractice(practiceId: string, userId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)))
    .limit(1);
  return row ?? null;
}

/**
 * Serialises changes that are checked against the client's history (e.g. consent given twice at once) and returns the
 * row as it is once the lock is held (a change committed while waiting included). FOR NO KEY UPDATE, not FOR UPDATE:
 * rows that merely point at the client (a timeline line's foreign key) do not wait for it, so two services taking
 * their locks in another order cannot deadlock over a foreign-key check.
 */
export async function lockClient(practiceId: string, clientId: string, ex: Executor) {
  const [row] = await ex
    .select({ id: clients.id, status: clients.status, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .for('no key update');
  return row ?? null;
}

/**
 * The weakest lock on the client's row (what a timeline line's foreign key takes anyway), taken FIRST by writes that then
 * lock a share link or a release: the lock order client → links → items holds for them too, so a details save (which
 * locks the client, then revokes links) cannot wait on them in a circle.
 */
export async function keyShareClient(practiceId: string, clientId: string, ex: Executor): Promise<void> {
  await ex
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .for('key share');
}

/**
 * Holds the client's row against the changes that lock it (lockClient: consent, sharing) until this transaction ends,
 * and returns it as it is then: a write checked against the client's consent cannot interleave with its withdrawal.
 * Several holders at once do not wait for each other (FOR SHARE).
 */
export async function holdClient(practiceId: string, clientId: string, ex: Executor) {
  const [row] = await ex
    .select({
      id: clients.id,
      status: clients.status,
      archivedAt: clients.archivedAt,
      // In whose agenda a session planned now goes (lib/sessions/service.ts): a reassignment meanwhile is waited for.
      coachId: clients.coachId,
      // Whom a mail of this change goes to, as it is under the hold (an address corrected meanwhile is waited for).
      email: clients.email,
      firstName: clients.firstName,
      locale: clients.locale,
    })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .for('share');
  return row ?? null;
}
