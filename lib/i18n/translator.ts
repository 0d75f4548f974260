import { createTranslator } from 'next-intl';
import { intlLocale, TIME_ZONE, type Locale } from './locales';
import { messagesFor } from './messages';

/** Translations outside a request (mails, PDF reports, background work), in the recipient's language. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale: intlLocale(locale), messages: messagesFor(locale), timeZone: TIME_ZONE });
}
