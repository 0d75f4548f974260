import { describe, expect, it } from 'vitest';
import { withYearIfOther } from './date-options';

describe('a day’s formatting options', () => {
  const day = { weekday: 'long', day: 'numeric', month: 'long' } as const;

  it('leave the year out within this year, and add it for a day in another year', () => {
    expect(withYearIfOther(day, '2026-12-21', '2026-12-07')).toEqual(day);
    expect(withYearIfOther(day, '2027-01-04', '2026-12-07')).toEqual({ ...day, year: 'numeric' });
    expect(withYearIfOther(day, '2025-12-30', '2026-01-02')).toEqual({ ...day, year: 'numeric' });
  });

  it('read in Dutch as the portal shows a session next January', () => {
    const format = (d: string, today: string) =>
      new Intl.DateTimeFormat('nl-NL', { ...withYearIfOther(day, d, today), timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
    expect(format('2027-01-04', '2026-12-07')).toBe('maandag 4 januari 2027');
    expect(format('2026-12-21', '2026-12-07')).toBe('maandag 21 december');
  });
});
