import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, coachingSessions, employerContacts, users } from '../schema';

/**
 * Sessions held with a client, for the client report: date, kind, the summary written for the client and
 * the agreed homework. The coach's private notes are not selected, so they cannot reach a report.
 */
export function listHeldSessionsForReport(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      startsAt: coachingSessions.startsAt,
      kind: coachingSessions.kind,
      clientSummary: coachingSessions.clientSummary,
      agreedHomework: coachingSessions.agreedHomework,
    })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.clientId, clientId), eq(coachingSessions.status, 'held')))
    .orderBy(asc(coachingSessions.startsAt));
}

/** The client's name, language, the manager's language and coach (name and email) for a report's cover and contact block. */
export async function reportClientHead(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      firstName: clients.firstName,
      lastName: clients.lastName,
      locale: clients.locale,
      coachName: users.name,
      coachEmail: users.email,
      /** The manager report is written in the manager's language. */
      managerLocale: employerContacts.locale,
    })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.coachId))
    .leftJoin(employerContacts, and(eq(employerContacts.practiceId, clients.practiceId), eq(employerContacts.id, clients.managerContactId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}
