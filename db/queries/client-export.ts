import 'server-only';
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { ClientExportInput, QueuedMailRecord } from '@/lib/caseload/export-document';
import { type Executor, getDb } from '../client';
import {
  auditLog,
  clients,
  coachingSessions,
  consents,
  employerContacts,
  employers,
  homework,
  homeworkAnswers,
  measurementAnswers,
  measurements,
  outbox,
  planDismissedSuggestions,
  planEmployerActions,
  planItems,
  planReleases,
  planShareOpenings,
  planShares,
  portalLinks,
  portalSessions,
  practices,
  timelineEvents,
  users,
} from '../schema';

const { seq: _seq, ...timelineColumns } = getTableColumns(timelineEvents);

/**
 * The client's mails still in Graphile Worker's queue (with SMTP_URL they wait there, are retried, and stay when they
 * failed for good): the ones that name the client (every mail to or about a client does). Not by address, as an erasure
 * also deletes (db/queries/outbox.ts, deleteClientMails): a mail naming no client is a coach's or owner's own (a password
 * reset, an invitation), not the client's, even at the same address. Never the text or the link: only to whom, what and
 * how far it got.
 */
async function queuedClientMails(practiceId: string, clientId: string, ex: Executor): Promise<QueuedMailRecord[]> {
  const rows = await ex.execute<{ to: string; subject: string; attempts: number; max_attempts: number; created_at: string }>(sql`
    select j.payload->'mail'->>'to' as "to", j.payload->'mail'->>'subject' as subject, j.attempts, j.max_attempts, j.created_at
    from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
      and j.payload->>'clientId' = ${clientId}
    order by j.created_at, j.id`);
  return [...rows].map((row) => ({
    to: row.to,
    subject: row.subject,
    // As the outbox page counts them (listQueuedMails).
    status: row.attempts >= row.max_attempts ? 'failed' : row.attempts > 0 ? 'retrying' : 'queued',
    attempts: row.attempts,
    createdAt: new Date(row.created_at),
  }));
}

/**
 * Everything the practice holds about one client, read in one repeatable-read transaction so the
 * parts agree with each other. A fixed number of queries, however much data there is.
 */
export async function loadClientExport(practiceId: string, clientId: string): Promise<Omit<ClientExportInput, 'exportedAt'> | null> {
  return getDb().transaction(
    async (tx) => {
      const [client] = await tx
        .select()
        .from(clients)
        .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
      if (!client) return null;
      const byClient = <T extends { practiceId: unknown; clientId: unknown }>(t: T) =>
        and(eq(t.practiceId as typeof clients.practiceId, practiceId), eq(t.clientId as typeof clients.id, clientId));

      const [
        [practice],
        [coach],
        [employer],
        [manager],
        consentRows,
        timeline,
        sessions,
        measurementRows,
        homeworkRows,
        items,
        releases,
        dismissed,
        shares,
        openings,
        employerActions,
        mails,
        queuedMails,
        portalLinkRows,
        portalSessionRows,
      ] = await Promise.all([
        tx
          .select({ name: practices.name, address: practices.address, kvkNumber: practices.kvkNumber })
          .from(practices)
          .where(eq(practices.id, practiceId)),
        tx
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(and(eq(users.practiceId, practiceId), eq(users.id, client.coachId))),
        // The employer as it concerns the client: its name and address. Never the coach's notes on the employer: they
        // are internal, shared by every client of that employer, and may name other clients.
        client.employerId
          ? tx
              .select({ id: employers.id, name: employers.name, address: employers.address })
              .from(employers)
              .where(and(eq(employers.practiceId, practiceId), eq(employers.id, client.employerId)))
          : Promise.resolve([]),
        // The manager as for a share link's recipient: who they are and for which employer, nothing else of the contact's
        // row (their phone number and language are a third party's data, not the client's).
        client.managerContactId
          ? tx
              .select({
                name: employerContacts.name,
                role: employerContacts.role,
                email: employerContacts.email,
                employerName: employers.name,
              })
              .from(employerContacts)
              .leftJoin(
                employers,
                and(eq(employers.practiceId, employerContacts.practiceId), eq(employers.id, employerContacts.employerId)),
              )
              .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.id, client.managerContactId)))
          : Promise.resolve([]),
        tx.select().from(consents).where(byClient(consents)).orderBy(asc(consents.createdAt)),
        // In the order they were written (seq, a change's lines share their moment); seq itself is the app's, not data.
        tx
          .select(timelineColumns)
          .from(timelineEvents)
          .where(byClient(timelineEvents))
          .orderBy(asc(timelineEvents.occurredAt), asc(timelineEvents.seq)),
        tx.select().from(coachingSessions).where(byClient(coachingSessions)).orderBy(asc(coachingSessions.startsAt)),
        tx.select().from(measurements).where(byClient(measurements)).orderBy(asc(measurements.startedAt)),
        tx.select().from(homework).where(byClient(homework)).orderBy(asc(homework.assignedAt)),
        tx.select().from(planItems).where(byClient(planItems)).orderBy(asc(planItems.position), asc(planItems.createdAt)),
        tx.select().from(planReleases).where(byClient(planReleases)).orderBy(asc(planReleases.releasedAt)),
        tx
          .select()
          .from(planDismissedSuggestions)
          .where(byClient(planDismissedSuggestions))
          .orderBy(asc(planDismissedSuggestions.createdAt)),
        // Never the token's hash: it is a credential, not data about the client. Each link with whom it was shared (GDPR
        // art. 15(1)(c), the recipients): the contact and their employer as they are stored, so a link to a former
        // employer still names it. Left joins: a share is never left out for want of its contact.
        tx
          .select({
            id: planShares.id,
            employerId: planShares.employerId,
            contactId: planShares.contactId,
            createdAt: planShares.createdAt,
            expiresAt: planShares.expiresAt,
            revokedAt: planShares.revokedAt,
            confirmedAt: planShares.confirmedAt,
            notifiedAt: planShares.notifiedAt,
            seenAt: planShares.seenAt,
            sharedWith: {
              name: employerContacts.name,
              role: employerContacts.role,
              email: employerContacts.email,
              employerName: employers.name,
            },
          })
          .from(planShares)
          .leftJoin(
            employerContacts,
            and(
              eq(employerContacts.practiceId, planShares.practiceId),
              eq(employerContacts.employerId, planShares.employerId),
              eq(employerContacts.id, planShares.contactId),
            ),
          )
          .leftJoin(employers, and(eq(employers.practiceId, planShares.practiceId), eq(employers.id, planShares.employerId)))
          .where(byClient(planShares))
          .orderBy(asc(planShares.createdAt)),
        tx.select().from(planShareOpenings).where(byClient(planShareOpenings)).orderBy(asc(planShareOpenings.openedAt)),
        tx.select().from(planEmployerActions).where(byClient(planEmployerActions)).orderBy(asc(planEmployerActions.createdAt)),
        // The mails kept about the client (to them, or to their manager about their plan): an erasure deletes them, so
        // they are the client's to see. What was sent and when; not the HTML (the same text in a layout).
        tx
          .select({ to: outbox.to, subject: outbox.subject, text: outbox.text, createdAt: outbox.createdAt })
          .from(outbox)
          .where(byClient(outbox))
          .orderBy(asc(outbox.createdAt)),
        queuedClientMails(practiceId, clientId, tx),
        // The portal's sign-in links and sessions, never their token hash: a credential, not data about the client.
        tx
          .select({
            redirectTo: portalLinks.redirectTo,
            createdAt: portalLinks.createdAt,
            expiresAt: portalLinks.expiresAt,
            usedAt: portalLinks.usedAt,
          })
          .from(portalLinks)
          .where(byClient(portalLinks))
          .orderBy(asc(portalLinks.createdAt)),
        tx
          .select({ createdAt: portalSessions.createdAt, lastSeenAt: portalSessions.lastSeenAt, expiresAt: portalSessions.expiresAt })
          .from(portalSessions)
          .where(byClient(portalSessions))
          .orderBy(asc(portalSessions.createdAt)),
      ]);
      const measurementIds = measurementRows.map((m) => m.id);
      const homeworkIds = homeworkRows.map((h) => h.id);
      // Withdrawn homework is gone, and with "measure again" the measurement in progress it started (its line names
      // both), but who looked at or changed them before is still the client's to see.
      const withdrawnIds = timeline
        .filter((e) => e.kind === 'homework.withdrawn')
        .flatMap((e) => [e.data.homeworkId, e.data.measurementId])
        .filter((id): id is string => typeof id === 'string');
      // Who looked at or changed what: entries on the client and on each of their records (a measurement opened, a
      // session viewed, a plan item changed, a share link opened).
      const recordIds = [
        clientId,
        ...measurementIds,
        ...homeworkIds,
        ...withdrawnIds,
        ...sessions.map((r) => r.id),
        ...items.map((r) => r.id),
        ...shares.map((r) => r.id),
      ];
      const [mAnswers, hAnswers, accessLog] = await Promise.all([
        measurementIds.length
          ? tx
              .select()
              .from(measurementAnswers)
              .where(and(eq(measurementAnswers.practiceId, practiceId), inArray(measurementAnswers.measurementId, measurementIds)))
          : Promise.resolve([]),
        homeworkIds.length
          ? tx
              .select()
              .from(homeworkAnswers)
              .where(and(eq(homeworkAnswers.practiceId, practiceId), inArray(homeworkAnswers.homeworkId, homeworkIds)))
          : Promise.resolve([]),
        tx
          .select({
            action: auditLog.action,
            actorKind: auditLog.actorKind,
            entityType: auditLog.entityType,
            entityId: auditLog.entityId,
            createdAt: auditLog.createdAt,
          })
          .from(auditLog)
          .where(and(eq(auditLog.practiceId, practiceId), inArray(auditLog.entityId, recordIds)))
          .orderBy(asc(auditLog.createdAt), asc(auditLog.seq)),
      ]);
      if (!practice) return null;
      return {
        practice,
        client,
        coach: coach ?? null,
        employer: employer ?? null,
        manager: manager ?? null,
        consents: consentRows,
        timeline,
        sessions,
        measurements: measurementRows,
        measurementAnswers: mAnswers,
        homework: homeworkRows,
        homeworkAnswers: hAnswers,
        plan: { items, releases, dismissed, shares, openings, employerActions },
        accessLog,
        mails,
        queuedMails,
        portal: { links: portalLinkRows, sessions: portalSessionRows },
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
