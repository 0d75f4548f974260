import { withLocale } from './i18n/locale-link';
import type { Locale } from './i18n/locales';

/** Absolute links for mails: APP_URL in production, the local server otherwise. */
export function appUrl(path: string): string {
  const base = (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The client portal's sign-in page: a stable address (no secret in it) that the client may bookmark, the coach may
 * pass on, and the portal mails give for when their own link has expired. In the client's language: the page opens
 * in it before anyone has signed in (proxy.ts reads `?lang=`).
 */
export function portalSignInUrl(locale: Locale): string {
  return withLocale(appUrl('/portal/login'), locale);
}

/** Links carry the practice so their lookup stays within one practice: `<practiceId>.<secret>`. */
export function linkToken(practiceId: string, secret: string): string {
  return `${practiceId}.${secret}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseLinkToken(token: string): { practiceId: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const practiceId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!UUID.test(practiceId) || secret.length < 20) return null;
  return { practiceId, secret };
}
