import hyphenEn from 'hyphen/en-gb';
import hyphenNl from 'hyphen/nl';
import type { Locale } from '../i18n/locales';

const SOFT_HYPHEN = '\u00AD';
/** Past this length a word without break points (a URL, a code) is cut in chunks so it cannot overflow the page. */
const LONGEST_UNBROKEN = 24;
const CHUNK = 16;

const cache = new Map<string, string[]>();

/**
 * The parts a word may be broken into, with Dutch patterns for Dutch reports (react-pdf's default
 * English patterns break Dutch compounds in the wrong place) and British English for English ones.
 */
export function hyphenateWord(word: string, locale: Locale): string[] {
  const cacheKey = `${locale}:${word}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let parts: string[];
  if (/^[\p{L}\p{M}'’-]+$/u.test(word)) {
    const hyphenated = (locale === 'nl' ? hyphenNl : hyphenEn).hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 6 });
    parts = hyphenated.split(SOFT_HYPHEN);
  } else {
    parts = [word];
  }
  parts = parts.flatMap((part) => (part.length > LONGEST_UNBROKEN ? chunks(part) : [part]));
  if (cache.size > 20_000) cache.clear();
  cache.set(cacheKey, parts);
  return parts;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += CHUNK) out.push(chars.slice(i, i + CHUNK).join(''));
  return out;
}
