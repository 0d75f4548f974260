import { withCoachRoute } from '@/lib/auth/route-guards';

export const dynamic = 'force-dynamic';

/**
 * "Still here": the idle watch (app/_components/idle-watch.tsx) posts it when the coach types or clicks after a quiet
 * minute, so a long note written before saving counts as use. The proxy renews the session's activity mark on the way
 * (lib/auth/activity.ts); this answers whether the session is still there (401 once it has ended).
 */
export const POST = withCoachRoute(async () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } }));
