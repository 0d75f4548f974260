import { publicRoute } from '@/lib/http/public-route';
import { refusalPage, refusalResponse } from '@/lib/http/refusal';
import { initialsOf, pdfResponse, reportFileName } from '@/lib/reports/file-name';
import { buildManagerReportData } from '@/lib/reports/manager-report-data';
import { renderForReader } from '@/lib/reports/reader-limit';
import { openSharedReport } from '@/lib/share/guard';

/**
 * The manager report behind the share link. The share guard comes first (token format, rate limit,
 * revoked, expired, closed or archived trajectory, no sharing consent: all the same 404, no PDF); the report is built from the employer
 * view only. One link has a limit of its own on reports (a forwarded link cannot fill the workers).
 */
export const GET = publicRoute(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const shared = await openSharedReport(token);
  // An invalid link (or the guessing limit): the browser's language, nothing taken from the share.
  if (!shared) return refusalResponse();
  const initials = initialsOf(shared.client.firstName, shared.client.lastName);
  const bytes = await renderForReader(shared.reader, async () => ({
    kind: 'manager',
    data: buildManagerReportData(shared.view, shared.branding, initials),
  }));
  // A live link (this link's report limit, busy workers): the page the manager opens says so in the contact's language.
  if (typeof bytes === 'string') return refusalPage(bytes, shared.view.locale);
  await shared.recordDownload();
  return pdfResponse(bytes, reportFileName(initials, 'manager', shared.view.locale));
});
