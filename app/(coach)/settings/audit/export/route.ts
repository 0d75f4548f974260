import { parseAuditQuery, periodProblem } from '@/lib/audit-log/filters';
import { exportAuditLog } from '@/lib/audit-log/service';
import { withOwnerRoute } from '@/lib/auth/route-guards';
import { browserLocale, messagePage } from '@/lib/http/refusal';
import { translatorFor } from '@/lib/i18n/translator';

/** The owner's audit log as CSV, with the view's filters; the export itself is audited. */
export const GET = withOwnerRoute(async (request, owner) => {
  const params = new URL(request.url).searchParams;
  // A period that cannot be: no file rather than the whole log (the view says the same).
  const problem = periodProblem(params);
  if (problem) {
    const locale = await browserLocale();
    const t = translatorFor(locale);
    const body = t(problem === 'dateOutOfRange' ? 'auditLog.periodDateOutOfRange' : 'auditLog.periodFromAfterUntil');
    return messagePage(400, locale, t('auditLog.periodTitle'), body);
  }
  const query = parseAuditQuery(params);
  const { csv, fileName, truncated } = await exportAuditLog(owner, query);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(truncated ? { 'X-Audit-Truncated': '1' } : {}),
    },
  });
});
