import { withCoachRoute } from '@/lib/auth/route-guards';
import { exportClient } from '@/lib/caseload/service';
import { refusalResponse } from '@/lib/http/refusal';

type Context = { params: Promise<{ clientId: string }> };

/** GDPR art. 15/20: everything held about the client as one JSON download; audited, never cached. */
export const GET = withCoachRoute<Context>(async (_request, actor, { params }) => {
  const { clientId } = await params;
  const result = await exportClient(actor, clientId);
  if (!result.ok) return refusalResponse();
  return new Response(JSON.stringify(result.data.document, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${result.data.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
});
