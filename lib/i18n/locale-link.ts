import type { Locale } from './locales';

/** The query parameter with which a mailed link opens in the recipient's language (read in proxy.ts). */
export const LOCALE_PARAM = 'lang';

/** `url` with the recipient's language, so that the page opens in it before anyone has signed in. */
export function withLocale(url: string, locale: Locale): string {
  const u = new URL(url);
  u.searchParams.set(LOCALE_PARAM, locale);
  return u.toString();
}

/** The language a link asks for, or null (absent or unknown): `?lang=en`. */
export function localeAsked(params: URLSearchParams): Locale | null {
  const value = params.get(LOCALE_PARAM);
  return value === 'nl' || value === 'en' ? value : null;
}
