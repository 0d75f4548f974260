import { interventionByKey } from './library';

export type LibraryTextField = 'title' | 'description' | 'employerWording';

/**
 * A plan item's text in the reader's language. An item taken over from the intervention library and not edited
 * since holds the library's text in the client's language at that moment; the employer (in the contact's language)
 * and the client (after switching the portal's language) read the library's own translation of it. Text the coach
 * or client changed, and every manual item, stays exactly as written.
 */
export function inReaderLanguage(source: string | null | undefined, field: LibraryTextField, stored: string, locale: 'nl' | 'en'): string {
  const texts = source ? interventionByKey(source)?.[field] : undefined;
  if (!texts) return stored;
  const text = stored.trim();
  return text === texts.nl.trim() || text === texts.en.trim() ? texts[locale] : stored;
}
