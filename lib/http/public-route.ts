import 'server-only';
import { logError } from '@/lib/log';
import { refusalResponse } from './refusal';

/**
 * A route handler anyone may call (a share link, a portal download, a calendar feed; each checks its own credential
 * first): an unexpected failure is logged and answered with the translated error page, never Next's bare 500.
 */
export function publicRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  // The context is optional for a route without params (Next always passes one).
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      return await handler(request, context as C);
    } catch (error) {
      logError('route', error);
      return refusalResponse('server');
    }
  };
}
