import { publicRoute } from '@/lib/http/public-route';
import { shareLogo } from '@/lib/share/guard';

/** The practice logo on the share page: only behind a valid token, so the URL reveals nothing else. */
export const GET = publicRoute(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const logo = await shareLogo((await params).token);
  if (!logo) return new Response(null, { status: 404, headers: { 'Referrer-Policy': 'no-referrer' } });
  return new Response(new Uint8Array(logo.data), {
    headers: {
      'Content-Type': logo.mime,
      'Cache-Control': 'private, max-age=300',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
