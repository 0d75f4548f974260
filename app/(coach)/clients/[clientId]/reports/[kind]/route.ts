import { z } from 'zod';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoachRoute } from '@/lib/auth/route-guards';
import { refusalResponse } from '@/lib/http/refusal';
import { coachReportFile } from '@/lib/reports/downloads';
import { pdfResponse } from '@/lib/reports/file-name';
import { id } from '@/lib/schemas/fields';

const paramsSchema = z.object({ clientId: id, kind: z.enum(['client', 'manager']) });

/** The coach downloads the client or the manager report: coach first, then the input, then access to the client. */
export const GET = withCoachRoute<{ params: Promise<{ clientId: string; kind: string }> }>(async (_request, actor, { params }) => {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return refusalResponse();
  // Another practice's client or one this coach may not see: GuardError not_found → the same 404.
  await requireClientAccess(actor, parsed.data.clientId);
  const file = await coachReportFile(actor, parsed.data.clientId, parsed.data.kind);
  return typeof file === 'string' ? refusalResponse(file) : pdfResponse(file.bytes, file.fileName);
});
