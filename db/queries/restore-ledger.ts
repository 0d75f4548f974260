import 'server-only';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import type { ConsentKind } from '@/lib/caseload/constants';
import type { Executor } from '../client';
import { auditLog, consents, planItems, planReleases, planShares, practices, timelineEvents } from '../schema';
import { consentGivenSql } from './consents';

/**
 * The ledger a restore applies again (db/backup/ledger.ts): the changes that protect a client and that a backup taken
 * before them would undo. Each is an audit entry, which outlives the rows it is about (a chain of restores carries it on):
 * - `client.erased` (lib/caseload/service.ts eraseClient, GDPR art. 17): the client and all about them deleted;
 * - `plan.share_revoked`: a share link ended (by the coach, or with the consent, the employer, the manager, the trajectory);
 * - `plan.release_withdrawn`: an item's release withdrawn (by the client or coach, or with the consent or the employer);
 * - `consent.withdrawn`: a consent withdrawn (lib/caseload/service.ts recordConsent).
 * Read across practices on purpose: maintenance of the whole database, not a request of anyone (like lib/security/prune.ts).
 * Named columns only (no `seq`): the ledger may be read from a database of an older version of the app.
 */
export const LEDGER_ACTIONS = {
  'client.erased': 'client',
  'plan.share_revoked': 'plan_share',
  'plan.release_withdrawn': 'plan_item',
  'consent.withdrawn': 'client',
} as const;
export type LedgerAction = keyof typeof LEDGER_ACTIONS;
const CLIENT_ERASED = 'client.erased';

/** One entry as the audit log holds it; `createdAt` as PostgreSQL's text, so the microseconds survive a copy. */
export type LedgerEntry = {
  practiceId: string;
  id: string;
  actorUserId: string | null;
  actorKind: string;
  action: LedgerAction;
  entityType: string;
  entityId: string;
  metadata: Record<string, unknown>;
  ip: string | null;
  createdAt: string;
};
export type ClientErasure = LedgerEntry & { action: 'client.erased' };

/** When a revoked link of the ledger was revoked, as its row says (the entry's time is its transaction's start). */
export type RevokedShare = { practiceId: string; id: string; revokedAt: string };
/** A closed release of an item the ledger withdrew a release of: which release it was, when and why it was closed. */
export type WithdrawnRelease = { practiceId: string; id: string; itemId: string; withdrawnAt: string; withdrawnBy: string | null };
/** The consent row a `consent.withdrawn` entry (`entryId`) recorded, as it was written. */
export type WithdrawnConsent = {
  practiceId: string;
  entryId: string;
  id: string;
  clientId: string;
  kind: string;
  textVersion: string;
  recordedBy: string | null;
  recordedByKind: 'coach' | 'client';
  note: string;
  createdAt: string;
};

const isLedgerEntry = or(
  ...Object.entries(LEDGER_ACTIONS).map(([action, entityType]) => and(eq(auditLog.action, action), eq(auditLog.entityType, entityType))),
);

/** Every practice's ledger entries, oldest first. */
export async function listLedgerEntries(ex: Executor): Promise<LedgerEntry[]> {
  const rows = await ex
    .select({
      practiceId: auditLog.practiceId,
      id: auditLog.id,
      actorUserId: auditLog.actorUserId,
      actorKind: auditLog.actorKind,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      metadata: auditLog.metadata,
      ip: auditLog.ip,
      createdAt: sql<string>`${auditLog.createdAt}::text`,
    })
    .from(auditLog)
    .where(and(isLedgerEntry, sql`${auditLog.entityId} is not null`))
    .orderBy(asc(auditLog.createdAt));
  return rows.map((r) => ({ ...r, action: r.action as LedgerAction, entityType: r.entityType!, entityId: r.entityId! }));
}

/** An entry of this action about the row: `practice` and `entity` the row's columns. */
const entryAbout = (action: LedgerAction, practice: unknown, entity: unknown) =>
  sql`exists (select 1 from ${auditLog} a where a.practice_id = ${practice} and a.action = ${action}
    and a.entity_type = ${LEDGER_ACTIONS[action]} and a.entity_id = ${entity})`;

/** The revocation times of the ledger's links that this database still holds. */
export async function listRevokedShares(ex: Executor): Promise<RevokedShare[]> {
  return ex
    .select({ practiceId: planShares.practiceId, id: planShares.id, revokedAt: sql<string>`${planShares.revokedAt}::text` })
    .from(planShares)
    .where(and(sql`${planShares.revokedAt} is not null`, entryAbout('plan.share_revoked', planShares.practiceId, planShares.id)));
}

/** The closed releases of the items the ledger withdrew a release of. */
export async function listWithdrawnReleases(ex: Executor): Promise<WithdrawnRelease[]> {
  return ex
    .select({
      practiceId: planReleases.practiceId,
      id: planReleases.id,
      itemId: planReleases.itemId,
      withdrawnAt: sql<string>`${planReleases.withdrawnAt}::text`,
      withdrawnBy: planReleases.withdrawnBy,
    })
    .from(planReleases)
    .where(
      and(sql`${planReleases.withdrawnAt} is not null`, entryAbout('plan.release_withdrawn', planReleases.practiceId, planReleases.itemId)),
    );
}

/**
 * For each `consent.withdrawn` entry, the withdrawal row it recorded: written in the entry's transaction (so not before
 * the entry's time, the transaction's start), the first withdrawal of that client's consent of that kind since.
 */
export async function listWithdrawnConsents(ex: Executor): Promise<WithdrawnConsent[]> {
  const rows = await ex.execute<WithdrawnConsent>(sql`
    select a.practice_id as "practiceId", a.id as "entryId", c.id, c.client_id as "clientId", c.kind, c.text_version as "textVersion",
      c.recorded_by as "recordedBy", c.recorded_by_kind as "recordedByKind", c.note, c.created_at::text as "createdAt"
    from ${auditLog} a
    join lateral (select * from ${consents} c
      where c.practice_id = a.practice_id and c.client_id = a.entity_id and c.kind = a.metadata->>'kind' and c.action = 'withdrawn'
        and c.created_at >= a.created_at
      order by c.created_at, c.id limit 1) c on true
    where a.action = 'consent.withdrawn' and a.entity_type = 'client'`);
  return [...rows];
}

/**
 * Writes a ledger entry as it was (id, time, actor) unless this practice's log already holds it (a client's erasure: any
 * entry of it), or the practice is not in this database (a practice made after the backup: nothing of it came back). True
 * when written.
 */
export async function insertLedgerEntry(entry: LedgerEntry, ex: Executor): Promise<boolean> {
  const erasureKnown =
    entry.action === CLIENT_ERASED
      ? sql`and not exists (select 1 from ${auditLog} a where a.practice_id = ${entry.practiceId}::uuid and a.action = ${CLIENT_ERASED}
          and a.entity_type = 'client' and a.entity_id = ${entry.entityId}::uuid)`
      : sql``;
  const result = await ex.execute(sql`
    insert into ${auditLog} (practice_id, id, actor_user_id, actor_kind, action, entity_type, entity_id, metadata, ip, created_at)
    select ${entry.practiceId}::uuid, ${entry.id}::uuid, ${entry.actorUserId}::uuid, ${entry.actorKind}, ${entry.action},
      ${entry.entityType}, ${entry.entityId}::uuid, ${JSON.stringify(entry.metadata)}::jsonb, ${entry.ip}, ${entry.createdAt}::timestamptz
    where exists (select 1 from ${practices} p where p.id = ${entry.practiceId}::uuid) ${erasureKnown}
    on conflict do nothing`);
  return (result.count ?? 0) > 0;
}

/** Sets a revoked link's `revoked_at` to when it was revoked first (after revokeShareRow, which stamps the present). */
export async function backdateShareRevocation(practiceId: string, shareId: string, revokedAt: string, ex: Executor): Promise<void> {
  await ex
    .update(planShares)
    .set({ revokedAt: sql`${revokedAt}::timestamptz` })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)));
}

/**
 * Closes a release again as withdrawRelease closed it (`withdrawn_at` and `withdrawn_by` on the open row, nothing else),
 * with its original time and reason: this release (`id`), or else the item's open release if it was released before the
 * withdrawal (`releasedBefore`: a release made later is a new one, which the withdrawal did not close). Whether one was.
 */
export async function closeReleaseAgain(
  practiceId: string,
  release: { itemId: string; id?: string; releasedBefore?: string; withdrawnAt: string; withdrawnBy: string | null },
  ex: Executor,
): Promise<boolean> {
  const rows = await ex
    .update(planReleases)
    .set({
      withdrawnAt: sql`${release.withdrawnAt}::timestamptz`,
      withdrawnBy: sql`${release.withdrawnBy}`,
    })
    .where(
      and(
        eq(planReleases.practiceId, practiceId),
        eq(planReleases.itemId, release.itemId),
        sql`${planReleases.withdrawnAt} is null`,
        release.id ? eq(planReleases.id, release.id) : undefined,
        release.releasedBefore ? sql`${planReleases.releasedAt} < ${release.releasedBefore}::timestamptz` : undefined,
      ),
    )
    .returning({ id: planReleases.id });
  return rows.length > 0;
}

/**
 * Records a consent's withdrawal again as recordConsent recorded it (a new row, append-only), with its own id and time,
 * when the consent reads given here and nothing of that kind was recorded at or after that time (a backup taken after
 * the withdrawal holds it, or what came after it). `row` null: the ledger's database no longer holds the row (a chain
 * of restores), so it is recorded from the entry (who, when) with the text version recordConsent records. What was
 * written (kind, text version), or null.
 */
export async function recordConsentWithdrawalAgain(
  entry: LedgerEntry & { action: 'consent.withdrawn' },
  row: WithdrawnConsent | null,
  ex: Executor,
): Promise<{ kind: ConsentKind; textVersion: string } | null> {
  const kind = (row?.kind ?? entry.metadata.kind) as ConsentKind;
  if (!(kind in CONSENT_TEXT_VERSIONS)) return null;
  const textVersion = row?.textVersion ?? CONSENT_TEXT_VERSIONS[kind];
  const practiceId = sql`${entry.practiceId}::uuid`;
  const clientId = sql`${entry.entityId}::uuid`;
  const at = row?.createdAt ?? entry.createdAt;
  const recordedByKind = row?.recordedByKind ?? (entry.actorKind === 'client' ? 'client' : 'coach');
  const result = await ex.execute(sql`
    insert into ${consents} (practice_id, id, client_id, kind, action, text_version, recorded_by, recorded_by_kind, note, created_at)
    select ${practiceId}, coalesce(${row?.id ?? null}::uuid, gen_random_uuid()), ${clientId}, ${kind}, 'withdrawn',
      ${textVersion}, ${row ? row.recordedBy : entry.actorUserId}::uuid, ${recordedByKind},
      ${row?.note ?? ''}, ${at}::timestamptz
    where ${consentGivenSql(kind, practiceId, clientId)}
      and not exists (select 1 from ${consents} c where c.practice_id = ${practiceId} and c.client_id = ${clientId}
        and c.kind = ${kind} and c.created_at >= ${at}::timestamptz)
    on conflict do nothing`);
  return (result.count ?? 0) > 0 ? { kind, textVersion } : null;
}

/**
 * The client's timeline line of a change the ledger applied again, as the service wrote it (kind, data, who), at the
 * change's own time: the restored timeline otherwise showed a consent as given, or an item as shared, after its state
 * said otherwise. The client comes from the row the change is about (`about`); nothing when that row is gone.
 */
export async function insertRestoredTimelineLine(
  entry: LedgerEntry,
  line:
    | { about: 'share'; kind: 'share.revoked' | 'share.revoked_automatically'; reason: string | null }
    | { about: 'item'; kind: 'plan.release_withdrawn'; reason: string | null }
    | { about: 'client'; kind: 'consent.withdrawn'; consentKind: string; textVersion: string },
  ex: Executor,
): Promise<void> {
  const head = sql`${entry.practiceId}::uuid, gen_random_uuid()`;
  const actor = sql`${entry.actorUserId}::uuid, ${entry.actorKind}, ${entry.createdAt}::timestamptz`;
  const columns = sql`(practice_id, id, client_id, kind, data, actor_user_id, actor_kind, occurred_at)`;
  if (line.about === 'share') {
    const data =
      line.kind === 'share.revoked_automatically'
        ? sql`jsonb_build_object('shareId', s.id, 'reason', ${line.reason}::text)`
        : sql`jsonb_build_object('shareId', s.id)`;
    await ex.execute(sql`insert into ${timelineEvents} ${columns}
      select ${head}, s.client_id, ${line.kind}, ${data}, ${actor} from ${planShares} s
      where s.practice_id = ${entry.practiceId}::uuid and s.id = ${entry.entityId}::uuid`);
  } else if (line.about === 'item') {
    await ex.execute(sql`insert into ${timelineEvents} ${columns}
      select ${head}, i.client_id, ${line.kind}, jsonb_build_object('itemId', i.id, 'title', i.title, 'reason', ${line.reason}::text),
        ${actor} from ${planItems} i
      where i.practice_id = ${entry.practiceId}::uuid and i.id = ${entry.entityId}::uuid`);
  } else {
    await ex.execute(sql`insert into ${timelineEvents} ${columns}
      select ${head}, ${entry.entityId}::uuid, ${line.kind},
        jsonb_build_object('kind', ${line.consentKind}::text, 'textVersion', ${line.textVersion}::text), ${actor}`);
  }
}
