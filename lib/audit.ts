import 'server-only';
import type { Executor } from '@/db/client';
import { insertAudit } from '@/db/queries/audit';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_out'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'practice.created'
  | 'practice.settings_updated'
  | 'practice.logo_updated'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'user.locale_changed';

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

/** The one way to write the audit log; pass the transaction when the event belongs to a write. */
export async function audit(event: AuditEvent, ex?: Executor): Promise<void> {
  await insertAudit(
    {
      practiceId: event.practiceId,
      actorUserId: event.actorUserId ?? null,
      actorKind: event.actorKind ?? (event.actorUserId ? 'coach' : 'system'),
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      metadata: event.metadata ?? {},
      ip: event.ip ?? null,
    },
    ex,
  );
}
