import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, type Locale, resolveLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { escapeHtml } from './escape-html';

/** `not_shared`: the coach's copy of the manager report, for a client who does not share with the employer (now). */
export type Refusal = 'not_found' | 'forbidden' | 'server' | 'rate_limited' | 'busy' | 'not_shared';

const STATUS: Record<Refusal, number> = { not_found: 404, forbidden: 403, server: 500, rate_limited: 429, busy: 503, not_shared: 404 };
/** Seconds until a refused download may be asked for again (the reader's report limit, a full line of renders). */
const RETRY_AFTER: Partial<Record<Refusal, number>> = { rate_limited: 15 * 60, busy: 60 };

// The app's look in a few rules (the stylesheet's name changes with every build): system font, the brand's green.
const STYLE =
  'body{margin:0;background:#f8fafc;color:#0f172a;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
  'main{max-width:36rem;margin:10vh auto;padding:0 1rem}h1{font-size:1.5rem;line-height:1.3;color:#115e59;margin:0 0 .75rem}p{margin:0;color:#334155}';

/**
 * What a download link (a report, an export) answers when it gives no file: one title and one sentence in the
 * reader's language, the same for every refusal (other practice, not visible, revoked, expired), so it hints nothing.
 */
export function refusalPage(kind: Refusal, locale: Locale): Response {
  const t = translatorFor(locale);
  const [title, body] =
    kind === 'server'
      ? [t('errors.errorTitle'), t('errors.server')]
      : kind === 'rate_limited' || kind === 'busy'
        ? [t('errors.downloadWaitTitle'), t('errors.downloadWaitBody')]
        : kind === 'not_shared'
          ? [t('errors.managerReportUnavailableTitle'), t('reports.downloads.managerUnavailable')]
          : // Only an owner's download (lib/auth/route-guards.ts): said as such, not as a lost link.
            kind === 'forbidden'
            ? [t('errors.ownerOnlyTitle'), t('errors.ownerOnlyBody')]
            : [t('errors.downloadNotFoundTitle'), t('errors.downloadNotFoundBody')];
  return messagePage(STATUS[kind], locale, title, body, RETRY_AFTER[kind]);
}

/** A small page with one title and one sentence, in the app's look: for links that answer outside the app's layout. */
export function messagePage(status: number, locale: Locale, title: string, body: string, retryAfter?: number): Response {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(retryAfter ? { 'Retry-After': String(retryAfter) } : {}),
    },
  });
}

/** The browser's language: the language cookie; Dutch by default. */
export async function browserLocale(): Promise<Locale> {
  return resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The same, in this browser's language (the language cookie; Dutch by default). */
export async function refusalResponse(kind: Refusal = 'not_found'): Promise<Response> {
  return refusalPage(kind, await browserLocale());
}
