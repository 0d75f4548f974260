import { loadClientExport } from '@/db/queries/client-export';
import { audit } from '@/lib/audit';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoachRoute } from '@/lib/auth/route-guards';
import { todayIn } from '@/lib/caseload/dates';
import { buildClientExport, exportFileName } from '@/lib/caseload/export-document';

type Context = { params: Promise<{ clientId: string }> };

/** GDPR art. 15/20: everything held about the client as one JSON download; audited, never cached. */
export const GET = withCoachRoute<Context>(async (_request, actor, { params }) => {
  const { clientId } = await params;
  await requireClientAccess(actor, clientId);
  const data = await loadClientExport(actor.practiceId, clientId);
  if (!data) return Response.json({ error: 'not_found' }, { status: 404 });
  const exportedAt = new Date();
  await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'client.exported', entityType: 'client', entityId: clientId });
  return new Response(JSON.stringify(buildClientExport({ ...data, exportedAt }), null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(clientId, todayIn())}"`,
      'Cache-Control': 'no-store',
    },
  });
});
