import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './visible';

describe('hasVisibleText', () => {
  it('finds nothing in spaces, zero-width and format characters, lone marks, selectors and fillers', () => {
    for (const blank of [
      '',
      ' \t\n',
      '\u00A0\u2003',
      '\u200B\u200C\u200D',
      '\u2060\uFEFF',
      '\u200E\u200F\u202E',
      '\uFE0F',
      '\u034F',
      '\u0301',
      '\u3164',
      '\u115F\u1160',
      '\uFFA0',
      '\u2800',
    ])
      expect(hasVisibleText(blank), JSON.stringify(blank)).toBe(false);
  });

  it('finds letters, digits, punctuation and emoji, joined or accented', () => {
    for (const text of ['a', '7', '-', 'é', 'e\u0301', '👩🏽‍💻', '❤\uFE0F', '한', '\u200BAnouk'])
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(true);
  });
});
