import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, coachingSessions, homework } from '../schema';
import { consentGivenSql } from './consents';
import { customInstrumentNameSql } from './homework';
import { listUpcomingSessions } from './sessions';

/**
 * What the client portal reads. Privacy by construction: every query is limited to one client and
 * names its columns; none selects a session's private notes or agreed-homework text.
 */
const portalHomeworkColumns = {
  id: homework.id,
  template: homework.template,
  instrumentKey: homework.instrumentKey,
  instrumentVersion: homework.instrumentVersion,
  measurementId: homework.measurementId,
  message: homework.message,
  dueDate: homework.dueDate,
  status: homework.status,
  submittedAt: homework.submittedAt,
};

/** The client's homework for the portal's home, each with its custom questionnaire's name for the title. */
export function listPortalHomework(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({ ...portalHomeworkColumns, instrumentName: customInstrumentNameSql() })
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.clientId, clientId)))
    .orderBy(asc(homework.dueDate), desc(homework.assignedAt));
}

/** Null for a homework of another client: the portal shows it exactly like one that does not exist. */
export async function findPortalHomework(practiceId: string, clientId: string, homeworkId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select(portalHomeworkColumns)
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.clientId, clientId), eq(homework.id, homeworkId)))
    .limit(1);
  return row ?? null;
}

/**
 * The same for the homework's page, with its custom questionnaire's name and whether the coaching agreement is given now (else no answer would be kept: the
 * page says so instead of offering the form). Not for the answer saves, whose upsert checks the agreement itself.
 */
export async function findPortalHomeworkPage(practiceId: string, clientId: string, homeworkId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      ...portalHomeworkColumns,
      instrumentName: customInstrumentNameSql(),
      agreed: consentGivenSql('coaching_agreement', homework.practiceId, homework.clientId),
    })
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.clientId, clientId), eq(homework.id, homeworkId)))
    .limit(1);
  return row ?? null;
}

/** Whether the client is on sick leave, and since when: which period a questionnaire's questions are about. */
export async function findPortalSickLeave(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ onSickLeave: clients.onSickLeave, sickLeaveSince: clients.sickLeaveSince })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}

export function listPortalUpcomingSessions(practiceId: string, clientId: string, now: Date, ex: Executor = getDb()) {
  return listUpcomingSessions(practiceId, clientId, now, 10, ex);
}

/** Held sessions with a summary written for the client: the summary only, never the private notes. */
export function listPortalSummaries(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: coachingSessions.id,
      startsAt: coachingSessions.startsAt,
      kind: coachingSessions.kind,
      clientSummary: coachingSessions.clientSummary,
    })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.clientId, clientId),
        eq(coachingSessions.status, 'held'),
        sql`${coachingSessions.clientSummary} <> ''`,
      ),
    )
    .orderBy(desc(coachingSessions.startsAt))
    .limit(20);
}
