import { createTranslator } from 'next-intl';
import { intlLocale, type Locale, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** Translations outside a request (mails, PDF reports, background work), in the recipient's language. */
export function translatorFor(locale: Locale): Translate {
  const t = createTranslator({ locale: intlLocale(locale), messages: messagesFor(locale), timeZone: TIME_ZONE });
  return (key, values) => (t as unknown as Translate)(key, values);
}
