import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditLog, practices } from '../schema';

/** The audit action of a client's erasure (GDPR art. 17, lib/caseload/service.ts eraseClient): it keeps only the id. */
const CLIENT_ERASED = 'client.erased';

/** One erasure as the audit log holds it; `createdAt` as PostgreSQL's text, so the microseconds survive a copy. */
export type ClientErasure = {
  practiceId: string;
  id: string;
  actorUserId: string | null;
  actorKind: string;
  entityId: string;
  metadata: Record<string, unknown>;
  ip: string | null;
  createdAt: string;
};

/**
 * Every practice's client erasures, oldest first: the ledger a restore applies again (db/backup/erasures.ts). Across
 * practices on purpose: maintenance of the whole database, not a request of anyone (like lib/security/prune.ts).
 * Named columns only (no `seq`): the ledger may be read from a database of an older version of the app.
 */
export async function listClientErasures(ex: Executor): Promise<ClientErasure[]> {
  const rows = await ex
    .select({
      practiceId: auditLog.practiceId,
      id: auditLog.id,
      actorUserId: auditLog.actorUserId,
      actorKind: auditLog.actorKind,
      entityId: auditLog.entityId,
      metadata: auditLog.metadata,
      ip: auditLog.ip,
      createdAt: sql<string>`${auditLog.createdAt}::text`,
    })
    .from(auditLog)
    .where(and(eq(auditLog.action, CLIENT_ERASED), eq(auditLog.entityType, 'client'), sql`${auditLog.entityId} is not null`))
    .orderBy(asc(auditLog.createdAt));
  return rows.map((r) => ({ ...r, entityId: r.entityId! }));
}

/**
 * Writes an erasure's audit entry as it was (id, time, actor) unless this practice's log already records that client's
 * erasure, or the practice is not in this database (a practice made after the backup: nothing of it came back). True
 * when written.
 */
export async function insertClientErasure(entry: ClientErasure, ex: Executor): Promise<boolean> {
  const result = await ex.execute(sql`
    insert into ${auditLog} (practice_id, id, actor_user_id, actor_kind, action, entity_type, entity_id, metadata, ip, created_at)
    select ${entry.practiceId}::uuid, ${entry.id}::uuid, ${entry.actorUserId}::uuid, ${entry.actorKind}, ${CLIENT_ERASED}, 'client',
      ${entry.entityId}::uuid, ${JSON.stringify(entry.metadata)}::jsonb, ${entry.ip}, ${entry.createdAt}::timestamptz
    where exists (select 1 from ${practices} p where p.id = ${entry.practiceId}::uuid)
      and not exists (select 1 from ${auditLog} a where a.practice_id = ${entry.practiceId}::uuid and a.action = ${CLIENT_ERASED}
        and a.entity_type = 'client' and a.entity_id = ${entry.entityId}::uuid)
    on conflict do nothing`);
  return (result.count ?? 0) > 0;
}
