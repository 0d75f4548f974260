import { publicRoute } from '@/lib/http/public-route';
import { refusalResponse } from '@/lib/http/refusal';
import { currentPortalClient } from '@/lib/portal/guards';
import { renderClientReportFile } from '@/lib/reports/downloads';
import { pdfResponse } from '@/lib/reports/file-name';

/** The client downloads their own client report: the portal session first; it names the only client reachable. */
export const GET = publicRoute(async (request: Request) => {
  const client = await currentPortalClient();
  if (!client) return Response.redirect(new URL('/portal/login?next=%2Fportal', request.url), 303);
  const file = await renderClientReportFile(client.practiceId, client.clientId, 'client', { actorUserId: null, actorKind: 'client' });
  return typeof file === 'string' ? refusalResponse(file) : pdfResponse(file.bytes, file.fileName);
});
