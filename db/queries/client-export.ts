import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ClientExportInput } from '@/lib/caseload/export-document';
import { getDb } from '../client';
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
  practices,
  timelineEvents,
  users,
} from '../schema';

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

      const [[practice], [coach], [employer], [manager], consentRows, timeline, sessions, measurementRows, homeworkRows, accessLog] =
        await Promise.all([
          tx
            .select({ name: practices.name, address: practices.address, kvkNumber: practices.kvkNumber })
            .from(practices)
            .where(eq(practices.id, practiceId)),
          tx
            .select({ name: users.name, email: users.email })
            .from(users)
            .where(and(eq(users.practiceId, practiceId), eq(users.id, client.coachId))),
          client.employerId
            ? tx
                .select()
                .from(employers)
                .where(and(eq(employers.practiceId, practiceId), eq(employers.id, client.employerId)))
            : Promise.resolve([]),
          client.managerContactId
            ? tx
                .select()
                .from(employerContacts)
                .where(and(eq(employerContacts.practiceId, practiceId), eq(employerContacts.id, client.managerContactId)))
            : Promise.resolve([]),
          tx.select().from(consents).where(byClient(consents)).orderBy(asc(consents.createdAt)),
          tx.select().from(timelineEvents).where(byClient(timelineEvents)).orderBy(asc(timelineEvents.occurredAt)),
          tx.select().from(coachingSessions).where(byClient(coachingSessions)).orderBy(asc(coachingSessions.startsAt)),
          tx.select().from(measurements).where(byClient(measurements)).orderBy(asc(measurements.startedAt)),
          tx.select().from(homework).where(byClient(homework)).orderBy(asc(homework.assignedAt)),
          tx
            .select({ action: auditLog.action, actorKind: auditLog.actorKind, createdAt: auditLog.createdAt })
            .from(auditLog)
            .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.entityType, 'client'), eq(auditLog.entityId, clientId)))
            .orderBy(asc(auditLog.createdAt)),
        ]);
      const measurementIds = measurementRows.map((m) => m.id);
      const homeworkIds = homeworkRows.map((h) => h.id);
      const [mAnswers, hAnswers] = await Promise.all([
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
        accessLog,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
