import 'server-only';
import { logError } from '@/lib/log';
import { type Actor, GuardError, requireCoach, requireOwner } from './guards';

type RouteHandler<C> = (request: Request, actor: Actor, context: C) => Promise<Response>;

function guardedRoute<C>(who: () => Promise<Actor>, handler: RouteHandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, await who(), context);
    } catch (error) {
      if (error instanceof GuardError) {
        const status = error.code === 'unauthenticated' ? 401 : error.code === 'not_found' ? 404 : 403;
        return Response.json({ error: error.code }, { status });
      }
      logError('route', error);
      return Response.json({ error: 'server' }, { status: 500 });
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
