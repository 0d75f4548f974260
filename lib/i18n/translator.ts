import { createTranslator } from 'next-intl';
import { intlLocale, type Locale, MESSAGE_FORMATS, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** Whether the messages of `locale` have a text at `key` (a dotted path), for labels with a fallback to their code. */
export function hasMessage(locale: Locale, key: string): boolean {
  let node: unknown = messagesFor(locale);
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** Translations outside a request (mails, PDF reports, background work), in the recipient's language. */
export function translatorFor(locale: Locale): Translate {
  const t = createTranslator({
    locale: intlLocale(locale),
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    formats: MESSAGE_FORMATS,
  });
  return (key, values) => (t as unknown as Translate)(key, values);
}
