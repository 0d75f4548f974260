import { describe, expect, it } from 'vitest';
import { planOccurrences } from './series';
import { utcToZoned } from './zoned-time';

describe('planOccurrences', () => {
  it('plans one session when not repeated, whatever the count says', () => {
    const [only, ...rest] = planOccurrences({ date: '2026-03-02', time: '09:00', endTime: '10:00', repeat: 'none', count: 10 });
    expect(rest).toEqual([]);
    expect(only!.endsAt.getTime() - only!.startsAt.getTime()).toBe(3_600_000);
  });

  it('keeps a weekly series at 10:00 local time across the spring and autumn changes', () => {
    const spring = planOccurrences({ date: '2026-03-16', time: '10:00', endTime: '10:45', repeat: 'weekly', count: 4 });
    expect(spring.map((o) => utcToZoned(o.startsAt))).toEqual([
      { date: '2026-03-16', time: '10:00' },
      { date: '2026-03-23', time: '10:00' },
      { date: '2026-03-30', time: '10:00' },
      { date: '2026-04-06', time: '10:00' },
    ]);
    expect(spring.map((o) => o.startsAt.getUTCHours())).toEqual([9, 9, 8, 8]);
    const autumn = planOccurrences({ date: '2026-10-19', time: '10:00', endTime: '10:45', repeat: 'weekly', count: 2 });
    expect(autumn.map((o) => o.startsAt.getUTCHours())).toEqual([8, 9]);
  });

  it('steps two weeks for a fortnightly series', () => {
    const dates = planOccurrences({ date: '2026-12-21', time: '14:00', endTime: '15:00', repeat: 'biweekly', count: 3 }).map((o) => o.date);
    expect(dates).toEqual(['2026-12-21', '2027-01-04', '2027-01-18']);
  });

  it('refuses a series longer than 52', () => {
    expect(() => planOccurrences({ date: '2026-03-02', time: '09:00', endTime: '10:00', repeat: 'weekly', count: 53 })).toThrow(RangeError);
  });

  it('gives each session its own length: one on the night of a clock change as its clock times say', () => {
    // Summer time starts on 29 March 2026: 01:30–03:30 is an hour that night, two hours on every other.
    const series = planOccurrences({ date: '2026-03-29', time: '01:30', endTime: '03:30', repeat: 'weekly', count: 2 });
    expect(series.map((o) => o.durationMinutes)).toEqual([60, 120]);
    expect(series.map((o) => utcToZoned(o.endsAt).time)).toEqual(['03:30', '03:30']);
  });
});
