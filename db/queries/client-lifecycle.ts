import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { type ClientStatus, clients } from '../schema';

type Change = Partial<
  Pick<typeof clients.$inferInsert, 'status' | 'closedOn' | 'closeReason' | 'archivedAt' | 'onSickLeave' | 'sickLeaveSince'>
>;

/**
 * Every lifecycle step is a versioned update: it only applies to the version the coach saw, so two
 * coaches acting at once cannot undo each other. Returns the new version, or null when stale.
 */
async function applyChange(practiceId: string, clientId: string, expectedVersion: number, change: Change, ex: Executor) {
  const [row] = await ex
    .update(clients)
    .set({ ...change, version: sql`${clients.version} + 1`, updatedAt: new Date() })
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId), eq(clients.version, expectedVersion)))
    .returning({ version: clients.version });
  return row ?? null;
}

export function setClientStatus(practiceId: string, clientId: string, version: number, status: ClientStatus, ex: Executor = getDb()) {
  return applyChange(practiceId, clientId, version, { status }, ex);
}

/** `endSickLeave`: closed as "fully back at work", a sick leave still on record ends with it. */
export function closeClient(
  practiceId: string,
  clientId: string,
  version: number,
  closing: { closedOn: string; reason: string; endSickLeave: boolean },
  ex: Executor = getDb(),
) {
  const sickLeave = closing.endSickLeave ? { onSickLeave: false, sickLeaveSince: null } : {};
  return applyChange(
    practiceId,
    clientId,
    version,
    { status: 'closed', closedOn: closing.closedOn, closeReason: closing.reason, ...sickLeave },
    ex,
  );
}

export function reopenClient(practiceId: string, clientId: string, version: number, status: ClientStatus, ex: Executor = getDb()) {
  return applyChange(practiceId, clientId, version, { status, closedOn: null, closeReason: null, archivedAt: null }, ex);
}

export function archiveClient(practiceId: string, clientId: string, version: number, ex: Executor = getDb()) {
  return applyChange(practiceId, clientId, version, { archivedAt: new Date() }, ex);
}

/** Erasure: every table holding this client's data references it with ON DELETE CASCADE. */
export async function deleteClient(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const rows = await ex
    .delete(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .returning({ id: clients.id });
  return rows.length === 1;
}
