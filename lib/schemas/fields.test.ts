import { describe, expect, it } from 'vitest';
import { email, INT4_MAX, requiredText, version } from './fields';
import { moveSessionSchema } from './session';

describe('the version a form holds', () => {
  it('is a whole number from 1 to what the database column holds; anything else is refused by the schema', () => {
    expect(version.safeParse(1).success).toBe(true);
    expect(version.safeParse(INT4_MAX).success).toBe(true);
    for (const bad of [0, -1, 1.5, INT4_MAX + 1, Number.MAX_SAFE_INTEGER, '2', null]) {
      const parsed = version.safeParse(bad);
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('validation.invalid');
    }
  });

  it('is the field every form schema uses (a session moved with a crafted version is refused before the database)', () => {
    const base = { sessionId: '00000000-0000-4000-8000-000000000000', date: '2026-12-07', startTime: '10:00', endTime: '11:00' };
    const base2 = { ...base, allowOverlap: false };
    expect(moveSessionSchema.safeParse({ ...base2, version: 2 }).success).toBe(true);
    expect(moveSessionSchema.safeParse({ ...base2, version: 2 ** 31 }).success).toBe(false);
  });
});

describe('a required text', () => {
  const name = requiredText(20);
  it('is refused as empty when it shows nothing: spaces, zero-width characters, direction marks', () => {
    for (const blank of ['', '   ', '\u200B', '\u200B\u200C\u200D', ' \u2060\uFEFF ', '\u200E\u200F']) {
      expect(
        name.safeParse(blank).error?.issues.map((i) => i.message),
        JSON.stringify(blank),
      ).toEqual(['validation.required']);
    }
  });

  it('keeps a text with something to see, joiners inside emoji too, and says "too long" once', () => {
    expect(name.safeParse('  Anouk ').data).toBe('Anouk');
    expect(name.safeParse('👩🏽‍💻').success).toBe(true);
    expect(name.safeParse('x'.repeat(21)).error?.issues.map((i) => i.message)).toEqual(['validation.tooLong']);
  });
});

describe('an account e-mail address', () => {
  it('is trimmed and lower-cased, with at most 64 characters before the @', () => {
    expect(email.safeParse(' Coach@Praktijk.NL ').data).toBe('coach@praktijk.nl');
    expect(email.safeParse(`${'x'.repeat(64)}@praktijk.nl`).success).toBe(true);
    expect(email.safeParse(`${'x'.repeat(65)}@praktijk.nl`).error?.issues.map((i) => i.message)).toEqual(['validation.email']);
  });
});
