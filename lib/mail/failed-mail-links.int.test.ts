import { sql } from 'drizzle-orm';
import type { JobHelpers, Task } from 'graphile-worker';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { listQueuedMails } from '@/db/queries/outbox';
import type { Actor } from '@/lib/auth/guards';
import { handlePortalLinkRequested } from '@/lib/portal/link-requests';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { backoffOver, queueTablesText, runJobs } from '@/lib/testing/queue-tables';
import { MAX_ATTEMPTS } from './queue';
import { retryFailedMail } from './service';
import { deliver } from './transport';
import { taskList } from './worker';

/**
 * A mail whose last attempt failed stays in the queue's tables (the owner's outbox page lists it as failed). What stays
 * must not be a working link: the portal sign-in link, reset link, invitation or share link in it would open for anyone
 * who reads the database or a dump of it (npm run db:backup with pg_dump dumps the queue's schema too).
 */
const db = () => getDb();

/** The text of the practice's queued send_mail jobs (null once a job has none). */
async function queuedTexts(practiceId: string): Promise<(string | null)[]> {
  const rows = await db().execute<{ text: string | null }>(sql`
    select j.payload->'mail'->>'text' as text from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId} order by j.id`);
  return [...rows].map((r) => r.text);
}

const asActor = (claims: { userId: string; practiceId: string; role: 'owner' | 'coach'; email: string }): Actor => ({
  ...claims,
  name: 'Olivia Owner',
  locale: 'nl',
});

let server: SMTPServer | undefined;
const smtpUrl = process.env.SMTP_URL;

/**
 * A real local SMTP server that refuses every recipient, as a mail server that will not take the mail: for now (452,
 * too many recipients: retried until the attempts are used) or the address for good (550: failed at once).
 */
async function refusingSmtp(responseCode = 452) {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode }));
    },
  });
  const port = await new Promise<number>((resolve) =>
    server!.listen(0, '127.0.0.1', () => resolve((server!.server.address() as { port: number }).port)),
  );
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
}

/** Without SMTP_URL mails are kept in the outbox table: refusing that insert (as a database fault would) fails the send. */
async function refusingOutbox() {
  await db().execute(sql`create or replace function refuse_outbox() returns trigger language plpgsql as $$
    begin raise exception 'outbox refused for the test'; end $$`);
  await db().execute(sql`create trigger refuse before insert on outbox for each row execute function refuse_outbox()`);
}

beforeEach(async () => {
  await runJobs(); // nothing of an earlier test left due
  await db().execute(sql`drop trigger if exists refuse on outbox`);
});

afterEach(async () => {
  if (smtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrl;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  await db().execute(sql`drop trigger if exists refuse on outbox`);
});

/** A client asks for a portal sign-in link; the worker's look-up queues the mail with the link (as in the app). */
async function portalLinkMail() {
  const owner = await createPractice('Praktijk Post');
  const email = `eva-${Math.random().toString(36).slice(2)}@example.test`;
  const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email });
  await handlePortalLinkRequested(email, '/portal');
  const [text] = await queuedTexts(owner.practiceId);
  const token = /\/portal\/auth\/([^\s/]+)/.exec(text ?? '')?.[1];
  if (!token) throw new Error('no portal link in the queued mail');
  // The token is `<practice id>.<secret>`: the practice id is in every job of the practice, the secret only in this mail.
  const secret = decodeURIComponent(token).split('.')[1]!;
  expect(secret.length).toBeGreaterThanOrEqual(20);
  return { owner, email, secret, clientId: client.id };
}

describe('a mail with a link that fails for good', () => {
  it.each([
    ['refused by the mail server', () => refusingSmtp(), /452/],
    ['refused by the outbox table', refusingOutbox, /PostgresError/],
  ])('%s: keeps no trace of the link in the queue, and still shows as failed', async (_case, refuse, error) => {
    await refuse();
    const { owner, email, secret, clientId } = await portalLinkMail();
    const failedLines = async () => (await timelineKinds(owner.practiceId, clientId)).filter((e) => e.kind === 'client.mail_failed');

    await runJobs();
    // While it is retried the job needs its mail, link and all (the next attempt sends it); the error names no part of it.
    const [retrying] = await listQueuedMails(owner.practiceId);
    expect(retrying).toMatchObject({ to: email, status: 'retrying', attempts: 1 });
    expect(await queuedTexts(owner.practiceId)).toEqual([expect.stringContaining(secret)]);
    expect(retrying!.lastError).toMatch(error);
    expect(retrying!.lastError).not.toContain(secret);
    expect(retrying!.lastError).not.toMatch(/Failed query|params/);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS.send_mail; attempt++) {
      // Until the last attempt the timeline says nothing: the mail may still go.
      expect(await failedLines()).toEqual([]);
      await backoffOver();
      await runJobs();
    }
    // The client's timeline says the mail about them never arrived (a coach who is not the owner sees no outbox).
    expect(await failedLines()).toEqual([{ kind: 'client.mail_failed', data: { about: 'client', reason: 'attempts' } }]);

    // The last attempt failed: nothing of the link is left in any table of the queue, nor the mail's text.
    const text = await queueTablesText();
    expect(text).not.toContain(secret);
    expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(await queuedTexts(owner.practiceId)).toEqual([null]);
    // The owner's outbox page still lists it as failed, to whom and why; sending it again is not offered (there is no
    // link left to send), and asking anyway finds nothing to send.
    const [failed] = await listQueuedMails(owner.practiceId);
    expect(failed).toMatchObject({
      to: email,
      status: 'failed',
      attempts: MAX_ATTEMPTS.send_mail,
      maxAttempts: MAX_ATTEMPTS.send_mail,
      linkExpired: true,
      stripped: true,
    });
    expect(failed!.subject).toMatch(/Praktijk Post/);
    expect(failed!.lastError).toMatch(error);
    expect(await retryFailedMail(asActor(owner), failed!.id)).toEqual({ ok: false, error: 'not_found' });
  });
  it('its address refused by the mail server (550): fails at its first attempt, stripped of the link, and the timeline says why', async () => {
    await refusingSmtp(550);
    const { owner, email, secret, clientId } = await portalLinkMail();
    await runJobs();
    const [failed] = await listQueuedMails(owner.practiceId);
    expect(failed).toMatchObject({ to: email, status: 'failed', attempts: 1, maxAttempts: 1, addressRefused: true, stripped: true });
    expect(failed!.lastError).toMatch(/550/);
    expect(await queueTablesText()).not.toContain(secret);
    const lines = (await timelineKinds(owner.practiceId, clientId)).filter((e) => e.kind === 'client.mail_failed');
    expect(lines).toEqual([{ kind: 'client.mail_failed', data: { about: 'client', reason: 'address' } }]);
  });
});

describe('the daily prune', () => {
  it('strips the links from mails left failed (before this was done on the last attempt), and keeps the rest', async () => {
    const owner = await createPractice('Praktijk Oud');
    const token = `${owner.practiceId}.${'s3cr3t-Token_'.repeat(3)}`;
    const withLink = { to: 'eva@example.test', subject: 'Je link', text: `Open https://app.test/portal/auth/${token}`, html: '' };
    const notice = {
      to: 'coach@example.test',
      subject: 'Wachtwoord gewijzigd',
      text: 'Je wachtwoord is gewijzigd.',
      html: '<p>Gewijzigd</p>',
    };
    const retrying = { to: 'jan@example.test', subject: 'Nog bezig', text: `Open https://app.test/invite/${token}x`, html: '' };
    // One link the sender named with its expiry, one only in the text (a sender that forgot to name it), one notice
    // without a link, and one mail with a link still being retried.
    await deliver(owner.practiceId, withLink, db(), { linkExpiresAt: new Date(Date.now() + 3600_000) });
    await deliver(owner.practiceId, { ...withLink, subject: 'Zonder vervaldatum' }, db());
    await deliver(owner.practiceId, notice, db());
    await deliver(owner.practiceId, retrying, db(), { linkExpiresAt: new Date(Date.now() + 3600_000) });
    await db().execute(sql`
      update graphile_worker._private_jobs set attempts = case when payload->'mail'->>'subject' = 'Nog bezig' then 3 else max_attempts end,
        last_error = '550 mailbox unavailable', run_at = now() + interval '1 hour'
      where payload->>'practiceId' = ${owner.practiceId}`);
    // An error as the worker kept it before it cleaned them: Drizzle's message, quoting the outbox insert's parameters.
    await db().execute(sql`
      update graphile_worker._private_jobs set last_error = ${`Failed query: insert into outbox\nparams: ${withLink.text}`}
      where payload->'mail'->>'subject' = 'Zonder vervaldatum' and payload->>'practiceId' = ${owner.practiceId}`);
    expect(await queueTablesText()).toContain(token);

    await (taskList.prune_expired as Task)({}, {} as JobHelpers);

    const queued = await listQueuedMails(owner.practiceId);
    const bySubject = (subject: string) => queued.find((m) => m.subject === subject)!;
    expect(bySubject('Je link')).toMatchObject({ status: 'failed', to: 'eva@example.test', linkExpired: true, stripped: true });
    expect(bySubject('Zonder vervaldatum')).toMatchObject({ status: 'failed', linkExpired: true, lastError: 'DrizzleQueryError' });
    expect(bySubject('Wachtwoord gewijzigd')).toMatchObject({ status: 'failed', linkExpired: false, stripped: false });
    expect(bySubject('Nog bezig')).toMatchObject({ status: 'retrying' });
    const text = await queueTablesText();
    expect(text).not.toContain(`auth/${token}`);
    expect(text).not.toContain('Failed query');
    expect(text).toContain(`invite/${token}x`); // still being retried: it needs its link
    // The notice carries no link: it is kept whole, and the owner can send it again.
    expect(await retryFailedMail(asActor(owner), bySubject('Wachtwoord gewijzigd').id)).toEqual({ ok: true, data: null });
    expect(await retryFailedMail(asActor(owner), bySubject('Je link').id)).toEqual({ ok: false, error: 'not_found' });
    expect((await outboxFor(owner.practiceId)).map((m) => m.text)).toEqual(['Je wachtwoord is gewijzigd.']);
  });
});
