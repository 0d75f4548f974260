import type { AuditLine, TimelineLine } from '@/lib/services/commit';

/** Why links ended without the coach revoking them one by one (the timeline says it: plan.timeline.revoked_automatically). */
export type ShareEnd = 'consent_withdrawn' | 'employer_changed' | 'manager_changed' | 'contact_changed' | 'closed' | 'archived';

/** The timeline lines and audit entries of links revoked by a change (lib/caseload/service.ts, lib/employers/service.ts). */
export function sharesEnded(revoked: ReadonlyArray<{ id: string; clientId: string }>, reason: ShareEnd) {
  return {
    timeline: revoked.map(
      (r): TimelineLine => ({ clientId: r.clientId, kind: 'share.revoked_automatically', data: { shareId: r.id, reason } }),
    ),
    audit: revoked.map(
      (r): AuditLine => ({ action: 'plan.share_revoked', entityType: 'plan_share', entityId: r.id, metadata: { reason } }),
    ),
  };
}
