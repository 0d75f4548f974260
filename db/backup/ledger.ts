/**
 * What protects a client survives a restore: a backup taken before a client was erased (GDPR art. 17), a share link
 * ended, a release or a consent withdrawn, would bring that back (the manager's old URL would show the plan again). So a
 * restore reads the ledger (db/queries/restore-ledger.ts) from the databases that know the newest, before anything is
 * emptied, and applies it again to the restored rows in one transaction: the erasures as eraseClient makes them, then the
 * links revoked, the releases withdrawn and the consent withdrawals recorded as the services do it, each with its
 * original time and its line on the client's timeline, plus the entries the restored log lacks, so a backup of the
 * restored database carries them on.
 *
 * It imports the app's queries (marked server-only): scripts load it under the react-server condition (scripts/db-restore.ts).
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Executor } from '@/db/client';
import { deleteClient } from '@/db/queries/client-lifecycle';
import { getClient } from '@/db/queries/clients';
import { deleteClientMails } from '@/db/queries/outbox';
import {
  backdateShareRevocation,
  type ClientErasure,
  closeReleaseAgain,
  insertLedgerEntry,
  insertRestoredTimelineLine,
  type LedgerEntry,
  listLedgerEntries,
  listRevokedShares,
  listWithdrawnConsents,
  listWithdrawnReleases,
  type RevokedShare,
  recordConsentWithdrawalAgain,
  type WithdrawnConsent,
  type WithdrawnRelease,
} from '@/db/queries/restore-ledger';
import { revokeShareRow } from '@/db/queries/shares';
import * as schema from '@/db/schema';

export type { ClientErasure, LedgerEntry };

/** One database's ledger: its entries, and what its rows say of them (exact times, which release, which consent row). */
export type Ledger = {
  entries: LedgerEntry[];
  revokedShares: RevokedShare[];
  withdrawnReleases: WithdrawnRelease[];
  withdrawnConsents: WithdrawnConsent[];
};

/** What a restore applied again: clients erased, links revoked, releases withdrawn, consent withdrawals recorded. */
export type Applied = { erasures: number; sharesEnded: number; releasesWithdrawn: number; consentWithdrawals: number };
export const NOTHING_APPLIED: Applied = { erasures: 0, sharesEnded: 0, releasesWithdrawn: 0, consentWithdrawals: 0 };

const EMPTY: Ledger = { entries: [], revokedShares: [], withdrawnReleases: [], withdrawnConsents: [] };

/** The ledger of one database, read in one snapshot; empty when it has no audit log (a used database of something else). Throws when unreachable. */
export async function readLedger(url: string): Promise<Ledger> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [row] = await sql<{ present: boolean }[]>`select to_regclass('public.audit_log') is not null as present`;
    if (!row?.present) return EMPTY;
    return await drizzle(sql, { schema }).transaction(
      async (tx) => ({
        entries: await listLedgerEntries(tx),
        revokedShares: await listRevokedShares(tx),
        withdrawnReleases: await listWithdrawnReleases(tx),
        withdrawnConsents: await listWithdrawnConsents(tx),
      }),
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Each item once: the first of each key. */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** Several ledgers as one: each entry once (a client's erasure: the earliest entry of it), each row once. */
export function mergeLedgers(ledgers: Ledger[]): Ledger {
  const byTime = (a: LedgerEntry, b: LedgerEntry) => Date.parse(a.createdAt) - Date.parse(b.createdAt);
  const entries = ledgers.flatMap((l) => l.entries).sort(byTime);
  return {
    entries: unique(entries, (e) => (e.action === 'client.erased' ? `erased/${e.practiceId}/${e.entityId}` : `${e.practiceId}/${e.id}`)),
    revokedShares: unique(
      ledgers.flatMap((l) => l.revokedShares),
      (s) => `${s.practiceId}/${s.id}`,
    ),
    withdrawnReleases: unique(
      ledgers.flatMap((l) => l.withdrawnReleases),
      (r) => `${r.practiceId}/${r.id}`,
    ),
    withdrawnConsents: unique(
      ledgers.flatMap((l) => l.withdrawnConsents),
      (c) => `${c.practiceId}/${c.entryId}`,
    ),
  };
}

const of = <A extends LedgerEntry['action']>(entries: LedgerEntry[], action: A) =>
  entries.filter((e): e is LedgerEntry & { action: A } => e.action === action);

/** Erases again every client of the ledger that the database holds, as eraseClient does. How many. */
async function eraseAgain(entries: LedgerEntry[], tx: Executor): Promise<number> {
  let erased = 0;
  for (const entry of of(entries, 'client.erased')) {
    const client = await getClient(entry.practiceId, entry.entityId, tx);
    if (client && (await deleteClient(entry.practiceId, entry.entityId, tx))) {
      // As eraseClient: kept and queued mails do not cascade with the client row.
      await deleteClientMails(entry.practiceId, entry.entityId, client.email, tx);
      erased++;
    }
  }
  return erased;
}

/** Revokes again every link of the ledger the database holds live, at the time it was revoked. How many. */
async function revokeAgain(ledger: Ledger, tx: Executor): Promise<number> {
  const times = new Map(ledger.revokedShares.map((s) => [`${s.practiceId}/${s.id}`, s.revokedAt]));
  let revoked = 0;
  for (const entry of unique(of(ledger.entries, 'plan.share_revoked'), (e) => `${e.practiceId}/${e.entityId}`)) {
    if (!(await revokeShareRow(entry.practiceId, entry.entityId, tx))) continue;
    await backdateShareRevocation(
      entry.practiceId,
      entry.entityId,
      times.get(`${entry.practiceId}/${entry.entityId}`) ?? entry.createdAt,
      tx,
    );
    // As the services wrote it: the coach's own revocation, or links ended by a change (sharesEnded, with its reason).
    const reason = typeof entry.metadata.reason === 'string' ? entry.metadata.reason : null;
    await insertRestoredTimelineLine(entry, { about: 'share', kind: reason ? 'share.revoked_automatically' : 'share.revoked', reason }, tx);
    revoked++;
  }
  return revoked;
}

/**
 * Withdraws again the releases the ledger's withdrawals closed that the database holds open: the very releases its
 * database holds closed (with their time and reason), and, for a release that database no longer holds (a chain of
 * restores), the item's release made before the withdrawal. How many.
 */
async function withdrawAgain(ledger: Ledger, tx: Executor): Promise<number> {
  let withdrawn = 0;
  const entries = of(ledger.entries, 'plan.release_withdrawn');
  const line = (entry: LedgerEntry, reason: string | null) =>
    insertRestoredTimelineLine(entry, { about: 'item', kind: 'plan.release_withdrawn', reason }, tx);
  for (const release of ledger.withdrawnReleases) {
    if (!(await closeReleaseAgain(release.practiceId, release, tx))) continue;
    withdrawn++;
    // Its entry: the item's last withdrawal entry at or before the release was closed (the entry's time is its
    // transaction's start); the timeline line says who withdrew it, when and why.
    const entry = entries.findLast(
      (e) =>
        e.practiceId === release.practiceId && e.entityId === release.itemId && Date.parse(e.createdAt) <= Date.parse(release.withdrawnAt),
    );
    if (entry) await line(entry, typeof entry.metadata.reason === 'string' ? entry.metadata.reason : release.withdrawnBy);
  }
  for (const entry of entries) {
    const reason = typeof entry.metadata.reason === 'string' ? entry.metadata.reason : null;
    const again = { itemId: entry.entityId, releasedBefore: entry.createdAt, withdrawnAt: entry.createdAt, withdrawnBy: reason };
    if (!(await closeReleaseAgain(entry.practiceId, again, tx))) continue;
    withdrawn++;
    await line(entry, reason);
  }
  return withdrawn;
}

/** Records again the consent withdrawals the database's consents lack, with their own id and time. How many. */
async function recordWithdrawalsAgain(ledger: Ledger, tx: Executor): Promise<number> {
  const rows = new Map(ledger.withdrawnConsents.map((c) => [`${c.practiceId}/${c.entryId}`, c]));
  let recorded = 0;
  for (const entry of of(ledger.entries, 'consent.withdrawn')) {
    const written = await recordConsentWithdrawalAgain(entry, rows.get(`${entry.practiceId}/${entry.id}`) ?? null, tx);
    if (!written) continue;
    recorded++;
    await insertRestoredTimelineLine(
      entry,
      { about: 'client', kind: 'consent.withdrawn', consentKind: written.kind, textVersion: written.textVersion },
      tx,
    );
  }
  return recorded;
}

/**
 * Applies the ledger again, in one transaction, to the (restored, migrated) database: erasures first (a link or consent
 * of an erased client is gone with them), then links, releases and consents; then writes the entries its log lacks.
 */
export async function applyLedger(url: string, ledger: Ledger): Promise<Applied> {
  if (ledger.entries.length === 0) return NOTHING_APPLIED;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await drizzle(sql, { schema }).transaction(async (tx) => {
      const applied: Applied = {
        erasures: await eraseAgain(ledger.entries, tx),
        sharesEnded: await revokeAgain(ledger, tx),
        releasesWithdrawn: await withdrawAgain(ledger, tx),
        consentWithdrawals: await recordWithdrawalsAgain(ledger, tx),
      };
      for (const entry of ledger.entries) await insertLedgerEntry(entry, tx);
      return applied;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The ledger as a list an operator can apply by hand (when applying it failed after the restore). */
export function describeLedger(ledger: Ledger): string {
  const ids = (action: LedgerEntry['action']) =>
    of(ledger.entries, action)
      .map((e) => `${e.practiceId}/${e.entityId}`)
      .join(', ') || 'none';
  return (
    `erase these clients (practice/client id): ${ids('client.erased')}; revoke these share links (practice/link id): ` +
    `${ids('plan.share_revoked')}; withdraw the releases of these items released before their withdrawal (practice/item id): ` +
    `${ids('plan.release_withdrawn')}; record the withdrawal of these clients' consents (practice/client id): ${ids('consent.withdrawn')}`
  );
}
