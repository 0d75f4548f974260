import 'server-only';
import { reportClientHead } from '@/db/queries/reports';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
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
): Promise<ReportFile | ReportRefusal | 'not_shared'> {
  const reader = who.actorKind === 'coach' ? `coach:${who.actorUserId}` : `client:${practiceId}:${clientId}`;
  let initials = '';
  let locale: Locale = 'nl';
  // Set when the coach asks for the manager's copy of a client who does not share (now): said as such, not as a lost link.
  let notShared = false;
  const bytes = await renderForReader(reader, async () => {
    const head = await reportClientHead(practiceId, clientId);
    if (!head) return null;
    initials = initialsOf(head.firstName, head.lastName);
    if (kind === 'client') {
      const data = await buildClientReportData(practiceId, clientId, new Date(), head);
      if (data) locale = data.locale;
      return data ? { kind: 'client', data } : null;
    }
    // The coach's copy of what the manager gets: the same employer view, in the manager's language, with the latest
    // confirmation of a live link. None without the consent to share or after the trajectory: nothing may go then.
    if (!clientShares(head)) {
      notShared = true;
      return null;
    }
    locale = head.managerLocale === 'en' ? 'en' : 'nl';
    const view = await employerViewFor({ practiceId, clientId, id: '' }, locale, head.employerConfirmedAt);
    return { kind: 'manager', data: buildManagerReportData(view, reportBranding(head), initials) };
  });
  if (bytes === 'not_found' && notShared) return 'not_shared';
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
  return { bytes, fileName: reportFileName(initials, kind, locale) };
}

/** Used by the coach's route after requireClientAccess. */
export function coachReportFile(actor: Actor, clientId: string, kind: ReportKind) {
  return renderClientReportFile(actor.practiceId, clientId, kind, { actorUserId: actor.userId, actorKind: 'coach' });
}
