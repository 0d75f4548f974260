import { type Locale, resolveLocale } from './locales';

/** next-intl runs on nl-NL / en-GB; the app and its data speak of nl / en. */
export function appLocale(intl: string): Locale {
  return resolveLocale(intl);
}
