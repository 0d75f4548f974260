import { count, eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clientRow, closeClientRow, seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import * as schema from '@/db/schema';
import {
  auditLog,
  clients,
  coachingSessions,
  employerContacts,
  employers,
  homework,
  homeworkAnswers,
  measurementAnswers,
  measurementIndexPoints,
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
} from '@/db/schema';
import { translatorFor } from '@/lib/i18n/translator';
import { AUDIT_IP_RETENTION_DAYS } from '@/lib/security/prune';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { recordConsentAction } from './consent-actions';
import { GET as exportClient } from './export/route';
import { eraseClientAction } from './gdpr-actions';

beforeEach(() => actAs(null));

/** Every table with a client_id column, read from the schema: one added later is checked here without being listed. */
const clientTables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .flatMap((table) => {
    const { name, columns } = getTableConfig(table);
    const clientId = columns.find((column) => column.name === 'client_id');
    return clientId ? [{ name, table, clientId }] : [];
  });

/** How many rows each client table holds about the client, by table name. */
async function rowsPerClientTable(clientId: string): Promise<Record<string, number>> {
  const counts = await Promise.all(
    clientTables.map(async ({ name, table, clientId: column }) => {
      const [row] = await getDb().select({ n: count() }).from(table).where(eq(column, clientId));
      return [name, row!.n] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** A client with a row in every table that holds client data. */
async function fullClient(practiceId: string, coachId: string) {
  const { employer, manager } = await seedEmployer(practiceId);
  // The coach's notes on the employer: internal, shared by all its clients, and here naming another one.
  await getDb()
    .update(employers)
    .set({ address: 'Zorglaan 1, Utrecht', notes: 'NOTESMARKER: ook Piet de Vries zit hier thuis' })
    .where(eq(employers.id, employer.id));
  const client = await seedClient(
    practiceId,
    coachId,
    { firstName: 'Noor', lastName: 'de Wit', employerId: employer.id, managerContactId: manager.id },
    { agreement: false },
  );
  const db = getDb();
  const [m] = await db
    .insert(measurements)
    .values({
      practiceId,
      clientId: client.id,
      instrumentKey: 'jdr-intake',
      instrumentVersion: 1,
      administeredBy: 'coach',
      scores: { demands: 61 },
    })
    .returning();
  await db.insert(measurementAnswers).values({ practiceId, measurementId: m!.id, itemKey: 'workload.1', value: 4, answeredBy: 'coach' });
  await db.insert(measurementIndexPoints).values({
    practiceId,
    measurementId: m!.id,
    componentSet: 'jdr_wide',
    clientId: client.id,
    instrumentKey: 'jdr-intake',
    components: 'demands',
    completedAt: new Date(),
    demands: 61,
    resources: 40,
  });
  await db.insert(coachingSessions).values({
    practiceId,
    clientId: client.id,
    coachId,
    startsAt: new Date(Date.now() + 86_400_000),
    durationMinutes: 60,
    kind: 'coaching',
    location: 'video',
    privateNotes: 'Vertrouwelijk',
    checkinMeasurementId: m!.id,
  });
  const [h] = await db
    .insert(homework)
    .values({
      practiceId,
      clientId: client.id,
      template: 'measure_again',
      measurementId: m!.id,
      dueDate: '2026-06-01',
      assignedBy: coachId,
    })
    .returning();
  await db.insert(homeworkAnswers).values({ practiceId, homeworkId: h!.id, fieldKey: 'day1.energy', value: '6' });
  const expiresAt = new Date(Date.now() + 60_000);
  await db.insert(portalLinks).values({ practiceId, clientId: client.id, tokenHash: 'x', expiresAt });
  await db.insert(portalSessions).values({ practiceId, clientId: client.id, tokenHash: 'y', expiresAt });
  // The action plan: an item released to the manager, a share link opened and commented on, a dismissed suggestion.
  const [item] = await db
    .insert(planItems)
    .values({
      practiceId,
      clientId: client.id,
      title: 'Vaste stoptijden',
      rationale: 'Herstel na werktijd',
      employerWording: 'Om 17:00 klaar.',
      category: 'hindering_demands',
      level: 'person',
      owner: 'manager',
    })
    .returning();
  await db
    .insert(planReleases)
    .values({ practiceId, clientId: client.id, itemId: item!.id, employerWording: 'Om 17:00 klaar.', releasedBy: 'client' });
  const [share] = await db
    .insert(planShares)
    .values({
      practiceId,
      clientId: client.id,
      employerId: employer.id,
      contactId: manager.id,
      tokenHash: 'HASHMARKER',
      expiresAt,
      createdBy: coachId,
    })
    .returning();
  await db.insert(planShareOpenings).values({ practiceId, clientId: client.id, shareId: share!.id });
  await db
    .insert(planEmployerActions)
    .values({ practiceId, clientId: client.id, shareId: share!.id, kind: 'comment', comment: 'Goed plan' });
  await db
    .insert(planDismissedSuggestions)
    .values({ practiceId, clientId: client.id, measurementId: m!.id, suggestionKey: 'workload.prioritise' });
  // Who looked at one of the client's records (not the client row itself).
  await db.insert(auditLog).values({
    practiceId,
    actorUserId: coachId,
    actorKind: 'coach',
    action: 'measurement.opened',
    entityType: 'measurement',
    entityId: m!.id,
  });
  return client;
}

const request = () => new Request('http://localhost/clients/x/export');
const context = (clientId: string) => ({ params: Promise.resolve({ clientId }) });

describe('export (GDPR art. 15/20)', () => {
  it('downloads everything held about the client as JSON and audits it', async () => {
    const owner = await createPractice();
    const client = await fullClient(owner.practiceId, owner.userId);
    actAs(owner);
    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' });
    const response = await exportClient(request(), context(client.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="balanspunt-client-${client.id}-\\d{4}-\\d{2}-\\d{2}\\.json"`),
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const doc = await response.json();
    expect(doc.client).toMatchObject({ id: client.id, firstName: 'Noor', lastName: 'de Wit', coach: { name: 'Olivia Owner' } });
    expect(doc.employer).toEqual({ id: expect.any(String), name: 'Zorggroep Test', address: 'Zorglaan 1, Utrecht' });
    expect(JSON.stringify(doc)).not.toContain('NOTESMARKER');
    expect(doc.manager).toMatchObject({ name: 'Marco Manager', role: 'manager' });
    expect(doc.consents).toHaveLength(1);
    expect(doc.sessions[0]).toMatchObject({ privateNotes: 'Vertrouwelijk' });
    expect(doc.measurements[0].answers).toEqual([expect.objectContaining({ itemKey: 'workload.1', value: 4 })]);
    expect(doc.homework[0].answers).toEqual([expect.objectContaining({ fieldKey: 'day1.energy', value: '6' })]);
    expect(doc.timeline.map((e: { kind: string }) => e.kind)).toEqual(['consent.given']);
    // The action plan, with what was released and what the employer did; never a share link's token hash.
    expect(doc.plan.items).toEqual([
      expect.objectContaining({
        title: 'Vaste stoptijden',
        rationale: 'Herstel na werktijd',
        releases: [expect.objectContaining({ employerWording: 'Om 17:00 klaar.', releasedBy: 'client' })],
      }),
    ]);
    expect(doc.plan.shares).toEqual([
      expect.objectContaining({ openings: [expect.any(Object)], employerActions: [expect.objectContaining({ comment: 'Goed plan' })] }),
    ]);
    expect(doc.plan.dismissedSuggestions).toEqual([expect.objectContaining({ suggestionKey: 'workload.prioritise' })]);
    expect(JSON.stringify(doc)).not.toContain('HASHMARKER');
    expect(doc.accessLog.map((e: { action: string }) => e.action)).toContain('measurement.opened');
    const exported = (await auditFor(owner.practiceId)).filter((a) => a.action === 'client.exported');
    expect(exported).toEqual([expect.objectContaining({ entityId: client.id, actorUserId: owner.userId })]);
  });

  it('names with whom each share link was shared, also at a former employer, and holds the mails kept about the client', async () => {
    const owner = await createPractice();
    const client = await fullClient(owner.practiceId, owner.userId);
    const bystander = await seedClient(owner.practiceId, owner.userId);
    const db = getDb();
    // A second link, to HR at the same employer; then the client moves to another employer.
    const [former] = await db.select().from(employers).where(eq(employers.id, client.employerId!));
    const [hr] = await db
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: former!.id, name: 'Hanna HR', role: 'hr', email: 'hanna@werkgever.test' })
      .returning();
    await db.insert(planShares).values({
      practiceId: owner.practiceId,
      clientId: client.id,
      employerId: former!.id,
      contactId: hr!.id,
      tokenHash: 'HASHMARKER-HR',
      createdBy: owner.userId,
      createdAt: new Date(Date.now() + 1000),
    });
    const { employer: current } = await seedEmployer(owner.practiceId, 'Nieuwe Werkgever BV');
    await db.update(clients).set({ employerId: current.id, managerContactId: null }).where(eq(clients.id, client.id));
    // 43 characters of base64url, like a share link's token.
    const token = 'VE9LRU5NQVJLRVJfYWJjZGVmZ2hpamtsbW5vcHFyc3R';
    const at = (minutes: number) => new Date(Date.UTC(2026, 3, 1, 9, minutes));
    await db.insert(outbox).values([
      {
        practiceId: owner.practiceId,
        clientId: client.id,
        to: 'marco@werkgever.test',
        subject: 'Noor deelt haar plan',
        text: `Bekijk het plan: http://localhost:3000/share/${token}?lang=nl`,
        html: '<p>HTMLMARKER</p>',
        createdAt: at(0),
      },
      {
        practiceId: owner.practiceId,
        clientId: client.id,
        to: client.email,
        subject: 'Huiswerk voor Noor',
        text: 'Beste Noor',
        html: '',
        createdAt: at(5),
      },
      { practiceId: owner.practiceId, clientId: bystander.id, to: bystander.email, subject: 'Huiswerk voor Eva', text: '', html: '' },
      { practiceId: owner.practiceId, to: 'someone-else@example.test', subject: 'Andere mail', text: '', html: '' },
    ]);
    actAs(owner);
    const doc = await (await exportClient(request(), context(client.id))).json();
    expect(doc.employer).toMatchObject({ name: 'Nieuwe Werkgever BV' });
    expect(doc.plan.shares.map((s: { sharedWith: unknown }) => s.sharedWith)).toEqual([
      { name: 'Marco Manager', role: 'manager', email: 'marco@werkgever.test', employerName: 'Zorggroep Test' },
      { name: 'Hanna HR', role: 'hr', email: 'hanna@werkgever.test', employerName: 'Zorggroep Test' },
    ]);
    expect(doc.mails).toEqual([
      {
        to: 'marco@werkgever.test',
        subject: 'Noor deelt haar plan',
        text: 'Bekijk het plan: http://localhost:3000/share/…?lang=nl',
        createdAt: at(0).toISOString(),
      },
      { to: client.email, subject: 'Huiswerk voor Noor', text: 'Beste Noor', createdAt: at(5).toISOString() },
    ]);
    // Never a mail's HTML, a live link's token or a share's hash.
    expect(JSON.stringify(doc)).not.toMatch(/HTMLMARKER|HASHMARKER|TOKENMARKER|VE9LRU5NQVJLRVJ/);
  });

  it('is a 404 for another practice and for an unassigned coach when the owner chose so, and to the sign-in page signed out', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const signedOut = await exportClient(request(), context(client.id));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toMatch(/^\/login\?next=%2Fclients%2F/);
    actAs(await createPractice());
    expect((await exportClient(request(), context(client.id))).status).toBe(404);
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(await addCoach(owner.practiceId));
    expect((await exportClient(request(), context(client.id))).status).toBe(404);
    expect((await exportClient(request(), context('not-a-uuid'))).status).toBe(404);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'client.exported')).toEqual([]);
  });
});

describe('erasure (GDPR art. 17)', () => {
  it('removes every row about the client in one go and leaves an audit entry without personal data', async () => {
    const owner = await createPractice();
    const client = await fullClient(owner.practiceId, owner.userId);
    const bystander = await seedClient(owner.practiceId, owner.userId);
    actAs(owner);
    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' });
    const [row] = await getDb().select().from(clients).where(eq(clients.id, client.id));
    await getDb()
      .insert(outbox)
      .values([
        { practiceId: owner.practiceId, to: row!.email.toUpperCase(), subject: 'Huiswerk voor Noor', text: 'Beste Noor', html: '' },
        { practiceId: owner.practiceId, to: 'someone-else@example.test', subject: 'Andere mail', text: '', html: '' },
        // To the address Noor had before (the mail names the client it is about).
        { practiceId: owner.practiceId, to: 'noor.oud@example.test', subject: 'Oude mail', text: '', html: '', clientId: client.id },
      ]);
    // A table the schema gains is seeded in fullClient too, or this names it: else its emptiness would prove nothing.
    expect(clientTables.map(({ name }) => name)).toContain('measurement_index_points');
    const seeded = await rowsPerClientTable(client.id);
    expect(Object.keys(seeded).filter((name) => seeded[name] === 0)).toEqual([]);
    // An open trajectory is closed first (that calls off its sessions and ends its links); erasure refuses it until then.
    expect(await eraseClientAction({ clientId: client.id, confirmName: 'Noor de Wit' })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'gdpr.erase.closeFirst' },
    });
    expect(await clientRow(owner.practiceId, client.id)).not.toBeNull();
    await closeClientRow(owner.practiceId, client.id);
    expect(await eraseClientAction({ clientId: client.id, confirmName: ' noor DE wit ' })).toEqual({ ok: true, data: null });
    // Mails kept for the client's address (outbox) go too; others stay.
    expect((await getDb().select().from(outbox).where(eq(outbox.practiceId, owner.practiceId))).map((m) => m.subject)).toEqual([
      'Andere mail',
    ]);

    expect(await clientRow(owner.practiceId, client.id)).toBeNull();
    const db = getDb();
    // Every client table, by name, was filled and is now empty for the client.
    const emptied = Object.fromEntries(clientTables.map(({ name }) => [name, 0]));
    expect(await rowsPerClientTable(client.id)).toEqual(emptied);
    expect(await db.select().from(measurementAnswers).where(eq(measurementAnswers.practiceId, owner.practiceId))).toEqual([]);
    expect(await db.select().from(homeworkAnswers).where(eq(homeworkAnswers.practiceId, owner.practiceId))).toEqual([]);
    expect(await clientRow(owner.practiceId, bystander.id)).not.toBeNull();

    const erased = (await auditFor(owner.practiceId)).filter((a) => a.action === 'client.erased');
    expect(erased).toEqual([expect.objectContaining({ entityType: 'client', entityId: client.id, metadata: {} })]);
    expect(JSON.stringify(await auditFor(owner.practiceId))).not.toMatch(/Noor|de Wit|example\.test/);
  });

  it('says what the audit log keeps: who did what and when under the record’s number, without a name; IPs for 90 days', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Noor', lastName: 'de Wit' });
    actAs(owner);
    await recordConsentAction({ clientId: client.id, kind: 'employer_sharing', action: 'given', note: '' });
    // The client signed in to the portal, from an address.
    await getDb().insert(auditLog).values({
      practiceId: owner.practiceId,
      actorKind: 'client',
      action: 'portal.signed_in',
      entityType: 'client',
      entityId: client.id,
      ip: '203.0.113.7',
    });
    await closeClientRow(owner.practiceId, client.id);
    expect(await eraseClientAction({ clientId: client.id, confirmName: 'Noor de Wit' })).toEqual({ ok: true, data: null });
    // Not only that the record was erased: the earlier entries stay, under its id, with their address until the prune.
    const about = (await auditFor(owner.practiceId)).filter((a) => a.entityId === client.id);
    expect(about.map((a) => a.action).sort()).toEqual(['client.erased', 'consent.given', 'portal.signed_in']);
    expect(about.find((a) => a.action === 'portal.signed_in')?.ip).toBe('203.0.113.7');
    expect(JSON.stringify(about)).not.toMatch(/Noor|de Wit/);

    const nl = translatorFor('nl');
    const en = translatorFor('en');
    expect(nl('gdpr.erase.intro')).toContain(
      `In het auditlog blijft staan wie wat wanneer met het dossier deed, ook dát het is gewist: onder het nummer van het dossier, zonder naam. IP-adressen in het auditlog worden na ${AUDIT_IP_RETENTION_DAYS} dagen verwijderd.`,
    );
    expect(en('gdpr.erase.intro')).toContain(
      `The audit log keeps who did what with the record and when, including that it was erased: under the record's number, without a name. IP addresses in the audit log are removed after ${AUDIT_IP_RETENTION_DAYS} days.`,
    );
    for (const text of [nl('gdpr.erase.intro'), nl('clients.list.erased'), en('gdpr.erase.intro'), en('clients.list.erased')]) {
      expect(text).not.toMatch(/\balleen\b|\bonly\b|zonder persoonsgegevens|without personal data/);
    }
  });

  it('needs the exact name, is for the owner only, and is not found in another practice', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { status: 'closed', closedOn: '2026-01-05', closeReason: 'completed' });
    actAs(owner);
    expect(await eraseClientAction({ clientId: client.id, confirmName: 'Eva' })).toMatchObject({
      fieldErrors: { confirmName: 'gdpr.erase.nameMismatch' },
    });
    actAs(await addCoach(owner.practiceId));
    expect(await eraseClientAction({ clientId: client.id, confirmName: 'Eva Smit' })).toEqual({ ok: false, error: 'forbidden' });
    actAs(await createPractice());
    expect(await eraseClientAction({ clientId: client.id, confirmName: 'Eva Smit' })).toEqual({ ok: false, error: 'not_found' });
    expect(await getDb().select().from(clients).where(eq(clients.id, client.id))).toHaveLength(1);
  });
});
