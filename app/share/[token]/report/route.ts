import { refusalResponse } from '@/lib/http/refusal';
import { initialsOf, pdfResponse, reportFileName } from '@/lib/reports/file-name';
import { buildManagerReportData } from '@/lib/reports/manager-report-data';
import { renderReportInPool } from '@/lib/reports/pool';
import { openSharedReport } from '@/lib/share/guard';

/**
 * The manager report behind the share link. The share guard comes first (token format, rate limit,
 * revoked, expired, closed or archived trajectory, no sharing consent: all the same 404, no PDF); the report is built from the employer
 * view only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const shared = await openSharedReport(token);
  if (!shared) return refusalResponse();
  const initials = initialsOf(shared.client.firstName, shared.client.lastName);
  const bytes = await renderReportInPool({ kind: 'manager', data: buildManagerReportData(shared.view, shared.branding, initials) });
  await shared.recordDownload();
  return pdfResponse(bytes, reportFileName(initials, 'manager'));
}
