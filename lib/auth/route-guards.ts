import 'server-only';
import { refusalResponse } from '@/lib/http/refusal';
import { logError } from '@/lib/log';
import { type Actor, GuardError, requireCoach, requireOwner } from './guards';

/** To the sign-in page, then back to this download (a path of this app only). An API route (an image) just says 401. */
function signInFirst(request: Request): Response {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/api/')) return new Response(null, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const login = new URL('/login', url);
  login.searchParams.set('next', `${url.pathname}${url.search}`);
  return new Response(null, { status: 303, headers: { Location: `${login.pathname}${login.search}`, 'Cache-Control': 'no-store' } });
}

type RouteHandler<C> = (request: Request, actor: Actor, context: C) => Promise<Response>;

function guardedRoute<C>(who: () => Promise<Actor>, handler: RouteHandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, await who(), context);
    } catch (error) {
      // A person clicked a download link: an expired session signs in again and comes back, a refusal is a sentence.
      if (error instanceof GuardError) {
        if (error.code === 'unauthenticated') return signInFirst(request);
        return refusalResponse(error.code === 'not_found' ? 'not_found' : 'forbidden');
      }
      logError('route', error);
      return refusalResponse('server');
    }
  };
}

/** A route handler for a signed-in coach; the practice comes from the session. */
export function withCoachRoute<C = unknown>(handler: RouteHandler<C>) {
  return guardedRoute(requireCoach, handler);
}

export function withOwnerRoute<C = unknown>(handler: RouteHandler<C>) {
  return guardedRoute(requireOwner, handler);
}
