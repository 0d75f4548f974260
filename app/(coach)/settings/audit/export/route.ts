import { parseAuditQuery } from '@/lib/audit-log/filters';
import { exportAuditLog } from '@/lib/audit-log/service';
import { withOwnerRoute } from '@/lib/auth/route-guards';

/** The owner's audit log as CSV, with the view's filters; the export itself is audited. */
export const GET = withOwnerRoute(async (request, owner) => {
  const query = parseAuditQuery(new URL(request.url).searchParams);
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
