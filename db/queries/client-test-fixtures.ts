import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { attentionSummary } from '@/lib/intake/stored-scores';
import type { ClientValues } from '@/lib/schemas/client';
import { getDb } from '../client';
import { auditLog, type Client, clients, consents, employerContacts, employers, measurements, planItems, timelineEvents } from '../schema';

/** Test data for the caseload's integration tests: inserted directly, without going through the actions. */
export async function seedEmployer(practiceId: string, name = 'Zorggroep Test') {
  const db = getDb();
  const [employer] = await db.insert(employers).values({ practiceId, name }).returning();
  const [manager] = await db
    .insert(employerContacts)
    .values({ practiceId, employerId: employer!.id, name: 'Marco Manager', role: 'manager', email: 'marco@werkgever.test' })
    .returning();
  return { employer: employer!, manager: manager! };
}

/**
 * A client whose employer is `employerName`, with its manager (Marco Manager) as the client's manager and the consent to
 * share with the employer: the start of every action-plan and share-link test.
 */
export async function seedSharingClient(
  practiceId: string,
  coachId: string,
  employerName: string,
  values: Partial<typeof clients.$inferInsert> = {},
) {
  const { employer, manager } = await seedEmployer(practiceId, employerName);
  const client = await seedClient(
    practiceId,
    coachId,
    { employerId: employer.id, managerContactId: manager.id, ...values },
    { sharing: true },
  );
  return { employer, manager, client };
}

/**
 * A client as a coach would have them: with the coaching agreement on record, unless `agreement: false`; with the
 * consent to share with the employer when `sharing: true`.
 */
export async function seedClient(
  practiceId: string,
  coachId: string,
  values: Partial<typeof clients.$inferInsert> = {},
  { agreement = true, sharing = false }: { agreement?: boolean; sharing?: boolean } = {},
): Promise<Client> {
  const [client] = await getDb()
    .insert(clients)
    .values({
      practiceId,
      coachId,
      firstName: 'Eva',
      lastName: 'Smit',
      email: `eva-${randomBytes(4).toString('hex')}@example.test`,
      ...values,
    })
    .returning();
  if (agreement) await recordCoachingAgreement(practiceId, client!.id, coachId);
  if (sharing) await recordSharingConsent(practiceId, client!.id);
  return client!;
}

/** Measurements and homework need a given coaching agreement (lib/caseload/consent-gate.ts). */
export async function recordCoachingAgreement(
  practiceId: string,
  clientId: string,
  recordedBy: string | null = null,
  action: 'given' | 'withdrawn' = 'given',
) {
  await getDb().insert(consents).values({
    practiceId,
    clientId,
    kind: 'coaching_agreement',
    action,
    textVersion: CONSENT_TEXT_VERSIONS.coaching_agreement,
    recordedBy,
  });
}

export async function clientRow(practiceId: string, clientId: string) {
  const [row] = await getDb()
    .select()
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
  return row ?? null;
}

/** A closed trajectory, as an erasure needs (lib/caseload/service.ts eraseClient): status and closing day only. */
export async function closeClientRow(practiceId: string, clientId: string, closedOn = new Date().toISOString().slice(0, 10)) {
  await getDb()
    .update(clients)
    .set({ status: 'closed', closedOn, closeReason: 'completed' })
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
}

export async function timelineKinds(practiceId: string, clientId: string) {
  const rows = await getDb()
    .select({ kind: timelineEvents.kind, data: timelineEvents.data })
    .from(timelineEvents)
    .where(and(eq(timelineEvents.practiceId, practiceId), eq(timelineEvents.clientId, clientId)))
    .orderBy(timelineEvents.occurredAt, timelineEvents.seq);
  return rows;
}

export async function auditActions(practiceId: string) {
  const rows = await getDb().select().from(auditLog).where(eq(auditLog.practiceId, practiceId)).orderBy(auditLog.createdAt, auditLog.seq);
  return rows;
}

/** A JD-R intake completed a day ago with these stored scores, and the attention summary completion writes beside them. */
export async function seedCompletedMeasurement(practiceId: string, clientId: string, scores: Record<string, unknown>) {
  await getDb()
    .insert(measurements)
    .values({
      practiceId,
      clientId,
      instrumentKey: 'jdr-intake',
      instrumentVersion: 1,
      administeredBy: 'coach',
      status: 'completed',
      scores,
      ...attentionSummary(scores),
      completedAt: new Date(Date.now() - 86_400_000),
    });
}

/** Share links and releases need the client's consent to share with the employer (lib/plans/service.ts). */
export async function recordSharingConsent(practiceId: string, clientId: string, action: 'given' | 'withdrawn' = 'given') {
  await getDb().insert(consents).values({
    practiceId,
    clientId,
    kind: 'employer_sharing',
    action,
    textVersion: CONSENT_TEXT_VERSIONS.employer_sharing,
  });
}

/** The employer wording a releaser sees on their page (a release names it: lib/plans/service.ts releaseItem). */
export async function seenWording(itemId: string): Promise<string> {
  const [row] = await getDb().select({ wording: planItems.employerWording }).from(planItems).where(eq(planItems.id, itemId));
  return row?.wording ?? '';
}

/** Who does it and by when, as the release preview shows them (a release names them too: lib/plans/service.ts releaseItem). */
export async function seenDetails(itemId: string): Promise<{ owner: string; dueDate: string | null }> {
  const [row] = await getDb()
    .select({ owner: planItems.owner, dueDate: planItems.dueDate })
    .from(planItems)
    .where(eq(planItems.id, itemId));
  return { owner: row?.owner ?? '', dueDate: row?.dueDate ?? null };
}

/** What the client form sends for a new client (Eva Smit, coached by `coachId`), with `extra` over it. */
export const clientFormValues = (coachId: string, extra: Partial<ClientValues> = {}): ClientValues => ({
  firstName: 'Eva',
  lastName: 'Smit',
  email: 'eva.smit@example.test',
  phone: '',
  jobTitle: '',
  employerId: null,
  managerContactId: null,
  coachId,
  startDate: '2026-01-12',
  referralRoute: 'self',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: null,
  notes: '',
  ...extra,
});
