import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate } from './well-formed';

describe('hasLoneSurrogate', () => {
  it('finds half of a pair anywhere in an action input', () => {
    expect(hasLoneSurrogate('A\uD800B')).toBe(true);
    expect(hasLoneSurrogate('end\uDC00')).toBe(true);
    expect(hasLoneSurrogate({ client: { names: ['ok', 'x\uD83D'] } })).toBe(true);
  });

  it('passes whole characters, emoji and other values', () => {
    expect(hasLoneSurrogate('Energie 👩🏽‍💻 𝕏 🫠')).toBe(false);
    expect(hasLoneSurrogate({ a: 1, b: null, c: [true, 'zero\u200Bwidth'], d: undefined })).toBe(false);
    expect(hasLoneSurrogate(undefined)).toBe(false);
  });
});
