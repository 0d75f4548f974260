import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { containsPattern } from '@/lib/caseload/list-params';
import { EMPLOYER_CLIENTS_SHOWN } from '@/lib/employers/list';
import { type Executor, getDb } from '../client';
import { clients, employerContacts, employers } from '../schema';
import { clientNameOrder } from './client-list';

export type EmployerWrite = { name: string; address: string; notes: string };

/** One page of a list, by rows to skip and rows to read. */
type ListPage = { limit: number; offset: number };

/** The rows without the count they carry, and the count (none on a page past the end). */
function withTotal<T extends { total: number }>(rows: T[]): { rows: Omit<T, 'total'>[]; total: number } {
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/**
 * One page of employers with their number of contacts and current (not archived) clients, aggregated in the same query,
 * and the number on all pages (a window count, the same statement); searchable by name whatever its case and accents
 * (search_fold, on the expression of employers_name_trgm), sorted as folded.
 */
export async function pageEmployers(
  practiceId: string,
  opts: { q?: string; coachId?: string | null },
  page: ListPage,
  ex: Executor = getDb(),
) {
  const where = [eq(employers.practiceId, practiceId)];
  if (opts.q) where.push(sql`search_fold(${employers.name}) like search_fold(${containsPattern(opts.q)})`);
  const coachClause = opts.coachId ? sql`and c.coach_id = ${opts.coachId}` : sql``;
  const rows = await ex
    .select({
      id: employers.id,
      name: employers.name,
      address: employers.address,
      // Written out: drizzle leaves columns unqualified in a single-table select, which would not correlate.
      contacts: sql<number>`(select count(*)::int from employer_contacts ec where ec.practice_id = employers.practice_id and ec.employer_id = employers.id)`,
      clients: sql<number>`(select count(*)::int from clients c where c.practice_id = employers.practice_id and c.employer_id = employers.id and c.archived_at is null ${coachClause})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(employers)
    .where(and(...where))
    // The id last: a stable order, so that paging neither repeats nor skips an employer with the same folded name.
    .orderBy(asc(sql`search_fold(${employers.name})`), asc(employers.name), asc(employers.id))
    .limit(page.limit)
    .offset(page.offset);
  return withTotal(rows);
}

export async function getEmployer(practiceId: string, employerId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(employers)
    .where(and(eq(employers.practiceId, practiceId), eq(employers.id, employerId)))
    .limit(1);
  return row ?? null;
}

/**
 * Another employer of the practice with this name, whatever its case or accents (search_fold): a second "Gemeente
 * Utrecht" or "OZDEMIR BOUW" beside "Özdemir Bouw" is nearly always the same one, typed again. `exceptId`: the
 * employer being renamed.
 */
export async function employerWithName(practiceId: string, name: string, exceptId: string | null, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ id: employers.id })
    .from(employers)
    .where(
      and(
        eq(employers.practiceId, practiceId),
        sql`search_fold(${employers.name}) = search_fold(${name})`,
        exceptId ? sql`${employers.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/**
 * Serialises the writes of one employer name in a practice (by its folded form), so that two coaches saving
 * "Gemeente Utrecht" at once do not both pass the check above; held until the transaction ends.
 */
export async function lockEmployerName(practiceId: string, name: string, ex: Executor) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`employer-name:${practiceId}:`} || search_fold(${name})))`);
}

/** False when the practice already has an employer with this id: the same one sent again. */
export async function insertEmployer(practiceId: string, values: EmployerWrite & { id: string }, ex: Executor = getDb()) {
  const rows = await ex
    .insert(employers)
    .values({ practiceId, ...values })
    .onConflictDoNothing()
    .returning({ id: employers.id });
  return rows.length > 0;
}

/** Optimistic concurrency: the new version, or null when the version moved on. */
export async function updateEmployer(
  practiceId: string,
  employerId: string,
  expectedVersion: number,
  values: EmployerWrite,
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .update(employers)
    .set({ ...values, version: sql`${employers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(employers.practiceId, practiceId), eq(employers.id, employerId), eq(employers.version, expectedVersion)))
    .returning({ version: employers.version });
  return row ?? null;
}

/** Every employer with its contacts, for the client form's selects: one query. */
export async function listEmployerOptions(practiceId: string, ex: Executor = getDb()) {
  const rows = await ex
    .select({
      employerId: employers.id,
      employerName: employers.name,
      contactId: employerContacts.id,
      contactName: employerContacts.name,
      role: employerContacts.role,
    })
    .from(employers)
    .leftJoin(employerContacts, and(eq(employerContacts.practiceId, employers.practiceId), eq(employerContacts.employerId, employers.id)))
    .where(eq(employers.practiceId, practiceId))
    .orderBy(asc(sql`search_fold(${employers.name})`), asc(employers.name), asc(employers.id), asc(employerContacts.name));
  const out: { id: string; name: string; contacts: { id: string; name: string; role: string }[] }[] = [];
  for (const row of rows) {
    let employer = out.at(-1);
    if (employer?.id !== row.employerId) {
      employer = { id: row.employerId, name: row.employerName, contacts: [] };
      out.push(employer);
    }
    if (row.contactId && row.contactName && row.role) employer.contacts.push({ id: row.contactId, name: row.contactName, role: row.role });
  }
  return out;
}

export type EmployerOption = Awaited<ReturnType<typeof listEmployerOptions>>[number];

/**
 * The employer's current clients, for the coach (never shown to the employer); limited to the coach's own when set.
 * Exactly the clients its card in the employers list counts: archived clients leave the lists, as everywhere. Sorted as
 * the client list sorts by name ("van Aalst" under A). The first EMPLOYER_CLIENTS_SHOWN, with the number of all of them
 * (a window count, the same statement), so that the page can say when it shows only some.
 */
export async function listEmployerClients(practiceId: string, employerId: string, coachId: string | null, ex: Executor = getDb()) {
  const where = [eq(clients.practiceId, practiceId), eq(clients.employerId, employerId), isNull(clients.archivedAt)];
  if (coachId) where.push(eq(clients.coachId, coachId));
  const rows = await ex
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      status: clients.status,
      managerName: employerContacts.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(clients)
    .leftJoin(employerContacts, and(eq(employerContacts.practiceId, clients.practiceId), eq(employerContacts.id, clients.managerContactId)))
    .where(and(...where))
    .orderBy(...clientNameOrder(), asc(clients.id))
    .limit(EMPLOYER_CLIENTS_SHOWN);
  return withTotal(rows);
}
