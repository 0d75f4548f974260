import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import type { Locale } from '../i18n/locales';
import { hyphenateWord } from './hyphenation';
import { woffToSfnt } from './woff';

export const REPORT_FONT = 'Source Sans 3';
/**
 * @fontsource splits Source Sans 3 by script: the `latin` file has Western European letters only. Names such as
 * "Şükrü Doğan", "Łukasz" or "Erdős" need `latin-ext`, and Vietnamese ones ("Nguyễn") the `vietnamese` file, each
 * registered as a family of its own.
 */
const FALLBACKS = [
  { family: 'Source Sans 3 Latin Ext', subset: 'latin-ext' },
  { family: 'Source Sans 3 Vietnamese', subset: 'vietnamese' },
] as const;
/**
 * What the report's text and charts name as their font: react-pdf takes each character from the first family in the
 * list that has it, so a letter outside the latin file comes from a fallback instead of printing as a blank.
 */
export const REPORT_FONTS: string[] = [REPORT_FONT, ...FALLBACKS.map((f) => f.family)];

const require = createRequire(import.meta.url);
// The fonts ship in the repository's dependencies (@fontsource): nothing is fetched at render time.
const fontsDir = (pkg: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');

let registered = false;

/** Registers the report fonts once per process (or worker thread). */
export function registerReportFonts(): void {
  if (registered) return;
  registered = true;
  const sans = fontsDir('@fontsource/source-sans-3');
  // @fontsource ships WOFF; fontkit would inflate its tables on every glyph access, so hand react-pdf the unpacked
  // font once (as a data URI: react-pdf reads a path, a URL or a data URI).
  const file = (subset: string, weight: number, style: 'normal' | 'italic') => {
    const sfnt = woffToSfnt(readFileSync(path.join(sans, `source-sans-3-${subset}-${weight}-${style}.woff`)));
    return `data:font/ttf;base64,${Buffer.from(sfnt).toString('base64')}`;
  };
  for (const { family, subset } of [{ family: REPORT_FONT, subset: 'latin' }, ...FALLBACKS]) {
    Font.register({
      family,
      fonts: [
        { src: file(subset, 400, 'normal'), fontWeight: 400 },
        { src: file(subset, 400, 'italic'), fontWeight: 400, fontStyle: 'italic' },
        { src: file(subset, 600, 'normal'), fontWeight: 600 },
        { src: file(subset, 700, 'normal'), fontWeight: 700 },
      ],
    });
  }
}

type CachedGlyphs = Record<string, { codePoints?: readonly number[] } | null | undefined>;

/**
 * fontkit keeps each glyph it has made with the characters it was first made for, and the PDF's text layer (what copy,
 * search and extraction read) takes a glyph's characters from there. Subsetting a font at the end of a document makes
 * the parts of composite glyphs without any: "i" is a dotless "ı" with a dot, so after one report with an "i" and no
 * "ı", every later report in the same worker printed "Yılmaz" right but its text read "Y lmaz". Forgetting such
 * glyphs before a render has the next lookup make them again, with their characters.
 */
export function forgetGlyphsWithoutText(): void {
  const families = Font.getRegisteredFonts();
  for (const family of REPORT_FONTS) {
    for (const source of families[family]?.sources ?? []) {
      const glyphs = (source.data as { _glyphs?: CachedGlyphs } | null)?._glyphs;
      if (!glyphs) continue;
      for (const [id, glyph] of Object.entries(glyphs)) if (glyph && glyph.codePoints?.length === 0) delete glyphs[id];
    }
  }
}

/** react-pdf has one global hyphenation callback: set it to the report's language before each render. */
export function setHyphenationLanguage(locale: Locale): void {
  Font.registerHyphenationCallback((word) => hyphenateWord(word, locale));
}
