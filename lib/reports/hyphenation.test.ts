import hyphenEn from 'hyphen/en-gb';
import hyphenNl from 'hyphen/nl';
import { describe, expect, it } from 'vitest';
import { hyphenateWord } from './hyphenation';

const uncached = (word: string, locale: 'nl' | 'en') =>
  (locale === 'nl' ? hyphenNl : hyphenEn).hyphenateSync(word, { hyphenChar: '\u00AD', minWordLength: 6 }).split('\u00AD');

describe('hyphenateWord', () => {
  it('breaks Dutch compounds at Dutch syllables, the same from the cache as without it', () => {
    const words = ['werkdrukvermindering', 'leidinggevende', 'ontwikkelmogelijkheden', 'bedrijfsarts', 'energiedagboek', 'geïnterviewd'];
    for (const word of words) {
      const first = hyphenateWord(word, 'nl');
      expect(first.join('')).toBe(word);
      expect(first).toEqual(uncached(word, 'nl'));
      expect(hyphenateWord(word, 'nl')).toEqual(first); // cached
    }
    expect(hyphenateWord('bedrijfsarts', 'nl')).toEqual(['be', 'drijfs', 'arts']);
    expect(hyphenateWord('werkdrukvermindering', 'nl')).toEqual(['werk', 'druk', 'ver', 'min', 'de', 'ring']);
  });

  it('keeps the languages apart in the cache', () => {
    expect(hyphenateWord('bedrijfsarts', 'nl')).toEqual(['be', 'drijfs', 'arts']);
    expect(hyphenateWord('bedrijfsarts', 'en')).toEqual(uncached('bedrijfsarts', 'en'));
    expect(hyphenateWord('responsibilities', 'en')).toEqual(uncached('responsibilities', 'en'));
  });

  it('never breaks right after a compound\'s own hyphen (react-pdf adds a hyphen at every break: "werk--")', () => {
    const parts = hyphenateWord('Werk-thuisinterferentie', 'nl');
    expect(parts.join('')).toBe('Werk-thuisinterferentie');
    // The patterns see "thuisinterferentie" as one word: they miss the compound's seam (thuis|in), no wrong break.
    expect(parts).toEqual(['Werk-thuisin', 'ter', 'fe', 'ren', 'tie']);
    for (const word of ['e-mailadres', 'oud-collega', 'zelf-evaluatieformulier']) {
      expect(hyphenateWord(word, 'nl').some((p) => p.endsWith('-'))).toBe(false);
    }
  });

  it('cuts a long run without break points (a URL) into pieces that fit a line, and leaves short words whole', () => {
    const url = 'https://www.example.com/een/heel/lang/pad/naar/iets';
    const parts = hyphenateWord(url, 'nl');
    expect(parts.join('')).toBe(url);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(24);
    expect(hyphenateWord('werk', 'nl')).toEqual(['werk']);
  });
});
