import 'server-only';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, getDb } from '../client';
import { clients, employerContacts, employers, practices, users } from '../schema';
import { listUpcomingSessions } from './sessions';

const manager = alias(employerContacts, 'manager');

/** The client with employer, manager, coach and the practice's retention period, in one query. */
export async function getClientOverview(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      client: clients,
      employerName: employers.name,
      manager: { id: manager.id, name: manager.name, email: manager.email, phone: manager.phone },
      coachName: users.name,
      retentionYears: practices.retentionYears,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(employers, and(eq(employers.practiceId, clients.practiceId), eq(employers.id, clients.employerId)))
    .leftJoin(manager, and(eq(manager.practiceId, clients.practiceId), eq(manager.id, clients.managerContactId)))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  if (!row) return null;
  return { ...row, manager: row.manager?.id ? row.manager : null };
}

export type ClientOverview = NonNullable<Awaited<ReturnType<typeof getClientOverview>>>;

/** The earliest planned session still to come. */
export async function nextPlannedSession(practiceId: string, clientId: string, now = new Date(), ex: Executor = getDb()) {
  const [row] = await listUpcomingSessions(practiceId, clientId, now, 1, ex);
  return row ?? null;
}
