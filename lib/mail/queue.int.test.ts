import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { deleteClientMails, listQueuedMails } from '@/db/queries/outbox';
import { clients, practices } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { commitChange, StaleError } from '@/lib/services/commit';
import { auditFor, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { MAX_ATTEMPTS } from './queue';
import { retryFailedMail } from './service';
import { deliver, type Mail } from './transport';
import { runMailJobsOnce } from './worker';

const mail = (to = 'eva@example.test'): Mail => ({
  to,
  subject: 'Nieuw huiswerk',
  text: 'Geheime tekst voor Eva',
  html: '<p>Geheime tekst voor Eva</p>',
});

/** A homework-style change: the write, its audit entry and the mail it causes, in one transaction. */
function renameWithMail(practiceId: string, name: string, afterMail?: () => void) {
  return commitChange({
    actor: { practiceId, userId: null, kind: 'system' },
    write: async (tx) => (await tx.update(practices).set({ name }).where(eq(practices.id, practiceId)).returning())[0] ?? null,
    audit: () => ({ action: 'homework.assigned', entityType: 'practice', entityId: practiceId }),
    after: async (tx) => {
      await deliver(practiceId, mail(), tx);
      afterMail?.();
    },
  });
}

const ownerActor = (owner: { userId: string; practiceId: string; email: string }): Actor => ({
  ...owner,
  role: 'owner',
  name: 'Olivia Owner',
  locale: 'nl',
});
const practiceName = async (id: string) => (await getDb().select().from(practices).where(eq(practices.id, id)))[0]!.name;
const jobCount = async () => [...(await getDb().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs`))][0]!.n;
/** Lets time pass for the queue: the job's backoff is over (the real waits are 2.7 s, 7.4 s, 20 s, ...). */
const backoffOver = () => getDb().execute(sql`update graphile_worker._private_jobs set run_at = now()`);

describe('mail in the transaction of its change', () => {
  it('enqueues nothing when the change rolls back, and the mail once it commits', async () => {
    const owner = await createPractice('Oud');
    expect(
      await renameWithMail(owner.practiceId, 'Nieuw', () => {
        throw new StaleError(); // a later step of the same change fails after the mail was enqueued
      }),
    ).toEqual({ ok: false, error: 'stale' });
    expect(await practiceName(owner.practiceId)).toBe('Oud');
    expect(await jobCount()).toBe(0);
    expect(await outboxFor(owner.practiceId)).toEqual([]);

    expect(await renameWithMail(owner.practiceId, 'Nieuw')).toMatchObject({ ok: true });
    expect(await jobCount()).toBe(1);
    expect(await listQueuedMails(owner.practiceId)).toMatchObject([
      { to: 'eva@example.test', subject: 'Nieuw huiswerk', status: 'queued', attempts: 0 },
    ]);
    const kept = await outboxFor(owner.practiceId); // runs the worker first
    expect(kept).toMatchObject([{ to: 'eva@example.test', subject: 'Nieuw huiswerk', text: 'Geheime tekst voor Eva' }]);
    expect(await jobCount()).toBe(0);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
  });
});

describe('erasing a client', () => {
  it('removes the mails still queued for their address or about them, not those of others', async () => {
    const owner = await createPractice();
    const eva = await seedClient(owner.practiceId, owner.userId);
    await getDb().transaction(async (tx) => {
      await deliver(owner.practiceId, mail('Eva@Example.test'), tx);
      // To the address Eva had before, and to her manager about her plan.
      await deliver(owner.practiceId, mail('eva.oud@example.test'), tx, { clientId: eva.id });
      await deliver(owner.practiceId, mail('manager@example.test'), tx, { clientId: eva.id });
      await deliver(owner.practiceId, mail('jan@example.test'), tx);
    });
    await deleteClientMails(owner.practiceId, eva.id, 'eva@example.test');
    expect((await listQueuedMails(owner.practiceId)).map((m) => m.to)).toEqual(['jan@example.test']);
  });

  it('removes kept mails about them too, and keeps no mail about a client erased while it was queued', async () => {
    const owner = await createPractice();
    const eva = await seedClient(owner.practiceId, owner.userId);
    await getDb().transaction((tx) => deliver(owner.practiceId, mail('eva.oud@example.test'), tx, { clientId: eva.id }));
    await runMailJobsOnce();
    expect((await outboxFor(owner.practiceId)).map((m) => m.to)).toEqual(['eva.oud@example.test']);
    await deleteClientMails(owner.practiceId, eva.id, 'eva@example.test');
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    // Queued, then the client is erased while a worker holds the job (the erasure cannot delete it): it is not kept.
    await getDb().transaction((tx) => deliver(owner.practiceId, mail('eva@example.test'), tx, { clientId: eva.id }));
    await getDb().delete(clients).where(eq(clients.id, eva.id));
    await runMailJobsOnce();
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
  });
});

describe('sending by SMTP', () => {
  let server: SMTPServer | undefined;
  const smtpUrl = process.env.SMTP_URL;

  // Mails left queued by earlier tests of this file go to the outbox first: these tests count what the server receives.
  beforeEach(() => runMailJobsOnce());

  afterEach(async () => {
    if (smtpUrl === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = smtpUrl;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** A real local SMTP server that refuses (421, "try again later") while `refuse()` says so. */
  async function startSmtp(refuse: () => false | { code: number; message: string }) {
    const received: { to: string[]; raw: string }[] = [];
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onRcptTo(_address, _session, callback) {
        const refusal = refuse();
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    const port = await new Promise<number>((resolve) =>
      server!.listen(0, '127.0.0.1', () => resolve((server!.server.address() as { port: number }).port)),
    );
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    return received;
  }

  it('retries a refused mail with backoff until the server accepts it, and the change stays committed', async () => {
    const owner = await createPractice('Oud');
    let down = true;
    const received = await startSmtp(() => down && { code: 421, message: 'Service not available, try again later' });

    expect(await renameWithMail(owner.practiceId, 'Nieuw')).toMatchObject({ ok: true });
    await runMailJobsOnce();
    expect(received).toEqual([]);
    expect(await practiceName(owner.practiceId)).toBe('Nieuw');
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('homework.assigned');
    const [queued] = await listQueuedMails(owner.practiceId);
    expect(queued).toMatchObject({ status: 'retrying', attempts: 1, maxAttempts: MAX_ATTEMPTS.send_mail });
    expect(queued!.lastError).toContain('421');
    expect(queued!.lastError).not.toContain('Geheime tekst');
    // Exponential backoff: the first retry waits e¹ ≈ 2.7 s.
    const wait = queued!.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(1_500);
    expect(wait).toBeLessThan(3_000);

    await runMailJobsOnce(); // too early: nothing happens
    expect(received).toEqual([]);
    down = false;
    await new Promise((resolve) => setTimeout(resolve, wait + 200));
    await runMailJobsOnce();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['eva@example.test']);
    expect(received[0]!.raw).toContain('Subject: Nieuw huiswerk');
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
    expect(await outboxFor(owner.practiceId)).toEqual([]); // sent, not kept
  });

  it('shows a mail that keeps failing as failed after its last attempt (about 34 hours of retries), with the last error', async () => {
    const owner = await createPractice();
    // A refusal that may pass (mailbox full, RFC 5321 treats 552 on RCPT as temporary): every attempt is used.
    const received = await startSmtp(() => ({ code: 552, message: 'Mailbox full' }));
    expect(await renameWithMail(owner.practiceId, 'Nieuw')).toMatchObject({ ok: true });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS.send_mail + 1; attempt++) {
      await runMailJobsOnce();
      await backoffOver();
    }
    expect(received).toEqual([]);
    const [failed] = await listQueuedMails(owner.practiceId);
    expect(failed).toMatchObject({
      to: 'eva@example.test',
      subject: 'Nieuw huiswerk',
      status: 'failed',
      attempts: MAX_ATTEMPTS.send_mail,
      maxAttempts: MAX_ATTEMPTS.send_mail,
    });
    expect(failed!.lastError).toContain('552');
    expect(failed!.addressRefused).toBe(false);
    // Another practice sees none of it.
    const other = await createPractice();
    expect(await listQueuedMails(other.practiceId)).toEqual([]);
  });
  it('fails a mail at once when the mail server refuses the address (550), and "send again" gives back every attempt', async () => {
    const owner = await createPractice();
    let refusing = true;
    const received = await startSmtp(() => refusing && { code: 550, message: '5.1.1 No such user' });
    expect(await renameWithMail(owner.practiceId, 'Nieuw')).toMatchObject({ ok: true });
    await runMailJobsOnce();
    // One attempt, no 34 hours of retries that hide a typo in the address.
    const [failed] = await listQueuedMails(owner.practiceId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, maxAttempts: 1, addressRefused: true });
    expect(failed!.lastError).toContain('550');
    await backoffOver();
    await runMailJobsOnce();
    expect((await listQueuedMails(owner.practiceId))[0]).toMatchObject({ status: 'failed', attempts: 1 });

    // The owner mended something at the mail server and sends it again: it gets its full count of attempts back.
    refusing = false;
    expect(await retryFailedMail(ownerActor(owner), failed!.id)).toEqual({ ok: true, data: null });
    expect((await listQueuedMails(owner.practiceId))[0]).toMatchObject({
      status: 'queued',
      attempts: 0,
      maxAttempts: MAX_ATTEMPTS.send_mail,
      addressRefused: false,
    });
    await runMailJobsOnce();
    expect(received).toHaveLength(1);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
  });
});
