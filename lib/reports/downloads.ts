import 'server-only';
import { reportClientHead } from '@/db/queries/reports';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guards';
import { employerViewFor } from '@/lib/share/guard';
import { clientShares } from '@/lib/share/liveness';
import { reportBranding } from './branding';
import { buildClientReportData } from './client-report-data';
import { initialsOf, reportFileName } from './file-name';
import { buildManagerReportData } from './manager-report-data';
import { type ReportRefusal, renderForReader } from './reader-limit';
import type { ReportKind } from './types';

export type ReportFile = { bytes: Uint8Array; fileName: string };

/**
 * A report for a client the caller may see (access checked by the caller). Rendered in the worker pool;
 * the audit entry is written before the bytes go out. Statements: the head (one round trip for the client,
 * coach, practice branding and latest measurement), then the report's own data, then the audit entry.
 */
export async function renderClientReportFile(
  practiceId: string,
  clientId: string,
  kind: ReportKind,
  who: { actorUserId: string | null; actorKind: 'coach' | 'client' },
): Promise<ReportFile | ReportRefusal> {
  const reader = who.actorKind === 'coach' ? `coach:${who.actorUserId}` : `client:${practiceId}:${clientId}`;
  let initials = '';
  const bytes = await renderForReader(reader, async () => {
    const head = await reportClientHead(practiceId, clientId);
    if (!head) return null;
    initials = initialsOf(head.firstName, head.lastName);
    if (kind === 'client') {
      const data = await buildClientReportData(practiceId, clientId, new Date(), head);
      return data ? { kind: 'client', data } : null;
    }
    // The coach's copy of what the manager gets: the same employer view, in the manager's language, with the latest
    // confirmation of a live link. None without the consent to share or after the trajectory: nothing may go then.
    if (!clientShares(head)) return null;
    const locale = head.managerLocale === 'en' ? 'en' : 'nl';
    const view = await employerViewFor({ practiceId, clientId, id: '' }, locale, head.employerConfirmedAt);
    return { kind: 'manager', data: buildManagerReportData(view, reportBranding(head), initials) };
  });
  if (typeof bytes === 'string') return bytes;
  await audit({
    practiceId,
    actorUserId: who.actorUserId,
    actorKind: who.actorKind,
    action: 'report.downloaded',
    entityType: 'client',
    entityId: clientId,
    metadata: { kind },
  });
  return { bytes, fileName: reportFileName(initials, kind) };
}

/** Used by the coach's route after requireClientAccess. */
export function coachReportFile(actor: Actor, clientId: string, kind: ReportKind) {
  return renderClientReportFile(actor.practiceId, clientId, kind, { actorUserId: actor.userId, actorKind: 'coach' });
}
