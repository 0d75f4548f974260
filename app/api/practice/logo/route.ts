import { getPracticeLogo } from '@/db/queries/practices';
import { withCoachRoute } from '@/lib/auth/route-guards';

/** The caller's own practice logo: the practice comes from the session, never from the URL. */
export const GET = withCoachRoute(async (_request, actor) => {
  const logo = await getPracticeLogo(actor.practiceId);
  if (!logo) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(logo.data), {
    headers: { 'Content-Type': logo.mime, 'Cache-Control': 'private, max-age=60', 'Content-Disposition': 'inline' },
  });
});
