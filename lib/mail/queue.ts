import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';

/**
 * The jobs the worker (lib/mail/worker.ts) knows, with their payloads. Graphile Worker keeps them in
 * PostgreSQL (schema `graphile_worker`, installed by db/migrate.ts) and deletes a job once it succeeded.
 */
export type JobPayloads = {
  /** One mail to send (or, without SMTP_URL, to keep in the outbox table). */
  send_mail: { practiceId: string; mail: { to: string; subject: string; text: string; html: string } };
  /** "Reset my password": the worker looks the email up, so the request takes as long for any address. */
  password_reset_requested: { email: string };
  /** "Send me a portal link": the same, per practice the email is a client of. */
  portal_link_requested: { email: string; next: string };
};
export type JobName = keyof JobPayloads;

/** How often a job runs before it counts as failed; between attempts Graphile Worker waits exp(attempt) seconds (2.7 s, 7.4 s, 20 s, 55 s). */
export const MAX_ATTEMPTS: Record<JobName, number> = { send_mail: 5, password_reset_requested: 3, portal_link_requested: 3 };

/**
 * Adds a job in the caller's transaction: it exists once (and only if) that transaction commits, and
 * the worker picks it up right after (Graphile Worker's add_job notifies it on commit).
 */
export async function enqueueJob<N extends JobName>(ex: Executor, name: N, payload: JobPayloads[N]): Promise<void> {
  await ex.execute(
    sql`select graphile_worker.add_job(${name}::text, ${JSON.stringify(payload)}::text::json, max_attempts => ${MAX_ATTEMPTS[name]}::int)`,
  );
}
