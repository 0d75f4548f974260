/**
 * Text as the PDF shows it. The report font has no emoji and react-pdf would fetch emoji images from the
 * internet, so pictographs (with their joiners and variation selectors) are left out; control characters
 * that would break the layout are removed; markup stays literal text (react-pdf never interprets it).
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points on purpose (joiners and selectors are removed one by one).
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;
// Bidi overrides/isolates and other invisible controls (keeps \n and \t).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is what this does.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function pdfText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(PICTOGRAPHS, '')
    .replace(CONTROLS, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
