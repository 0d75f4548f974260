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

/**
 * The same text as another reader would see it in the other language: the library's translation while the text is
 * still the library's, otherwise null (written text reads the same for everyone). The client's preview of what the
 * employer sees shows it, since a contact who reads the other language gets that version.
 */
export function inOtherLanguage(
  source: string | null | undefined,
  field: LibraryTextField,
  stored: string,
  locale: 'nl' | 'en',
): string | null {
  const other = inReaderLanguage(source, field, stored, locale === 'nl' ? 'en' : 'nl');
  return other === inReaderLanguage(source, field, stored, locale) ? null : other;
}

/** Each item's title in the reader's language, by id: for lines that name an item (what the employer updated). */
export function titlesInReaderLanguage(
  items: ReadonlyArray<{ id: string; source: string | null | undefined; title: string }>,
  locale: 'nl' | 'en',
): Map<string, string> {
  return new Map(items.map((i) => [i.id, inReaderLanguage(i.source, 'title', i.title, locale)]));
}
