import 'server-only';
import { sql } from 'drizzle-orm';
import { Logger, type Runner, run, runOnce, type Task, type TaskList } from 'graphile-worker';
import { databaseUrl, getDb } from '@/db/client';
import { mailLinkWorks } from '@/db/queries/outbox';
import { handlePasswordResetRequested } from '@/lib/accounts/service';
import { RETENTION_REMINDER_CRONTAB, remindOwnersOfDueErasures } from '@/lib/caseload/retention-reminder';
import { logError, safeErrorFields } from '@/lib/log';
import { mailUpdateNotice } from '@/lib/plans/update-notice';
import { handlePortalLinkRequested } from '@/lib/portal/link-requests';
import { PRUNE_CRONTAB, pruneExpired } from '@/lib/security/prune';
import {
  endMailAttempts,
  isLookupJob,
  type JobName,
  type JobPayloads,
  type MailLink,
  purgeFailedLookupJobs,
  purgeFailedMailsOfErasedClients,
  readPayload,
  redactFailedMails,
  withoutLinkTokens,
} from './queue';
import { isAddressRefused } from './refusal';
import { sendMail } from './send';
import { recordDroppedShareMail, recordFailedClientMail } from './service';

/**
 * The worker for the job queue (Graphile Worker on the app's own PostgreSQL). The launcher
 * (scripts/app.ts) runs one beside every app server; with several instances each runs one, and the
 * queue's row locking (FOR UPDATE SKIP LOCKED) gives every job to exactly one of them. A task that
 * throws is retried with exponential backoff up to its MAX_ATTEMPTS (lib/mail/queue.ts).
 */
const task =
  <N extends JobName>(name: N, handle: (payload: JobPayloads[N]) => Promise<void>): Task =>
  async (raw, helpers) => {
    const payload = readPayload(name, raw);
    // A sealed address this server can no longer open (AUTH_SECRET rotated): nothing can be done with it.
    if (payload === null) return;
    try {
      await handle(payload);
    } catch (error) {
      // An address the recipient's mail server refuses for good (a typo): no 34 hours of retries that hide it.
      const refused = name === 'send_mail' && isAddressRefused(error);
      const last = refused || helpers.job.attempts >= helpers.job.max_attempts;
      // A look-up's last attempt: log it and let the job end, so its row (with the address) is deleted, not kept as failed.
      if (isLookupJob(name) && last) {
        logError(`job ${name}`, error);
        return;
      }
      // A mail's last attempt: it stays listed as failed, without the link it carries (lib/mail/queue.ts). Should this
      // not work now, the daily prune does it.
      if (name === 'send_mail' && last) {
        if (refused) await endMailAttempts(getDb(), helpers.job.id).catch((e) => logError('job send_mail', e));
        await redactFailedMails(getDb(), helpers.job.id).catch((e) => logError('job send_mail', e));
        // The client's timeline says the mail about them did not arrive (the coach may not see the outbox).
        const { practiceId, clientId, link } = payload as JobPayloads['send_mail'];
        if (clientId) await recordFailedClientMail(practiceId, clientId, link, refused).catch((e) => logError('job send_mail', e));
      }
      throw jobError(error);
    }
  };

/**
 * What a failed attempt leaves in the job's `last_error` (shown on the outbox page) and in the worker's log line. A
 * database error by its class and code only: Drizzle's message holds the query's parameters, which for the outbox insert
 * are the whole mail, link and all (and for a look-up, the address it keeps sealed). Any other error by its message
 * (the mail server's answer), without link tokens.
 */
function jobError(error: unknown): Error {
  const fields = safeErrorFields(error);
  const details = [fields.code, fields.constraint, fields.table].filter(Boolean).join(', ');
  return new Error(withoutLinkTokens(fields.message ?? (details ? `${fields.error} (${details})` : fields.error)));
}

/**
 * Whether a mail that is only its link (a password reset, a portal sign-in link: no named `link`) has outlived it
 * (`linkExpiresAt`). A mail with a named link is judged by that link's row below; a homework mail goes out after its
 * half-hour sign-in link ran out too: it tells the client of the homework, and how to ask for a new link.
 */
function linkExpired(linkExpiresAt: string | undefined, link: MailLink | undefined, now = Date.now()): boolean {
  if (!linkExpiresAt || link) return false;
  const expiresAt = Date.parse(linkExpiresAt);
  return !Number.isNaN(expiresAt) && expiresAt <= now;
}

export const taskList: TaskList = {
  send_mail: task('send_mail', async ({ practiceId, clientId, linkExpiresAt, link, mail }) => {
    // Failed for good and stripped of its text (lib/mail/queue.ts): there is nothing to send. "Send again" refuses such a
    // mail (db/queries/outbox.ts); this is for one put back in the queue some other way.
    if (!('text' in mail)) return;
    // A link that ran out while the mail waited (a mail server down for the night: the queue retries for about 34 hours),
    // such as a password reset's (one hour) or a portal sign-in link's (30 minutes): the mail is dropped, not sent with a
    // dead link and "valid for one hour" in it. Its recipient asks for a new one. A share link's or invitation's own row
    // says whether it works (a renewed share link works past the date in the mail): that is read below.
    if (linkExpired(linkExpiresAt, link)) return;
    // A share link revoked (by the coach, or with the client's consent) or an invitation replaced while the mail waited:
    // the mail is dropped, so a manager is not told of a coaching the client no longer shares. So is a client's mail
    // about a homework withdrawn or handed in meanwhile (its link would land on "this homework is gone").
    if (link && !(await mailLinkWorks(practiceId, link))) {
      // The timeline said the link, or an update notice, was mailed: it now says the mail did not go.
      if (link.kind === 'share' && clientId) await recordDroppedShareMail(practiceId, clientId, link.id, link.notice === true);
      return;
    }
    await sendMail(practiceId, mail, clientId ?? null);
  }),
  password_reset_requested: task('password_reset_requested', ({ email }) => handlePasswordResetRequested(email)),
  portal_link_requested: task('portal_link_requested', ({ email, next }) => handlePortalLinkRequested(email, next)),
  plan_update_notice: task('plan_update_notice', mailUpdateNotice),
  // Daily (PRUNE_CRONTAB): expired links, sessions, reset tokens and limiter rows, IP addresses of old audit entries,
  // look-up jobs that failed for good (from before they were dropped on their last attempt), failed mails about a client
  // erased since, and the links of mails that failed for good and still have them (see redactFailedMails). One instance runs it per day (the cron lock).
  // Weekly (RETENTION_REMINDER_CRONTAB): owners hear how many closed records are past the retention period.
  retention_reminder: async () => {
    await remindOwnersOfDueErasures();
  },
  prune_expired: async () => {
    await pruneExpired();
    await purgeFailedLookupJobs(getDb());
    await purgeFailedMailsOfErasedClients(getDb());
    await redactFailedMails(getDb());
  },
};

// Graphile Worker logs job ids, task names and error messages, never payloads (no mail text in the logs).
const quiet = new Logger(() => () => {});
const warningsOnly = new Logger((scope) => (level, message) => {
  if (level === 'error' || level === 'warning') console.warn(`[worker] ${message}`, scope.jobId ? `(job ${scope.jobId})` : '');
});

/** Starts the worker; resolve `stop()` before closing the database. */
export async function startMailWorker(connectionString = databaseUrl()): Promise<Runner> {
  return run({
    connectionString,
    taskList,
    crontab: PRUNE_CRONTAB + RETENTION_REMINDER_CRONTAB,
    concurrency: 2,
    pollInterval: 2_000,
    // The launcher handles SIGINT/SIGTERM itself: stop the worker, then Next.js, then PostgreSQL.
    noHandleSignals: true,
    logger: process.env.VITEST ? quiet : warningsOnly,
  });
}

/**
 * Runs every job that is due now, then returns (integration tests; nothing in between is waited for). Graphile Worker's
 * `runOnce` resolves without awaiting the statement that records a job's outcome (worker.js calls failJob and completeJob
 * without await), so on a busy machine a job could still be locked ("sending") when it returned and be skipped by the
 * next run (seen once in CI): this waits, at most five seconds, until no job is held.
 */
export async function runMailJobsOnce(connectionString = databaseUrl()): Promise<void> {
  await runOnce({ connectionString, taskList, noHandleSignals: true, logger: quiet });
  const db = connectionString === databaseUrl() ? getDb() : null;
  for (let waited = 0; db && waited < 5_000; waited += 20) {
    const held = await db.execute(sql`select 1 from graphile_worker._private_jobs where locked_at is not null limit 1`);
    if (held.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
