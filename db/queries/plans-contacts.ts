import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, employerContacts } from '../schema';

/** A contact of this practice (any employer): the plan service checks employer and role itself. */
export async function findContact(practiceId: string, contactId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(employerContacts)
    .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.id, contactId)));
  return row ?? null;
}

/** The contact as it stands, held against edits until the transaction ends (a share link is made for it). */
export async function lockContact(practiceId: string, contactId: string, ex: Executor) {
  const [row] = await ex
    .select()
    .from(employerContacts)
    .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.id, contactId)))
    .for('share');
  return row ?? null;
}

/** The client's employer's contacts who may receive a share (manager, HR). */
export function shareableContacts(practiceId: string, employerId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: employerContacts.id,
      name: employerContacts.name,
      role: employerContacts.role,
      email: employerContacts.email,
      locale: employerContacts.locale,
    })
    .from(employerContacts)
    .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.employerId, employerId)));
}

/** The client's employer (null when none is recorded). */
export async function clientEmployerId(practiceId: string, clientId: string, ex: Executor = getDb()): Promise<string | null> {
  const [row] = await ex
    .select({ employerId: clients.employerId })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
  return row?.employerId ?? null;
}

/** The facts the plan page needs beside the plan: employer, sick leave, and whether and when the trajectory closed. */
export async function planClientFacts(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      employerId: clients.employerId,
      onSickLeave: clients.onSickLeave,
      sickLeaveSince: clients.sickLeaveSince,
      status: clients.status,
      closedOn: clients.closedOn,
    })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
  return row ?? null;
}
