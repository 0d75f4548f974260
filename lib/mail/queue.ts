import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { open, seal } from '@/lib/auth/secret-box';

/**
 * The jobs the worker (lib/mail/worker.ts) knows, with their payloads. Graphile Worker keeps them in
 * PostgreSQL (schema `graphile_worker`, installed by db/migrate.ts) and deletes a job once it succeeded.
 */
export type JobPayloads = {
  /** One mail to send (or, without SMTP_URL, to keep in the outbox table); `clientId`: the client it is about. */
  send_mail: {
    practiceId: string;
    clientId?: string;
    /** When the link in it stops working (ISO): "send again" is offered only before then. */
    linkExpiresAt?: string;
    /** The share link or invitation the mail carries, when it has one: whether it still works is read from its row. */
    link?: MailLink;
    /** Only `to` and `subject` once it failed for good with a link in it (redactFailedMails): nothing left to send. */
    mail: { to: string; subject: string; text: string; html: string; replyTo?: string } | StrippedMail;
  };
  /** "Reset my password": the worker looks the email up, so the request takes as long for any address. */
  password_reset_requested: { email: string };
  /** "Send me a portal link": the same, per practice the email is a client of. */
  portal_link_requested: { email: string; next: string };
  /** Tell a share link's contact that the employee shared something new (lib/plans/service.ts, mailUpdateNotice). */
  plan_update_notice: { practiceId: string; shareId: string };
};
export type JobName = keyof JobPayloads;
/**
 * `notice`: the manager's update notice, which carries no link of its own (a dropped one gets its own timeline line).
 * `homework`: the client's mail about one homework (assigned, reminder), moot once it is withdrawn or handed in.
 */
export type MailLink = { kind: 'share' | 'invitation' | 'homework'; id: string; notice?: true };
/** What a failed mail with a link keeps: what the outbox page shows of it, and when its text was dropped. */
export type StrippedMail = { to: string; subject: string; strippedAt: string };

/**
 * How often a job runs before it counts as failed. Between attempts Graphile Worker waits exp(attempt) seconds, at most
 * exp(10) ≈ 6 hours (2.7 s, 7.4 s, 20 s, 55 s … 2.3 h, 6.1 h): a mail is tried for about 34 hours, through an outage of
 * the mail server of a night and a day, before it counts as failed on the outbox page.
 */
export const MAX_ATTEMPTS: Record<JobName, number> = {
  send_mail: 15,
  password_reset_requested: 3,
  portal_link_requested: 3,
  plan_update_notice: 3,
};

/**
 * The look-up jobs carry an address someone typed (a stranger's too). The queue table never holds it in plain text:
 * it is stored sealed (AES-GCM, key from AUTH_SECRET); a look-up job is deleted when it succeeds (Graphile Worker)
 * and when its last attempt fails (lib/mail/worker.ts), and the daily prune removes any failed one left over.
 */
export const LOOKUP_JOBS = ['password_reset_requested', 'portal_link_requested'] as const;
type LookupJob = (typeof LOOKUP_JOBS)[number];
const EMAIL_KEY = 'job-email-v1';

export const isLookupJob = (name: JobName): name is LookupJob => (LOOKUP_JOBS as readonly string[]).includes(name);

function stored<N extends JobName>(name: N, payload: JobPayloads[N]): object {
  if (!isLookupJob(name)) return payload;
  const { email, ...rest } = payload as JobPayloads[LookupJob];
  return { ...rest, sealedEmail: seal(email, EMAIL_KEY) };
}

/**
 * A stored payload back as the task takes it; null when the address cannot be opened (AUTH_SECRET rotated since).
 * A job queued before addresses were sealed still carries `email`.
 */
export function readPayload<N extends JobName>(name: N, raw: unknown): JobPayloads[N] | null {
  if (!isLookupJob(name)) return raw as JobPayloads[N];
  const { sealedEmail, email, ...rest } = (raw ?? {}) as { sealedEmail?: unknown; email?: unknown };
  const plain = typeof sealedEmail === 'string' ? open(sealedEmail, EMAIL_KEY) : typeof email === 'string' ? email : null;
  return plain === null ? null : ({ ...rest, email: plain } as JobPayloads[N]);
}

/**
 * Adds a job in the caller's transaction: it exists once (and only if) that transaction commits, and
 * the worker picks it up right after (Graphile Worker's add_job notifies it on commit), or at `runAt`.
 * A `key` makes it one job: adding it again while it waits changes nothing but its payload and keeps its time
 * (Graphile Worker's job key, mode `preserve_run_at`), so a burst of changes becomes one job.
 */
export async function enqueueJob<N extends JobName>(
  ex: Executor,
  name: N,
  payload: JobPayloads[N],
  options: { runAt?: Date; key?: string } = {},
): Promise<void> {
  const json = JSON.stringify(stored(name, payload));
  const runAt = options.runAt ? options.runAt.toISOString() : null;
  await ex.execute(sql`select graphile_worker.add_job(${name}::text, ${json}::text::json,
    run_at => ${runAt}::timestamptz, max_attempts => ${MAX_ATTEMPTS[name]}::int,
    job_key => ${options.key ?? null}::text, job_key_mode => 'preserve_run_at')`);
}

/** Deletes look-up jobs that failed for good and are not running (Graphile Worker keeps failed jobs otherwise). */
export async function purgeFailedLookupJobs(ex: Executor): Promise<number> {
  const names = sql.join(
    LOOKUP_JOBS.map((name) => sql`${name}`),
    sql`, `,
  );
  const result = await ex.execute(sql`
    delete from graphile_worker._private_jobs as jobs
    using graphile_worker._private_tasks as tasks
    where tasks.id = jobs.task_id and tasks.identifier in (${names})
      and jobs.attempts >= jobs.max_attempts and jobs.locked_at is null`);
  return result.count ?? 0;
}

/**
 * Failed mails about a client who has been erased since: erasure deletes a client's queued mails, but not one a worker
 * held at that moment (it was being sent); should that attempt have been its last, the failed job keeps the erased
 * client's address and subject for the outbox list. The daily prune deletes it.
 */
export async function purgeFailedMailsOfErasedClients(ex: Executor): Promise<number> {
  const result = await ex.execute(sql`
    delete from graphile_worker._private_jobs as j
    using graphile_worker._private_tasks as t
    where t.id = j.task_id and t.identifier = 'send_mail' and j.attempts >= j.max_attempts and j.locked_at is null
      and j.payload->>'clientId' is not null
      and not exists (select 1 from clients c
        where c.practice_id::text = j.payload->>'practiceId' and c.id::text = j.payload->>'clientId')`);
  return result.count ?? 0;
}

/**
 * A link token as the app mails it (lib/urls.ts, linkToken): `<practice uuid>.<secret>`. The secret is 32 random bytes
 * in base64url; 20 characters is what parseLinkToken accepts at least. Case-insensitive (the uuid's hex digits).
 */
const LINK_TOKEN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[.][A-Za-z0-9_-]{20,}';
const LINK_TOKEN_RE = new RegExp(LINK_TOKEN, 'gi');

/** `text` with every link token in it replaced (for an error message that might quote a mail or a query's parameters). */
export function withoutLinkTokens(text: string): string {
  return text.replace(LINK_TOKEN_RE, '[link]');
}

/**
 * A mail whose recipient address was refused for good (lib/mail/refusal.ts): its attempts end with this one, so that
 * it counts as failed (attempts >= max_attempts) once the worker lets go of it, instead of being retried for 34 hours.
 * The lowered `max_attempts` is how the outbox page tells it apart; "send again" gives the full count back.
 */
export async function endMailAttempts(ex: Executor, jobId: string): Promise<void> {
  await ex.execute(sql`update graphile_worker._private_jobs set max_attempts = attempts where id = ${jobId}::bigint`);
}

/**
 * Mails that failed for good (every attempt used; Graphile Worker keeps the job, and the owner's outbox page lists it as
 * failed) lose their text when it carries a link: a portal sign-in link, reset link, invitation or share link works for
 * whoever reads it, and the queue's tables are in the database and in every pg_dump of it. What stays is what the
 * outbox page and the client's erasure read (practice, client, link kind and id, its expiry, address, subject), and the
 * job's last error (without link tokens); such a mail cannot be sent again (db/queries/outbox.ts). A mail carries a link when its sender
 * named when the link stops working (`linkExpiresAt`, lib/mail/transport.ts: every mail with a secret link does), or
 * when its text or html holds a link token all the same. A mail without one (a notice) is kept whole: it can be sent again.
 *
 * The worker does this on a mail's last failed attempt (lib/mail/worker.ts), for `jobId`; the daily prune does it for all
 * (a worker that died during the last attempt, mails that failed before this was done, a restored backup). A mail still
 * being retried is left alone: its next attempt sends it. Returns how many mails lost their text.
 */
export async function redactFailedMails(ex: Executor, jobId?: string): Promise<number> {
  const result = await ex.execute(sql`
    update graphile_worker._private_jobs as j
    set payload = json_strip_nulls(json_build_object(
      'practiceId', j.payload->'practiceId',
      'clientId', j.payload->'clientId',
      'linkExpiresAt', j.payload->'linkExpiresAt',
      'link', j.payload->'link',
      'mail', json_build_object('to', j.payload->'mail'->'to', 'subject', j.payload->'mail'->'subject', 'strippedAt', now()))),
      -- An error kept from before the worker cleaned its errors (lib/mail/worker.ts, jobError): Drizzle's quoted the mail.
      last_error = case when j.last_error like 'Failed query:%' then 'DrizzleQueryError'
        else regexp_replace(j.last_error, ${LINK_TOKEN}, '[link]', 'gi') end
    from graphile_worker._private_tasks as t
    where t.id = j.task_id and t.identifier = 'send_mail' and j.attempts >= j.max_attempts
      and (j.payload->'mail'->>'text' is not null or j.payload->'mail'->>'html' is not null)
      and (j.payload->>'linkExpiresAt' is not null
        or concat(j.payload->'mail'->>'text', ' ', j.payload->'mail'->>'html') ~* ${LINK_TOKEN})
      ${jobId === undefined ? sql`` : sql`and j.id = ${jobId}::bigint`}`);
  return result.count ?? 0;
}
