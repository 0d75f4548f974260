import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients } from '../schema';

/** Whether the client is on sick leave, and since when: the intake then asks about the last period worked. */
export async function findSickLeave(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ onSickLeave: clients.onSickLeave, sickLeaveSince: clients.sickLeaveSince })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}
