/**
 * Erasures survive a restore (GDPR art. 17): a backup taken before a client was erased holds that client, so a restore
 * reads the erasure ledger (the `client.erased` audit entries) from the database that knows the newest, before anything
 * is emptied, and applies it again to the restored rows: the same deletes as eraseClient, plus the audit entries the
 * restored log lacks, so a backup of the restored database carries them on.
 *
 * It imports the app's queries (marked server-only): scripts load it under the react-server condition (scripts/db-restore.ts).
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { deleteClient } from '@/db/queries/client-lifecycle';
import { getClient } from '@/db/queries/clients';
import { type ClientErasure, insertClientErasure, listClientErasures } from '@/db/queries/erasure-ledger';
import { deleteClientMails } from '@/db/queries/outbox';
import * as schema from '@/db/schema';

export type { ClientErasure };

/** The ledger of one database; empty when it has no audit log (a used database of something else). Throws when unreachable. */
export async function readErasureLedger(url: string): Promise<ClientErasure[]> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ present: boolean }[]>`select to_regclass('public.audit_log') is not null as present`;
    if (!row?.present) return [];
    return await listClientErasures(drizzle(sql, { schema }));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Several ledgers as one: each client's erasure once (the earliest entry). */
export function mergeLedgers(ledgers: ClientErasure[][]): ClientErasure[] {
  const byClient = new Map<string, ClientErasure>();
  for (const entry of ledgers.flat()) {
    const key = `${entry.practiceId}/${entry.entityId}`;
    const known = byClient.get(key);
    if (!known || Date.parse(entry.createdAt) < Date.parse(known.createdAt)) byClient.set(key, entry);
  }
  return [...byClient.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/**
 * Erases again, in one transaction, every client of the ledger that the (restored, migrated) database holds, and writes
 * the ledger's audit entries it lacks. Returns how many clients were erased again.
 */
export async function applyErasures(url: string, ledger: ClientErasure[]): Promise<number> {
  if (ledger.length === 0) return 0;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await drizzle(sql, { schema }).transaction(async (tx) => {
      let erased = 0;
      for (const entry of ledger) {
        const client = await getClient(entry.practiceId, entry.entityId, tx);
        if (client && (await deleteClient(entry.practiceId, entry.entityId, tx))) {
          // As eraseClient: kept and queued mails do not cascade with the client row.
          await deleteClientMails(entry.practiceId, entry.entityId, client.email, tx);
          erased++;
        }
        await insertClientErasure(entry, tx);
      }
      return erased;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
