import { NextResponse } from 'next/server';
import { benchQueryCount } from '@/db/client';

export const dynamic = 'force-dynamic';

/**
 * The benchmark's statement counter (`npm run bench` reads it before and after each request it sends one at a time).
 * Exists only on a server started with BENCH_COUNT_QUERIES=1; everywhere else it is a 404 and reveals nothing.
 */
export function GET() {
  if (process.env.BENCH_COUNT_QUERIES !== '1') return new NextResponse(null, { status: 404 });
  return NextResponse.json({ count: benchQueryCount.read() }, { headers: { 'cache-control': 'no-store' } });
}
