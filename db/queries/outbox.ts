import 'server-only';
import { desc, eq } from 'drizzle-orm';
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
