export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function resolveLocale(value: string | undefined | null): Locale {
  if (!value) return defaultLocale;
  const short = value.slice(0, 2).toLowerCase();
  return (locales as readonly string[]).includes(short) ? (short as Locale) : defaultLocale;
}

/** Formatting follows the Dutch and British conventions (dd-mm-yyyy, 24h clock). */
export function intlLocale(locale: Locale): 'nl-NL' | 'en-GB' {
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * The named date and time styles the messages use (`{due, date, long}`, `{date, time, short}`). The build precompiles
 * the messages (next.config.mjs), and that formatter knows no built-in styles: without these, a mail read
 * "tot 4-1-2027 om 4-1-2027 uur". Given to every translator, so tests and the app format alike.
 */
export const MESSAGE_FORMATS = {
  // Spelled out, not dateStyle/timeStyle: the tests' formatter (intl-messageformat) merges these into its own defaults.
  dateTime: { long: { day: 'numeric', month: 'long', year: 'numeric' }, short: { hour: '2-digit', minute: '2-digit' } },
} satisfies { dateTime: Record<string, Intl.DateTimeFormatOptions> };
