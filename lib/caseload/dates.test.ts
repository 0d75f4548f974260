import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isIsoDate, todayIn } from './dates';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1-2-2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds days across a DST change and month ends', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('adds years, with 29 February landing on 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-15', 7)).toBe('2033-06-15');
  });

  it('knows it is already tomorrow in Amsterdam late in the UTC evening', () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('Europe/Amsterdam', new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
  });
});
