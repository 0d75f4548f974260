import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { outbox } from '../schema';

export async function insertOutboxMail(
  practiceId: string,
  mail: { to: string; subject: string; text: string; html: string },
  ex: Executor = getDb(),
) {
  await ex.insert(outbox).values({ practiceId, ...mail });
}

export function listOutbox(practiceId: string, limit = 50, ex: Executor = getDb()) {
  return ex.select().from(outbox).where(eq(outbox.practiceId, practiceId)).orderBy(desc(outbox.createdAt)).limit(limit);
}

/** Mails kept or still queued for an address (an erased client's): they hold the name and messages sent to them. */
export async function deleteOutboxMailsTo(practiceId: string, to: string, ex: Executor = getDb()) {
  await ex.delete(outbox).where(and(eq(outbox.practiceId, practiceId), sql`lower(${outbox.to}) = ${to.trim().toLowerCase()}`));
  await deleteQueuedMailsTo(practiceId, to, ex);
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
  status: 'queued' | 'retrying' | 'failed';
};

/**
 * The practice's mails still in the job queue: waiting, being retried, or failed for good (all attempts
 * used; Graphile Worker keeps those). Sent mails are gone from the queue. Reads the queue's own table
 * because its public `jobs` view has no payload; checked against graphile-worker 0.18 (pinned).
 */
export async function listQueuedMails(practiceId: string, limit = 50, ex: Executor = getDb()): Promise<QueuedMail[]> {
  const rows = await ex.execute<{
    id: string;
    to: string;
    subject: string;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    run_at: string;
    created_at: string;
  }>(sql`
    select j.id::text, j.payload->'mail'->>'to' as "to", j.payload->'mail'->>'subject' as subject, j.attempts, j.max_attempts,
           j.last_error, j.run_at, j.created_at
    from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
    order by j.created_at desc
    limit ${limit}`);
  return [...rows].map((row) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    nextAttemptAt: new Date(row.run_at),
    createdAt: new Date(row.created_at),
    status: row.attempts >= row.max_attempts ? 'failed' : row.attempts > 0 ? 'retrying' : 'queued',
  }));
}

/** Not while a worker holds the job (it is being sent). */
async function deleteQueuedMailsTo(practiceId: string, to: string, ex: Executor = getDb()) {
  await ex.execute(sql`
    delete from graphile_worker._private_jobs j using graphile_worker._private_tasks t
    where t.id = j.task_id and t.identifier = 'send_mail' and j.payload->>'practiceId' = ${practiceId}
      and lower(j.payload->'mail'->>'to') = ${to.trim().toLowerCase()} and j.locked_at is null`);
}
