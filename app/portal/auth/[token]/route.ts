import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { findPortalLink, markPortalLinkUsed } from '@/db/queries/portal';
import { linkState, readLinkToken } from '@/lib/accounts/links';
import { audit } from '@/lib/audit';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { startPortalSession } from '@/lib/portal/links';
import { PORTAL_COOKIE, portalCookieOptions, safePortalPath } from '@/lib/portal/rules';

function go(request: Request, path: string) {
  const response = NextResponse.redirect(new URL(path, request.url), 303);
  // The token is in this URL: keep it out of caches and out of the Referer of the next page.
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Referrer-Policy', 'no-referrer');
  return response;
}

function problem(request: Request, reason: string, next?: string) {
  const query = new URLSearchParams({ reason });
  if (next) query.set('next', safePortalPath(next));
  return go(request, `/portal/link?${query}`);
}

/** Consumes a magic link once: starts a portal session (cookie) and goes where the link was meant to lead. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = readLinkToken((await params).token);
  if (!link) return problem(request, 'link_invalid');
  const row = await findPortalLink(link.practiceId, link.tokenHash);
  const state = row?.archivedAt ? 'link_invalid' : linkState(row);
  if (!row || state !== 'valid') return problem(request, state === 'valid' ? 'link_invalid' : state, row?.redirectTo);

  const session = await getDb().transaction(async (tx) => {
    if (!(await markPortalLinkUsed(row.practiceId, row.id, tx))) return null;
    const started = await startPortalSession(row.practiceId, row.clientId, tx);
    await audit({ practiceId: row.practiceId, actorKind: 'client', action: 'portal.signed_in', entityType: 'client', entityId: row.clientId }, tx);
    return started;
  });
  if (!session) return problem(request, 'link_used', row.redirectTo);

  const response = go(request, safePortalPath(row.redirectTo));
  response.cookies.set(PORTAL_COOKIE, session.cookieValue, portalCookieOptions(process.env.APP_URL));
  // The portal speaks the client's language from the first page on.
  response.cookies.set(LOCALE_COOKIE, row.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
  return response;
}
