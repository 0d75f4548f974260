import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, initials, serializeCalendar } from './ical';

describe('iCalendar writer', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes UTC times with Z', () => {
    expect(formatUtc(new Date('2026-03-02T09:05:00.123Z'))).toBe('20260302T090500Z');
  });

  it('produces a calendar ical.js reads back', () => {
    const text = serializeCalendar({
      name: 'Balanspunt agenda',
      now: new Date('2026-03-01T12:00:00Z'),
      events: [
        {
          uid: 's1@balanspunt',
          startsAt: new Date('2026-03-02T09:00:00Z'),
          endsAt: new Date('2026-03-02T10:00:00Z'),
          summary: 'AV · Coachingsgesprek',
        },
        {
          uid: 's2@balanspunt',
          startsAt: new Date('2026-03-09T09:00:00Z'),
          endsAt: new Date('2026-03-09T09:45:00Z'),
          summary: `a, b; c ${'x'.repeat(200)}`,
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Balanspunt agenda');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['s1@balanspunt', 's2@balanspunt']);
    expect(events[0]!.summary).toBe('AV · Coachingsgesprek');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(events[1]!.summary).toBe(`a, b; c ${'x'.repeat(200)}`);
  });

  it('keeps initials only', () => {
    expect(initials('Anna', 'de Vries')).toBe('AV');
    expect(initials('émile', 'ölz')).toBe('ÉÖ');
    expect(initials('', '')).toBe('?');
    // A letter outside the 16-bit range, and a "U" typed with a separate diaeresis: whole, not half a character.
    expect(initials('𝒵oë', 'ʼt Hart')).toBe('𝒵H');
    expect(initials('U\u0308lkü', 'Çelik')).toBe('ÜÇ');
  });

  it('marks a cancelled session as not making the coach busy', () => {
    const event = { uid: 's@b', startsAt: new Date('2026-03-02T09:00:00Z'), endsAt: new Date('2026-03-02T10:00:00Z'), summary: 'AV' };
    const now = new Date('2026-03-01T12:00:00Z');
    const transp = (status?: 'CANCELLED') => {
      const [vevent] = new ICAL.Component(
        ICAL.parse(serializeCalendar({ name: 'x', now, events: [{ ...event, status }] })),
      ).getAllSubcomponents('vevent');
      return vevent!.getFirstPropertyValue('transp');
    };
    expect(transp()).toBe('OPAQUE');
    expect(transp('CANCELLED')).toBe('TRANSPARENT');
  });
});
