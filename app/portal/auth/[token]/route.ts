import { NextResponse } from 'next/server';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { PORTAL_COOKIE, portalCookieOptions, safePortalPath } from '@/lib/portal/rules';
import { consumePortalLink } from '@/lib/portal/service';

function go(request: Request, path: string) {
  const response = NextResponse.redirect(new URL(path, request.url), 303);
  // The token is in this URL: keep it out of caches and out of the Referer of the next page.
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Referrer-Policy', 'no-referrer');
  return response;
}

/** Consumes a magic link once: starts a portal session (cookie) and goes where the link was meant to lead. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const result = await consumePortalLink((await params).token);
  if (!result.ok) {
    const query = new URLSearchParams({ reason: result.error });
    const next = result.params?.next;
    if (typeof next === 'string') query.set('next', safePortalPath(next));
    return go(request, `/portal/link?${query}`);
  }
  const response = go(request, safePortalPath(result.data.redirectTo));
  response.cookies.set(PORTAL_COOKIE, result.data.cookieValue, portalCookieOptions(process.env.APP_URL));
  // The portal speaks the client's language from the first page on.
  response.cookies.set(LOCALE_COOKIE, result.data.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
  return response;
}
