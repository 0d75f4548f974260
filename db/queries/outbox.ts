import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
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

/** Mails kept for an address (an erased client's): they hold the name and messages sent to them. */
export async function deleteOutboxMailsTo(practiceId: string, to: string, ex: Executor = getDb()) {
  await ex.delete(outbox).where(and(eq(outbox.practiceId, practiceId), sql`lower(${outbox.to}) = ${to.trim().toLowerCase()}`));
}
