import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import type { Locale } from '../i18n/locales';
import { hyphenateWord } from './hyphenation';
import { woffToSfnt } from './woff';

export const REPORT_FONT = 'Source Sans 3';

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
  const file = (weight: number, style: 'normal' | 'italic') => {
    const sfnt = woffToSfnt(readFileSync(path.join(sans, `source-sans-3-latin-${weight}-${style}.woff`)));
    return `data:font/ttf;base64,${Buffer.from(sfnt).toString('base64')}`;
  };
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: file(400, 'normal'), fontWeight: 400 },
      { src: file(400, 'italic'), fontWeight: 400, fontStyle: 'italic' },
      { src: file(600, 'normal'), fontWeight: 600 },
      { src: file(700, 'normal'), fontWeight: 700 },
    ],
  });
}

/** react-pdf has one global hyphenation callback: set it to the report's language before each render. */
export function setHyphenationLanguage(locale: Locale): void {
  Font.registerHyphenationCallback((word) => hyphenateWord(word, locale));
}
