import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, type EmployerContact, employerContacts, planShares } from '../schema';

export type ContactWrite = Pick<EmployerContact, 'name' | 'role' | 'email' | 'phone' | 'locale'>;

export function listContacts(practiceId: string, employerId: string, ex: Executor = getDb()) {
  return ex
    .select()
    .from(employerContacts)
    .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.employerId, employerId)))
    .orderBy(
      sql`array_position(array['manager','hr','company_doctor','other'], ${employerContacts.role}::text)`,
      asc(employerContacts.name),
    );
}

/** False when the practice already has a contact with this id: the same one sent again (or another's id). */
export async function insertContact(
  practiceId: string,
  employerId: string,
  values: ContactWrite & { id: string },
  ex: Executor = getDb(),
): Promise<boolean> {
  const rows = await ex
    .insert(employerContacts)
    .values({ practiceId, employerId, ...values })
    .onConflictDoNothing()
    .returning({ id: employerContacts.id });
  return rows.length > 0;
}

/** Optimistic concurrency: the new version, or null when the contact is gone or someone saved in between. */
export async function updateContact(
  practiceId: string,
  employerId: string,
  contactId: string,
  expectedVersion: number,
  values: ContactWrite,
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .update(employerContacts)
    .set({ ...values, version: sql`${employerContacts.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(employerContacts.practiceId, practiceId),
        eq(employerContacts.employerId, employerId),
        eq(employerContacts.id, contactId),
        eq(employerContacts.version, expectedVersion),
      ),
    )
    .returning({ version: employerContacts.version });
  return row ?? null;
}

export async function deleteContact(practiceId: string, employerId: string, contactId: string, ex: Executor = getDb()) {
  const rows = await ex
    .delete(employerContacts)
    .where(
      and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.employerId, employerId), eq(employerContacts.id, contactId)),
    )
    .returning({ id: employerContacts.id });
  return rows.length === 1;
}

/** Whether the contact exists and belongs to this employer of this practice. */
export async function contactBelongsTo(practiceId: string, employerId: string, contactId: string, ex: Executor = getDb()) {
  return (await contactName(practiceId, employerId, contactId, ex)) !== null;
}

/** The role of this employer's contact with this id, or null when the employer has no such contact. */
export async function contactRole(practiceId: string, employerId: string, contactId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ role: employerContacts.role })
    .from(employerContacts)
    .where(
      and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.employerId, employerId), eq(employerContacts.id, contactId)),
    );
  return row?.role ?? null;
}

/** The name of this employer's contact with this id, or null when the employer has no such contact. */
export async function contactName(practiceId: string, employerId: string, contactId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ name: employerContacts.name })
    .from(employerContacts)
    .where(
      and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.employerId, employerId), eq(employerContacts.id, contactId)),
    );
  return row?.name ?? null;
}

/** Clients counted practice-wide (`total`), and of those the ones the coach sees (`visible`: all when `coachId` is null). */
export type ClientsCount = { total: number; visible: number };

const counts = (coachId: string | null) => {
  const total = sql<number>`count(distinct ${clients.id})::int`;
  const visible = coachId ? sql<number>`(count(distinct ${clients.id}) filter (where ${clients.coachId} = ${coachId}))::int` : total;
  return { total, visible };
};

/**
 * How many clients have this contact as their manager (such a contact cannot be removed), archived ones included; how
 * many of those the coach who only sees their own clients (`coachId`) sees; and how many of the ones they see are
 * archived (`archived`), which the employer's page does not list (listEmployerClients).
 */
export async function clientsManagedBy(
  practiceId: string,
  contactId: string,
  coachId: string | null,
  ex: Executor = getDb(),
): Promise<ClientsCount & { archived: number }> {
  const seen = coachId ? and(eq(clients.coachId, coachId), isNotNull(clients.archivedAt)) : isNotNull(clients.archivedAt);
  const [row] = await ex
    .select({ ...counts(coachId), archived: sql<number>`(count(distinct ${clients.id}) filter (where ${seen}))::int` })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.managerContactId, contactId)));
  return row ?? { total: 0, visible: 0, archived: 0 };
}

/**
 * For how many clients this contact has (or had) a share link: active, expired or revoked alike, and how many of those
 * the coach who only sees their own clients (`coachId`) sees. Such a contact cannot be removed, since the links carry the
 * employer's openings, confirmations and comments in the clients' history.
 */
export async function clientsSharedWith(
  practiceId: string,
  contactId: string,
  coachId: string | null,
  ex: Executor = getDb(),
): Promise<ClientsCount> {
  const [row] = await ex
    .select(counts(coachId))
    .from(planShares)
    .innerJoin(clients, and(eq(clients.practiceId, planShares.practiceId), eq(clients.id, planShares.clientId)))
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.contactId, contactId)));
  return row ?? { total: 0, visible: 0 };
}
