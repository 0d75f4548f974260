import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { rateLimits } from '@/db/schema';
import { requestPasswordReset } from '@/lib/accounts/service';
import { requestPortalLink } from '@/lib/portal/link-requests';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { backoffOver, queueTablesText, runJobs } from '@/lib/testing/queue-tables';
import { enqueueJob, MAX_ATTEMPTS, purgeFailedLookupJobs, purgeFailedMailsOfErasedClients } from './queue';

const db = () => getDb();

/** The queue's tables as text (lib/testing/queue-tables.ts), lower case: addresses are compared as typed in lower case. */
const queueText = async () => (await queueTablesText()).toLowerCase();

const lookupJobs = async () => [
  ...(await db().execute<{ task: string; attempts: number }>(sql`
      select t.identifier as task, j.attempts from graphile_worker._private_jobs j
      join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier in ('password_reset_requested', 'portal_link_requested') order by t.identifier`)),
];

async function setup() {
  const owner = await createPractice('Praktijk Adres');
  const clientEmail = `client-${Math.random().toString(36).slice(2)}@example.test`;
  await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email: clientEmail });
  return { owner, clientEmail };
}

/** Both look-ups fail in the worker: their inserts are refused (as a database outage would). */
async function breakLookups() {
  await db().execute(sql`create or replace function refuse_insert() returns trigger language plpgsql as $$
    begin raise exception 'refused for the test'; end $$`);
  for (const table of ['password_resets', 'portal_links']) {
    await db().execute(sql`create trigger refuse before insert on ${sql.identifier(table)} for each row execute function refuse_insert()`);
  }
}

beforeEach(async () => {
  await db().delete(rateLimits);
  for (const table of ['password_resets', 'portal_links'])
    await db().execute(sql`drop trigger if exists refuse on ${sql.identifier(table)}`);
});

describe('look-up jobs and the addresses they carry', () => {
  it('queue a sealed address, and leave none behind once the mails are sent', async () => {
    const { owner, clientEmail } = await setup();
    await requestPasswordReset(owner.email);
    expect(await requestPortalLink(clientEmail, undefined)).toEqual({ ok: true, data: null });
    expect((await lookupJobs()).map((j) => j.task)).toEqual(['password_reset_requested', 'portal_link_requested']);
    const queued = await queueText();
    expect(queued).toContain('sealedemail');
    expect(queued).not.toContain(owner.email.toLowerCase());
    expect(queued).not.toContain(clientEmail);

    const mails = await outboxFor(owner.practiceId); // runs the worker
    expect(mails.map((m) => m.to).sort()).toEqual([owner.email, clientEmail].sort());
    expect(await lookupJobs()).toEqual([]);
    const after = await queueText();
    expect(after).not.toContain(owner.email.toLowerCase());
    expect(after).not.toContain(clientEmail);
  });

  it('are retried, and deleted (not kept as failed) when their last attempt fails', async () => {
    const { owner, clientEmail } = await setup();
    await breakLookups();
    await requestPasswordReset(owner.email);
    await requestPortalLink(clientEmail, undefined);
    await runJobs();
    expect(await lookupJobs()).toEqual([
      { task: 'password_reset_requested', attempts: 1 },
      { task: 'portal_link_requested', attempts: 1 },
    ]);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS.password_reset_requested; attempt++) {
      await backoffOver();
      await runJobs();
    }
    expect(await lookupJobs()).toEqual([]);
    const text = await queueText();
    expect(text).not.toContain(owner.email.toLowerCase());
    expect(text).not.toContain(clientEmail);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
  });

  it('a retried portal-link job mails each practice once, also the one whose link had gone out', async () => {
    const first = await createPractice('Praktijk Een');
    const second = await createPractice('Praktijk Twee');
    const email = `twee-${Math.random().toString(36).slice(2)}@example.test`;
    await seedClient(first.practiceId, first.userId, { firstName: 'Eva', email });
    await seedClient(second.practiceId, second.userId, { firstName: 'Eva', email });
    // The second practice's link fails once (whichever practice comes second): the job is retried.
    await db().execute(sql`create table if not exists link_inserts (n int not null)`);
    await db().execute(sql`truncate link_inserts`);
    await db().execute(sql`create or replace function refuse_second_link() returns trigger language plpgsql as $$
      begin
        insert into link_inserts values (1);
        if (select count(*) from link_inserts) = 2 then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await db().execute(sql`create trigger refuse before insert on portal_links for each row execute function refuse_second_link()`);
    expect(await requestPortalLink(email, undefined)).toEqual({ ok: true, data: null });
    await runJobs();
    expect(await lookupJobs()).toEqual([{ task: 'portal_link_requested', attempts: 1 }]);
    await db().execute(sql`drop trigger refuse on portal_links`);
    await backoffOver();
    await runJobs();
    expect(await lookupJobs()).toEqual([]);
    expect((await outboxFor(first.practiceId)).filter((m) => m.to === email)).toHaveLength(1);
    expect((await outboxFor(second.practiceId)).filter((m) => m.to === email)).toHaveLength(1);
  });

  it('the daily prune deletes look-up jobs left failed with a plain address, and keeps failed mails', async () => {
    const { owner } = await setup();
    // A job from before addresses were sealed, failed for good.
    await db().execute(
      sql`select graphile_worker.add_job('portal_link_requested', ${JSON.stringify({ email: 'oud@example.test', next: '/portal' })}::text::json)`,
    );
    await enqueueJob(db(), 'send_mail', {
      practiceId: owner.practiceId,
      mail: { to: 'x@example.test', subject: 's', text: 't', html: 'h' },
    });
    await db().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'gave up'`);
    expect(await queueText()).toContain('oud@example.test');
    expect(await purgeFailedLookupJobs(db())).toBe(1);
    const text = await queueText();
    expect(text).not.toContain('oud@example.test');
    expect(text).toContain('x@example.test'); // a failed mail stays listed for the coach (db/queries/outbox.ts)
  });

  it('the daily prune deletes failed mails about a client erased since, and keeps those about clients who remain', async () => {
    const { owner } = await setup();
    const kept = await seedClient(owner.practiceId, owner.userId, { firstName: 'Blijft', email: 'blijft@example.test' });
    const mailAbout = (clientId: string, to: string) =>
      enqueueJob(db(), 'send_mail', { practiceId: owner.practiceId, clientId, mail: { to, subject: 's', text: 't', html: 'h' } });
    // Erased while a worker held its mail (erasure leaves a held job), which then failed for the last time.
    await mailAbout(randomUUID(), 'gewist@example.test');
    await mailAbout(kept.id, 'blijft@example.test');
    await db().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'gave up'`);
    expect(await purgeFailedMailsOfErasedClients(db())).toBe(1);
    const text = await queueText();
    expect(text).not.toContain('gewist@example.test');
    expect(text).toContain('blijft@example.test');
  });

  it('still runs a job queued with a plain address before sealing existed', async () => {
    const { owner } = await setup();
    await db().execute(
      sql`select graphile_worker.add_job('password_reset_requested', ${JSON.stringify({ email: owner.email })}::text::json)`,
    );
    expect((await outboxFor(owner.practiceId)).map((m) => m.to)).toEqual([owner.email]);
  });
});
