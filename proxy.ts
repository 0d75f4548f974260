import { type NextRequest, NextResponse } from 'next/server';
import { activityRenewal, sessionTokenFrom } from '@/lib/auth/activity-renewal';
import { localeAsked } from '@/lib/i18n/locale-link';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { activityCookie, localeCookieOptions, sessionCookieName } from '@/lib/security/cookies';
import { contentSecurityPolicy, isPublicPage, newNonce } from '@/lib/security/csp';
import { strictTransportSecurity } from '@/lib/security/hsts';
import { SHARE_PAGE, SHARE_TOKEN_HEADER } from '@/lib/share/page-token';

// Only the presence of the session cookie is checked here: the guards in lib/auth verify the session
// on every page and action. The proxy must not re-issue session cookies itself, or a request still in
// flight during sign-out or a password change would bring the old session back. It renews the session's
// activity mark instead, a cookie of its own (lib/auth/activity.ts).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Keeps signed-out visitors out of the coach area and gives every response a CSP with a fresh nonce, and HSTS when the
 * app is served over https (read here, per request: next.config.mjs's headers are fixed at build time).
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hsts = strictTransportSecurity();
  const isApi = pathname.startsWith('/api/');
  const hasSession = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((session) => name === session || name.startsWith(`${session}.`)));
  // Only page loads are sent to sign in. A POST to a page is a server action: its guard answers it ("unauthenticated",
  // which the form says in words and the autosave queue keeps its answers for), and sign-out still reaches its page
  // (which forgets this browser's drafts). A redirect made the action fail as "something went wrong".
  const pageLoad = request.method === 'GET' || request.method === 'HEAD';
  const guardedPage = pageLoad && !isApi && pathname !== '/' && !isPublicPage(pathname);
  // Every request of a signed-in coach counts as use: the activity mark is renewed (at most once a minute), unless the
  // session has been idle too long, which a page load is told on the sign-in page.
  const activity = activityCookie();
  const session = sessionCookieName();
  const renewal = hasSession
    ? await activityRenewal(sessionTokenFrom(request.cookies, session), request.cookies.get(activity.name)?.value, session)
    : null;
  if (guardedPage && (!hasSession || renewal?.kind === 'idle')) {
    const login = new URL('/login', request.nextUrl);
    login.searchParams.set('next', `${pathname}${search}`);
    if (renewal?.kind === 'idle') login.searchParams.set('notice', 'idle');
    const redirect = NextResponse.redirect(login);
    if (hsts) redirect.headers.set('Strict-Transport-Security', hsts);
    return redirect;
  }
  // The page or action behind the proxy reads the renewed mark already (as it does the language below).
  if (renewal?.kind === 'renew') request.cookies.set(activity.name, renewal.mark);

  // A mailed link (the portal's sign-in link) carries the recipient's language: this page and the next ones use it.
  const asked = localeAsked(request.nextUrl.searchParams);
  const switchLocale = asked !== null && request.cookies.get(LOCALE_COOKIE)?.value !== asked;
  if (switchLocale) request.cookies.set(LOCALE_COOKIE, asked);

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  // The employer's page is in its contact's language (lib/i18n/request.ts): the token, for that, and never one sent in.
  const shareToken = SHARE_PAGE.exec(pathname)?.[1];
  if (shareToken) headers.set(SHARE_TOKEN_HEADER, shareToken);
  else headers.delete(SHARE_TOKEN_HEADER);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  if (switchLocale) response.cookies.set(LOCALE_COOKIE, asked, localeCookieOptions());
  if (renewal?.kind === 'renew') response.cookies.set(activity.name, renewal.mark, activity.options);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
