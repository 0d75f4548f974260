import { describe, expect, it } from 'vitest';
import { meaningfulText, TRIMMED_WHITESPACE } from './answers';

describe('whitespace as the form judges it', () => {
  it('TRIMMED_WHITESPACE is exactly what String.prototype.trim strips, so SQL btrim with it agrees with meaningfulText', () => {
    const stripped: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (char.trim() === '') stripped.push(char);
    }
    expect([...TRIMMED_WHITESPACE].sort()).toEqual(stripped.sort());
  });

  it('no answer in whitespace alone: a newline, a tab, a no-break space', () => {
    expect(meaningfulText('\n')).toBeNull();
    expect(meaningfulText('\t\u00a0 \r\n')).toBeNull();
    expect(meaningfulText(' ja ')).toBe(' ja ');
  });
});
