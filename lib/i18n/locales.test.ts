import { describe, expect, it } from 'vitest';
import { intlLocale, resolveLocale } from './locales';

describe('locales', () => {
  it('defaults to Dutch and accepts only nl and en', () => {
    expect(resolveLocale(undefined)).toBe('nl');
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('de')).toBe('nl');
  });
  it('formats the Dutch and British way', () => {
    expect(intlLocale('nl')).toBe('nl-NL');
    expect(intlLocale('en')).toBe('en-GB');
    const date = new Date('2026-03-04T12:00:00Z');
    expect(new Intl.DateTimeFormat(intlLocale('en')).format(date)).toBe('04/03/2026');
    expect(new Intl.DateTimeFormat(intlLocale('nl')).format(date)).toBe('4-3-2026');
  });
});
