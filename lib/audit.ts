import 'server-only';
import type { Executor } from '@/db/client';
import { type AuditInsert, insertAudit } from '@/db/queries/audit';

/** `<area>.<what>`, e.g. `client.viewed`, `client.exported`; never personal data in the name. */
export type AuditAction =
  `${'auth' | 'practice' | 'invitation' | 'user' | 'client' | 'employer' | 'consent' | 'measurement' | 'instrument' | 'session' | 'homework' | 'portal' | 'calendar' | 'plan' | 'report'}.${string}`;

export type AuditEvent = {
  practiceId: string;
  actorUserId?: string | null;
  actorKind?: 'coach' | 'client' | 'employer' | 'system';
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  /** Never personal data: ids, field names, counts. */
  metadata?: Record<string, unknown>;
  ip?: string | null;
};

/** The row an event writes; for a read that sends its entry in the same statement (db/queries/audit.ts auditWith). */
export function auditEntry(event: AuditEvent): AuditInsert {
  return {
    practiceId: event.practiceId,
    actorUserId: event.actorUserId ?? null,
    actorKind: event.actorKind ?? (event.actorUserId ? 'coach' : 'system'),
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    metadata: event.metadata ?? {},
    ip: event.ip ?? null,
  };
}

/** The one way to write the audit log; pass the transaction when the event belongs to a write. */
export async function audit(event: AuditEvent, ex?: Executor): Promise<void> {
  await insertAudit(auditEntry(event), ex);
}
