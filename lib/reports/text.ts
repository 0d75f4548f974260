/**
 * Text as the PDF shows it. The report font has no emoji and react-pdf would fetch emoji images from the
 * internet, so pictographs (with their joiners and variation selectors) are left out, except © ® ™, which Unicode
 * counts as pictographs too but the font has; control characters that would break the layout are removed; markup
 * stays literal text (react-pdf never interprets it). Letters are composed (NFC): the fonts have "ş", not always an
 * "s" with a separate cedilla.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points on purpose (joiners and selectors are removed one by one).
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;
/** Pictographs the report font has: kept (an emoji-style variation selector after one still goes). */
const IN_FONT = new Set(['\u00A9', '\u00AE', '\u2122']);
// Bidi overrides/isolates and other invisible controls (keeps \n and \t).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is what this does.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function pdfText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFC')
    .replace(PICTOGRAPHS, (c) => (IN_FONT.has(c) ? c : ''))
    .replace(CONTROLS, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
