import en from './messages/en.json';
import nl from './messages/nl.json';
import type { Locale } from './locales';

export type Messages = typeof nl;
const all: Record<Locale, Messages> = { nl, en };

export function messagesFor(locale: Locale): Messages {
  return all[locale];
}
