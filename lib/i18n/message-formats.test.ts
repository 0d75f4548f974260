import compile from 'icu-minify/compile';
import format from 'icu-minify/format';
import { describe, expect, it } from 'vitest';
import { intlLocale, type Locale, locales, MESSAGE_FORMATS, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

/** Every text of the messages with its dotted key. */
function texts(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => texts(value, prefix ? `${prefix}.${key}` : key));
}

/** As the built app formats a message: precompiled (next.config.mjs), with the app's named styles. */
function asBuilt(message: string, locale: Locale, values: Record<string, string | number | Date>, formats = MESSAGE_FORMATS) {
  return format(compile(message), intlLocale(locale), values, {
    formats,
    timeZone: TIME_ZONE,
    formatters: {
      getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
      getNumberFormat: (...args) => new Intl.NumberFormat(...args),
      getPluralRules: (...args) => new Intl.PluralRules(...args),
    },
  });
}

const STYLED = /\{(\w+), (date|time|number), ([^}]+)\}/g;

describe('date and time styles in the messages', () => {
  it('are all named in MESSAGE_FORMATS: the precompiled formatter of the build knows no built-in styles', () => {
    for (const locale of locales)
      for (const [key, text] of texts(messagesFor(locale)))
        for (const [, , type, style] of text.matchAll(STYLED)) {
          if (type === 'number') continue;
          expect(Object.keys(MESSAGE_FORMATS.dateTime), `${locale} ${key}`).toContain(style);
        }
  });

  it('print a share link’s expiry and a homework’s due date in words, as the built app mails them', () => {
    const date = new Date('2027-01-04T06:00:00Z');
    type Mails = { mail: { planShare: { expiry: string }; homeworkAssigned: { body: string } } };
    const mail = (locale: Locale) => (messagesFor(locale) as unknown as Mails).mail;
    expect(asBuilt(mail('nl').planShare.expiry, 'nl', { date })).toBe(
      'De link werkt tot 4 januari 2027 om 07:00 uur. Daarna kan de coach een nieuwe sturen.',
    );
    expect(asBuilt(mail('en').planShare.expiry, 'en', { date })).toBe(
      'The link works until 4 January 2027 at 07:00. After that, the coach can send you a new one.',
    );
    const homework = { coach: 'Marieke', practice: 'Zonnestraal', task: 'Energiedagboek', due: new Date('2026-12-12T11:00:00Z') };
    expect(asBuilt(mail('nl').homeworkAssigned.body, 'nl', homework)).toContain('Graag uiterlijk 12 december 2026 inleveren.');
    expect(asBuilt(mail('en').homeworkAssigned.body, 'en', homework)).toContain('Please submit it by 12 December 2026.');
    // Without the named styles the build printed the short date for both ("tot 4-1-2027 om 4-1-2027 uur").
    expect(() => asBuilt('{date, date, long}', 'nl', { date }, { dateTime: {} } as never)).toThrow();
  });
});
