import 'server-only';
import { and, asc, desc, eq, gte, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { CHECK_IN_KEY } from '@/lib/instruments/check-in';
import { type Executor, getDb } from '../client';
import {
  clients,
  coachingSessions,
  employerContacts,
  measurements,
  planItems,
  planReleases,
  planShares,
  practices,
  users,
} from '../schema';
import { consentGivenSql } from './consents';

/**
 * The sessions a client report names, in one statement: the sessions held (date, kind, the summary written
 * for the client and the agreed homework) and the planned ones from `now` on (for "next steps"). The coach's
 * private notes are not selected, so they cannot reach a report.
 */
export function listSessionsForReport(practiceId: string, clientId: string, now: Date, ex: Executor = getDb()) {
  return ex
    .select({
      startsAt: coachingSessions.startsAt,
      kind: coachingSessions.kind,
      status: coachingSessions.status,
      clientSummary: coachingSessions.clientSummary,
      agreedHomework: coachingSessions.agreedHomework,
    })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.clientId, clientId),
        or(eq(coachingSessions.status, 'held'), and(eq(coachingSessions.status, 'planned'), gte(coachingSessions.startsAt, now))),
      ),
    )
    .orderBy(asc(coachingSessions.startsAt));
}

/**
 * The client report's plan in one statement: the items in plan order, each with its open release (the words the
 * employer reads, and since when), so the client can see in the document what their employer sees. At most one
 * release per item is open (`plan_releases_one_open`).
 */
export function listPlanForReport(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      title: planItems.title,
      description: planItems.description,
      source: planItems.source,
      owner: planItems.owner,
      status: planItems.status,
      dueDate: planItems.dueDate,
      category: planItems.category,
      employerWording: planReleases.employerWording,
      releasedAt: planReleases.releasedAt,
    })
    .from(planItems)
    .leftJoin(
      planReleases,
      and(eq(planReleases.practiceId, planItems.practiceId), eq(planReleases.itemId, planItems.id), isNull(planReleases.withdrawnAt)),
    )
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.clientId, clientId)))
    .orderBy(asc(planItems.position), asc(planItems.createdAt), asc(planItems.id));
}

/**
 * A report's frame in one round trip: the client's name and language, the coach (name and email), the
 * manager's language, the practice's name, report colour and logo, and the measurement the client report is built on:
 * the latest completed one with a JD-R profile (stored demands and work-resources indices), so that a questionnaire
 * without one taken later (a BAT, a UWES) does not replace the intake's profile, flags and dimensions; the report lists
 * such a later questionnaire beside it (lib/reports/client-report-data.ts, from the history it reads anyway). Else the
 * latest completed one of any kind, and a session check-in only when there is nothing else (its four broad scores
 * would otherwise replace the intake's results, as they would the plan's suggestions). Null for a client not in this
 * practice.
 */
export async function reportClientHead(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const latest = ex
    .select({ id: measurements.id })
    .from(measurements)
    .where(
      and(
        eq(measurements.practiceId, clients.practiceId),
        eq(measurements.clientId, clients.id),
        eq(measurements.status, 'completed'),
        isNotNull(measurements.completedAt),
      ),
    )
    .orderBy(
      sql`${measurements.instrumentKey} = ${CHECK_IN_KEY}`,
      sql`jsonb_typeof(${measurements.scores} -> 'indices' -> 'demands') = 'object'
        and jsonb_typeof(${measurements.scores} -> 'indices' -> 'work_resources') = 'object' desc nulls last`,
      desc(measurements.completedAt),
    )
    .limit(1);
  const [row] = await ex
    .select({
      firstName: clients.firstName,
      lastName: clients.lastName,
      locale: clients.locale,
      coachName: users.name,
      coachEmail: users.email,
      /** The manager report is written in the manager's language. */
      managerLocale: employerContacts.locale,
      practiceName: practices.name,
      reportColor: practices.reportColor,
      logo: practices.logo,
      logoMime: practices.logoMime,
      latestMeasurementId: sql<string | null>`(${latest})`,
      /** Whether the manager report may exist (lib/share/liveness.ts clientShares). */
      clientStatus: clients.status,
      clientArchivedAt: clients.archivedAt,
      sharingConsent: consentGivenSql('employer_sharing', clients.practiceId, clients.id),
      /** The latest confirmation of a link that still shows (lib/share/liveness.ts): the coach's copy of the manager report says so. */
      employerConfirmedAt: sql`(select max(s.confirmed_at) from plan_shares s
        join employer_contacts ec on ec.practice_id = s.practice_id and ec.id = s.contact_id
        where s.practice_id = ${clients.practiceId} and s.client_id = ${clients.id} and s.revoked_at is null and s.expires_at > now()
          and s.employer_id = ${clients.employerId} and ec.employer_id = s.employer_id and ec.role in ('manager', 'hr'))`.mapWith(
        planShares.confirmedAt,
      ),
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .innerJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .leftJoin(employerContacts, and(eq(employerContacts.practiceId, clients.practiceId), eq(employerContacts.id, clients.managerContactId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}

export type ReportClientHead = NonNullable<Awaited<ReturnType<typeof reportClientHead>>>;
