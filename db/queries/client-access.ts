import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, practices } from '../schema';
import { consentGivenSql } from './consents';

/** The few fields every access check needs, with the practice's visibility rule, in one query. */
export async function findClientForAccess(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      id: clients.id,
      practiceId: clients.practiceId,
      coachId: clients.coachId,
      status: clients.status,
      firstName: clients.firstName,
      lastName: clients.lastName,
      email: clients.email,
      locale: clients.locale,
      archivedAt: clients.archivedAt,
      // For the intake's reference period (sick leave changes what "the last months" means): no query of its own.
      onSickLeave: clients.onSickLeave,
      sickLeaveSince: clients.sickLeaveSince,
      coachVisibility: practices.coachVisibility,
      // Whether a measurement or homework may be started (pages say so up front; the writes check again in their own
      // transaction): a subquery of this statement through the consents_client index, not a statement of its own.
      coachingAgreement: consentGivenSql('coaching_agreement', clients.practiceId, clients.id),
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}

export async function practiceCoachVisibility(practiceId: string, ex: Executor = getDb()) {
  const [row] = await ex.select({ v: practices.coachVisibility }).from(practices).where(eq(practices.id, practiceId)).limit(1);
  return row?.v ?? 'all';
}
