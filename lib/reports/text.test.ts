import { describe, expect, it } from 'vitest';
import { pdfText } from './text';

describe('pdfText', () => {
  it('keeps © ® ™, which Unicode counts as pictographs but the report font has', () => {
    expect(pdfText('Maslach Burnout Inventory™ © 2026 Balanspunt® ')).toBe('Maslach Burnout Inventory™ © 2026 Balanspunt®');
    // The emoji-style variation selector goes, the sign stays.
    expect(pdfText('©\uFE0F ™\uFE0F')).toBe('© ™');
  });

  it('leaves out emoji with their joiners, skin tones and flags', () => {
    expect(pdfText('klaar 😀👍🏽 👩‍💻 🇳🇱 ❤️!')).toBe('klaar    !');
  });

  it('removes invisible controls and keeps line breaks', () => {
    expect(pdfText('a\u202Eb\u200Bc \nd\te')).toBe('abc\nd\te');
  });

  it('composes letters typed as a letter and a combining mark, which the fonts have only composed', () => {
    expect(pdfText('S\u0327u\u0308kru\u0308 Dog\u0306an')).toBe('Şükrü Doğan');
  });
});
