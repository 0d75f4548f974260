import 'server-only';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { MAX_ATTEMPTS, type MailLink } from '@/lib/mail/queue';
import { type Executor, getDb } from '../client';
import { outbox } from '../schema';
import { consentGivenSql } from './consents';

/**
 * Keeps a mail; one about a client only while that client exists (true when kept). The check locks the client row
 * (key share), so an erasure in progress is waited for, and its mail is then not kept.
 */
export async function insertOutboxMail(
  practiceId: string,
  mail: { to: string; subject: string; text: string; html: string },
  clientId: string | null = null,
  ex: Executor = getDb(),
): Promise<boolean> {
  if (!clientId) {
    await ex.insert(outbox).values({ practiceId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    return true;
  }
  const rows = await ex.execute(sql`
    insert into outbox (practice_id, "to", subject, text, html, client_id)
    select ${practiceId}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html}, ${clientId}
    where exists (select 1 from clients where practice_id = ${practiceId} and id = ${clientId} for key share)
    returning id`);
  return rows.length > 0;
}

export function listOutbox(practiceId: string, limit = 50, ex: Executor = getDb()) {
  return ex.select().from(outbox).where(eq(outbox.practiceId, practiceId)).orderBy(desc(outbox.createdAt)).limit(limit);
}

/**
 * Mails kept or still queued about an erased client: by the client they are about (also to an address they no longer
 * have, or to their manager), and by their address those that name no client (mails from before mails named their
 * client). A mail to the same address that names another client is that client's (to them as manager, say): it stays.
 */
export async function deleteClientMails(practiceId: string, clientId: string, to: string, ex: Executor = getDb()) {
  const address = to.trim().toLowerCase();
  await ex
    .delete(outbox)
    .where(
      and(
        eq(outbox.practiceId, practiceId),
        sql`(${outbox.clientId} = ${clientId} or (${outbox.clientId} is null and lower(${outbox.to}) = ${address}))`,
      ),
    );
  await deleteQueuedMails(practiceId, clientId, address, ex);
}

/**
 * Whether a mail's link no longer works. A share link or invitation is read as it stands now (a renewed share link works
 * again; a revoked, replaced or accepted one does not, nor a share link ended with the client's consent); any other
 * link by the time the mail carries, except a homework's mail: it goes out after its half-hour sign-in link ran out too
 * (lib/mail/worker.ts, as the outbox page must say), but not once the homework is withdrawn or handed in, the
 * client's trajectory closed or record archived, or their coaching agreement withdrawn (no homework is assigned then
 * either: lib/homework/service.ts, requireOpenTrajectory). The ids in a payload are the app's own uuids.
 */
function linkDead(practiceId: SQL, kind: SQL, id: SQL, expiresAt: SQL): SQL {
  return sql`case ${kind}
  when 'share' then not exists (
    select 1 from plan_shares s
    where s.practice_id = ${practiceId} and s.id = ${id} and s.revoked_at is null and s.expires_at > now())
  when 'invitation' then not exists (
    select 1 from invitations i
    where i.practice_id = ${practiceId} and i.id = ${id} and i.revoked_at is null and i.accepted_at is null and i.expires_at > now())
  when 'homework' then not exists (
    select 1 from homework h join clients c on c.practice_id = h.practice_id and c.id = h.client_id
    where h.practice_id = ${practiceId} and h.id = ${id} and h.status <> 'submitted'
      and c.status <> 'closed' and c.archived_at is null
      and ${consentGivenSql('coaching_agreement', sql`h.practice_id`, sql`h.client_id`)})
  else coalesce(${expiresAt} <= now(), false)
end`;
}

/**
 * The same for the queued mail `j`; also true when the mail no longer has its text: one with a link that failed for good
 * keeps only its address and subject (redactFailedMails in lib/mail/queue.ts), so it cannot be sent again.
 */
const jobLinkDead = sql`(j.payload->'mail'->>'text' is null or ${linkDead(
  sql.raw(`(j.payload->>'practiceId')::uuid`),
  sql.raw(`j.payload->'link'->>'kind'`),
  sql.raw(`(j.payload->'link'->>'id')::uuid`),
  sql.raw(`(j.payload->>'linkExpiresAt')::timestamptz`),
)})`;

/** Whether the share link or invitation a mail is about to carry still works (the worker drops the mail if not). */
export async function mailLinkWorks(practiceId: string, link: MailLink, ex: Executor = getDb()): Promise<boolean> {
  const [row] = await ex.execute<{ dead: boolean }>(
    sql`select ${linkDead(sql`${practiceId}::uuid`, sql`${link.kind}::text`, sql`${link.id}::uuid`, sql`null::timestamptz`)} as dead`,
  );
  return row?.dead === false;
}

export type QueuedMail = {
  id: string;
  to: string;
  subject: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  /**
   * `sending`: a worker holds the job right now (locked_at). Graphile Worker counts the attempt when it takes the job, so
   * `attempts` already includes this one: without it a last attempt in progress would read as failed for good, a first
   * one as retried with a next attempt in the past. A lock older than 4 hours is a worker that died with it: Graphile
   * Worker takes such a job up again then, so it reads as what its attempts say.
   */
  status: 'queued' | 'sending' | 'retrying' | 'failed';
  /**
   * The link in it no longer works (expired, revoked, replaced or used), or the mail failed for good and was stripped of
   * its link (lib/mail/queue.ts, redactFailedMails): sending it again would not help, a new mail is needed.
   */
  linkExpired: boolean;
  /** Failed for good with a link in it: its text was dropped (redactFailedMails), whether or not the link still works. */
  stripped: boolean;
  /** Failed because the recipient's mail server refused the address (lib/mail/queue.ts, endMailAttempts), not retried. */
  addressRefused: boolean;
};

/**
 * The practice's mails still in the job queue: waiting, being retried, or failed for good (all attempts
 * used; Graphile Worker keeps those). Sent mails are gone from the queue. Reads the queue's own table
 * because its public `jobs` view has no payload; checked against graphile-worker 0.18 (pinned).
 */
export async function listQueuedMails(practiceId: string, limit = 50, ex: Executor = getDb()): Promise<QueuedMail[]> {
  return (await queuedMailsWithTotal(practiceId, limit, ex)).mails;
}

/** The newest `limit` of listQueuedMails, and how many there are in all (the page says when it shows fewer). */
export async function queuedMailsWithTotal(
  practiceId: string,
  limit = 50,
  ex: Executor = getDb(),
): Promise<{ mails: QueuedMail[]; total: number }> {
  const rows = await ex.execute<{
    total: number;
    id: string;
    to: string;
    subject: string;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    run_at: string;
    created_at: string;
    link_expired: boolean;
    stripped: boolean;
    sending: boolean;
  }>(sql`
    select j.id::text, j.payload->'mail'->>'to' as "to", j.payload->'mail'->>'subject' as subject, j.attempts, j.max_attempts,
           j.last_error, j.run_at, j.created_at, coalesce(j.locked_at > now() - interval '4 hours', false) as sending,
           ${jobLinkDead} as link_expired, j.payload->'mail'->>'strippedAt' is not null as stripped,
           (count(*) over ())::int as total
    from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
    order by j.created_at desc
    limit ${limit}`);
  const mails = [...rows].map(
    (row): QueuedMail => ({
      id: row.id,
      to: row.to,
      subject: row.subject,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
      lastError: row.last_error,
      nextAttemptAt: new Date(row.run_at),
      createdAt: new Date(row.created_at),
      status: row.sending ? 'sending' : row.attempts >= row.max_attempts ? 'failed' : row.attempts > 0 ? 'retrying' : 'queued',
      linkExpired: row.link_expired,
      stripped: row.stripped,
      addressRefused: !row.sending && row.attempts >= row.max_attempts && row.max_attempts < MAX_ATTEMPTS.send_mail,
    }),
  );
  return { mails, total: rows[0]?.total ?? 0 };
}

/**
 * A mail of this practice that failed for good gets its attempts back (all of them, also when its address was refused at
 * once: lib/mail/queue.ts, endMailAttempts) and is due at once (Graphile Worker's own
 * reschedule_jobs; a job a worker holds is left alone), unless the link in it no longer works or was stripped from it
 * (jobLinkDead). True when it was such a mail; its job id stays the same.
 */
export async function rescheduleFailedMail(practiceId: string, jobId: string, ex: Executor = getDb()): Promise<boolean> {
  const rows = await ex.execute(sql`
    select id from graphile_worker.reschedule_jobs(
      array(
        select j.id from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
        where j.id = ${jobId}::bigint and t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
          and j.attempts >= j.max_attempts and j.locked_at is null
          and not ${jobLinkDead}
        for update of j),
      run_at => now(), attempts => 0, max_attempts => ${MAX_ATTEMPTS.send_mail}::int)`);
  return rows.length > 0;
}

/**
 * A client's new email address: their own mails still queued for the old one are not sent there (the address may have
 * been a typo, someone else's). A share link's mail or update notice names the client too but goes to their manager,
 * whose address this is not about (even should the client's old address have been the manager's): it stays. Their
 * sign-in links were ended with the address (endPortalSessions); the client finds their homework when signing in with
 * the new one. A job a worker holds right now is not deleted (as with an erasure); it is being sent.
 */
export async function deleteQueuedMailsToOldAddress(practiceId: string, clientId: string, oldAddress: string, ex: Executor) {
  await ex.execute(sql`
    delete from graphile_worker._private_jobs j using graphile_worker._private_tasks t
    where t.id = j.task_id and t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
      and j.payload->>'clientId' = ${clientId} and lower(j.payload->'mail'->>'to') = ${oldAddress.trim().toLowerCase()}
      and coalesce(j.payload->'link'->>'kind', '') <> 'share'
      and j.locked_at is null`);
}

/**
 * Not while a worker holds the job (it is being sent): that one finds the client gone (lib/mail/send.ts). By address only
 * a job without `clientId` (absent, or JSON null: `->>` gives null for both).
 */
async function deleteQueuedMails(practiceId: string, clientId: string, address: string, ex: Executor = getDb()) {
  await ex.execute(sql`
    delete from graphile_worker._private_jobs j using graphile_worker._private_tasks t
    where t.id = j.task_id and t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
      and (j.payload->>'clientId' = ${clientId} or (j.payload->>'clientId' is null and lower(j.payload->'mail'->>'to') = ${address}))
      and j.locked_at is null`);
}
