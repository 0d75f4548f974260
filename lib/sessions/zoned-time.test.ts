import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDate,
  isoWeekday,
  minutesBetween,
  sessionMinutes,
  startOfWeek,
  todayIn,
  utcToZoned,
  zonedIsoTime,
  zonedToUtc,
} from './zoned-time';

describe('Amsterdam wall-clock time', () => {
  it('converts winter and summer times with their own offset', () => {
    expect(zonedToUtc('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(zonedToUtc('2026-07-15', '10:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('moves a time in the spring gap forward and takes the first of a repeated autumn time', () => {
    expect(utcToZoned(zonedToUtc('2026-03-29', '02:30'))).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(zonedToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour of the change days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (date.endsWith('03-29') && time.startsWith('02:')) continue;
        if (date.endsWith('03-28') && time.startsWith('02:')) continue;
        expect(utcToZoned(zonedToUtc(date, time))).toEqual({ date, time });
      }
    }
  });

  it('reads the same wall clock as Intl on every minute around the changes and across years (cached offsets)', () => {
    const viaIntl = (at: Date, zone: string) => {
      const f = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' });
      const [date, time] = f.format(at).split(' ');
      return { date, time };
    };
    const instants: Date[] = [];
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-05T15:00:00Z']) {
      for (let m = -90; m <= 90; m++) instants.push(new Date(Date.parse(change) + m * 60_000 + 30_000));
    }
    for (let i = 0; i < 400; i++) instants.push(new Date(Date.UTC(2024, 0, 1) + (i * 7_919_993_117) / 40));
    // Amsterdam, a half-hour change (Lord Howe) and a 45-minute offset (Kathmandu).
    for (const zone of ['Europe/Amsterdam', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      for (const at of instants) expect(utcToZoned(at, zone), `${at.toISOString()} ${zone}`).toEqual(viaIntl(at, zone));
    }
  });

  it('knows today in Amsterdam, not in UTC', () => {
    expect(todayIn(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(startOfWeek('2026-03-01')).toBe('2026-02-23');
    expect(minutesBetween('09:30', '10:15')).toBe(45);
    expect(minutesBetween('10:00', '09:00')).toBe(-60);
  });

  it('counts a session until midnight, and the hour a clock change takes or adds', () => {
    expect(minutesBetween('23:00', '00:00')).toBe(60);
    expect(minutesBetween('00:00', '00:00')).toBe(0);
    expect(minutesBetween('23:00', '00:30')).toBeLessThan(0);
    expect(sessionMinutes('2026-06-10', '23:00', '00:00')).toBe(60);
    expect(sessionMinutes('2026-06-10', '09:30', '10:15')).toBe(45);
    // Summer time starts on 29 March 2026 at 02:00 (the clock jumps to 03:00); it ends on 25 October at 03:00.
    expect(sessionMinutes('2026-03-29', '01:30', '03:30')).toBe(60);
    expect(sessionMinutes('2026-10-25', '01:30', '03:30')).toBe(180);
    // Its start plus its length is the end that was typed.
    const start = zonedToUtc('2026-03-29', '01:30');
    expect(utcToZoned(new Date(start.getTime() + sessionMinutes('2026-03-29', '01:30', '03:30') * 60_000))).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
    expect(utcToZoned(new Date(zonedToUtc('2026-06-10', '23:00').getTime() + 60 * 60_000))).toEqual({ date: '2026-06-11', time: '00:00' });
  });

  it('accepts only real dates', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-2-1')).toBe(false);
  });
});

describe('zonedIsoTime', () => {
  it('writes Amsterdam wall-clock time with its offset, in winter and in summer', () => {
    expect(zonedIsoTime(new Date('2026-12-02T10:19:40.900Z'))).toBe('2026-12-02T11:19:40+01:00');
    expect(zonedIsoTime(new Date('2026-07-01T22:30:05Z'))).toBe('2026-07-02T00:30:05+02:00');
  });
});
