import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { employerContacts, portalLinks, portalSessions } from '@/db/schema';
import { buildClientExport } from '@/lib/caseload/export-document';
import { MAX_ATTEMPTS } from '@/lib/mail/queue';
import { deliver } from '@/lib/mail/transport';
import { createPractice } from '@/lib/testing/fixtures';
import { loadClientExport } from './client-export';

// 43 characters of base64url, like every link token.
const TOKEN = 'VE9LRU5NQVJLRVJfYWJjZGVmZ2hpamtsbW5vcHFyc3R';

async function exported(practiceId: string, clientId: string) {
  const input = await loadClientExport(practiceId, clientId);
  return buildClientExport({ ...input!, exportedAt: new Date() });
}

describe("the client's data export", () => {
  it('names their manager as a share link names its recipient, without the contact’s phone number or language', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await getDb().update(employerContacts).set({ phone: '0611223344', locale: 'en' }).where(eq(employerContacts.id, manager.id));
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });

    const input = await loadClientExport(owner.practiceId, client.id);
    const who = { name: 'Marco Manager', role: 'manager', email: 'marco@werkgever.test', employerName: 'Zorggroep Test' };
    expect(input?.manager).toEqual(who);
    const doc = buildClientExport({ ...input!, exportedAt: new Date() });
    expect(doc.manager).toEqual(who);
    expect(JSON.stringify(doc)).not.toContain('0611223344');
  });

  it('holds the mails about the client still in the job queue (waiting, retried, failed), without their text or link', async () => {
    const owner = await createPractice();
    const eva = await seedClient(owner.practiceId, owner.userId);
    const bram = await seedClient(owner.practiceId, owner.userId);
    const mail = (to: string, subject: string) => ({
      to,
      subject,
      text: `Open het: http://localhost:3000/portal/auth/${owner.practiceId}.${TOKEN}`,
      html: '<p>HTMLMARKER</p>',
    });
    await getDb().transaction(async (tx) => {
      await deliver(owner.practiceId, mail(eva.email, 'Nieuw huiswerk'), tx, { clientId: eva.id });
      await deliver(owner.practiceId, mail('marco@werkgever.test', 'Eva deelt haar plan'), tx, { clientId: eva.id });
      // Mails that are not hers: one naming no client (a coach's own mail, even at her address), and another client's.
      await deliver(owner.practiceId, mail(eva.email.toUpperCase(), 'Nieuw wachtwoord'), tx);
      await deliver(owner.practiceId, mail(bram.email, 'Huiswerk voor Bram'), tx, { clientId: bram.id });
      await deliver(owner.practiceId, mail('someone@example.test', 'Andere mail'), tx);
    });
    // The mail server refused the first twice, and the second every time.
    const attempts = (subject: string, n: number) =>
      getDb().execute(sql`update graphile_worker._private_jobs set attempts = ${n} where payload->'mail'->>'subject' = ${subject}`);
    await attempts('Nieuw huiswerk', 2);
    await attempts('Eva deelt haar plan', MAX_ATTEMPTS.send_mail);

    const doc = await exported(owner.practiceId, eva.id);
    expect(doc.queuedMails.map(({ createdAt: _, ...m }) => m)).toEqual([
      { to: eva.email, subject: 'Nieuw huiswerk', status: 'retrying', attempts: 2 },
      { to: 'marco@werkgever.test', subject: 'Eva deelt haar plan', status: 'failed', attempts: MAX_ATTEMPTS.send_mail },
    ]);
    expect(doc.queuedMails.every((m) => !Number.isNaN(Date.parse(m.createdAt)))).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/HTMLMARKER|Open het|VE9LRU5NQVJLRVJ/);
  });

  it('holds the portal’s sign-in links and sessions: where a link led and when, never a token hash', async () => {
    const owner = await createPractice();
    const eva = await seedClient(owner.practiceId, owner.userId);
    const other = await seedClient(owner.practiceId, owner.userId);
    const at = (minutes: number) => new Date(Date.UTC(2026, 3, 1, 9, minutes));
    await getDb()
      .insert(portalLinks)
      .values([
        {
          practiceId: owner.practiceId,
          clientId: eva.id,
          tokenHash: 'LINKHASHMARKER',
          redirectTo: '/portal/homework/abc',
          createdAt: at(0),
          expiresAt: at(30),
          usedAt: at(2),
        },
        { practiceId: owner.practiceId, clientId: eva.id, tokenHash: 'LINKHASHMARKER2', createdAt: at(40), expiresAt: at(70) },
        { practiceId: owner.practiceId, clientId: other.id, tokenHash: 'OTHERHASH', createdAt: at(0), expiresAt: at(30) },
      ]);
    await getDb()
      .insert(portalSessions)
      .values([
        {
          practiceId: owner.practiceId,
          clientId: eva.id,
          tokenHash: 'SESSIONHASHMARKER',
          createdAt: at(2),
          lastSeenAt: at(20),
          expiresAt: at(600),
        },
        {
          practiceId: owner.practiceId,
          clientId: other.id,
          tokenHash: 'OTHERHASH',
          createdAt: at(2),
          lastSeenAt: at(3),
          expiresAt: at(600),
        },
      ]);

    const doc = await exported(owner.practiceId, eva.id);
    expect(doc.portal).toEqual({
      signInLinks: [
        {
          redirectTo: '/portal/homework/abc',
          createdAt: at(0).toISOString(),
          expiresAt: at(30).toISOString(),
          usedAt: at(2).toISOString(),
        },
        { redirectTo: '/portal', createdAt: at(40).toISOString(), expiresAt: at(70).toISOString(), usedAt: null },
      ],
      sessions: [{ createdAt: at(2).toISOString(), lastSeenAt: at(20).toISOString(), expiresAt: at(600).toISOString() }],
    });
    expect(JSON.stringify(doc)).not.toMatch(/HASH/);
  });
});
