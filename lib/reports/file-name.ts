import { TIME_ZONE } from '../i18n/locales';
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

/**
 * `<initials>-<kind>-<yyyy-mm-dd>.pdf`: says what the file is without a health word, and is safe in a
 * Content-Disposition header (ASCII letters only; accented initials are folded, anything else dropped).
 */
export function reportFileName(initials: string, kind: ReportKind, now = new Date()): string {
  const ascii = initials
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase()
    .slice(0, 4);
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(now);
  return `${ascii || 'X'}-${kind === 'client' ? 'client' : 'manager'}-${day}.pdf`;
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
