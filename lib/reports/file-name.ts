import { type Locale, TIME_ZONE } from '../i18n/locales';
import type { ReportKind } from './types';

/** "Sanne de Vries" → "SV": the first letter of the first name and of the last name's first capitalised part. */
export function initialsOf(firstName: string, lastName: string): string {
  const last =
    lastName
      .trim()
      .split(/\s+/)
      .find((part) => /^\p{Lu}/u.test(part)) ?? lastName.trim();
  const letters = `${firstName.trim().charAt(0)}${last.charAt(0)}`.toUpperCase().replace(/[^\p{L}]/gu, '');
  return letters || 'X';
}

/** What the file is, in the reader's language: the document's own title, with no health word. */
const KIND_WORDS: Record<Locale, Record<ReportKind, string>> = {
  nl: { client: 'persoonlijk-rapport', manager: 'gedeeld-actieplan' },
  en: { client: 'personal-report', manager: 'shared-action-plan' },
};

/**
 * `<initials>-<what>-<yyyy-mm-dd>.pdf` in the report's language ("SV-persoonlijk-rapport-2026-11-30.pdf"): says what
 * the file is without a health word, and is safe in a Content-Disposition header (ASCII letters only; accented
 * initials are folded, anything else dropped).
 */
export function reportFileName(initials: string, kind: ReportKind, locale: Locale, now = new Date()): string {
  const ascii = initials
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase()
    .slice(0, 4);
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(now);
  return `${ascii || 'X'}-${KIND_WORDS[locale][kind]}-${day}.pdf`;
}

/** The download answer: an attachment, never cached. */
export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
