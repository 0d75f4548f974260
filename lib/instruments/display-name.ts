import type { Locale, Localized } from './types';

/**
 * A stored custom instrument's name in the coach's language. The editor requires only one language, so an instrument
 * named in Dutch alone has `en: ''`: it shows the other language's name then, and its key when it has none at all.
 */
export function instrumentName(name: Partial<Localized> | undefined, locale: Locale, key: string): string {
  return name?.[locale] || name?.nl || name?.en || key;
}
