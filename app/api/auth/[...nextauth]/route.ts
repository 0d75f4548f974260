import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/nextauth';
import { isAuthJsSignOut } from '@/lib/auth/signout-path';

export const { GET } = handlers;

/**
 * Auth.js's own sign-out (POST /api/auth/signout) only clears this browser's cookie: a copy taken before would still be
 * a session. The app signs out through signOutAction, which ends every copy (the session version), so that one is the
 * only way out and this endpoint answers "not found".
 */
export function POST(request: NextRequest) {
  if (isAuthJsSignOut(new URL(request.url).pathname)) return new Response(null, { status: 404 });
  return handlers.POST(request);
}
