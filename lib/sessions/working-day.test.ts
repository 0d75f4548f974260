import { describe, expect, it } from 'vitest';
import { workingDayAround } from './working-day';
import { addDays, isoWeekday } from './zoned-time';

describe('workingDayAround', () => {
  it('keeps a working day as it is', () => {
    expect(workingDayAround('2026-12-02', 1)).toBe('2026-12-03'); // Wednesday → Thursday
    expect(workingDayAround('2026-12-02', -14)).toBe('2026-11-18');
  });

  it('moves a weekend towards today while it stays on the same side', () => {
    expect(workingDayAround('2026-12-07', 5)).toBe('2026-12-11'); // Monday + 5 = Saturday → Friday
    expect(workingDayAround('2026-12-04', -6)).toBe('2026-11-30'); // Friday − 6 = Saturday → Monday
  });

  it('moves away from today when the way towards it ends at today', () => {
    expect(workingDayAround('2026-12-05', 1)).toBe('2026-12-07'); // Saturday + 1 = Sunday → Monday
    expect(workingDayAround('2026-12-07', -1)).toBe('2026-12-04'); // Monday − 1 = Sunday → Friday
    expect(workingDayAround('2026-12-06', 1)).toBe('2026-12-07');
  });

  it('lands on Monday to Friday, on the asked side of today, within two days, from every weekday', () => {
    for (let start = 0; start < 7; start++) {
      const today = addDays('2026-12-07', start);
      for (const days of [-28, -20, -14, -1, 1, 3, 5]) {
        const day = workingDayAround(today, days);
        expect(isoWeekday(day)).toBeLessThanOrEqual(5);
        const offset = (Date.parse(day) - Date.parse(today)) / 86_400_000;
        expect(Math.sign(offset)).toBe(Math.sign(days));
        expect(Math.abs(offset - days)).toBeLessThanOrEqual(2);
      }
    }
  });
});
