import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { addYears } from '@/lib/caseload/dates';
import { moveSessionSchema, planSessionSchema } from '@/lib/schemas/session';
import { beforeClientStartProblem, seriesEndProblem, sessionDateProblem } from './date-bounds';
import { lastDateOf } from './series';
import { addDays, todayIn } from './zoned-time';

const today = '2026-12-01';

describe('session date bounds', () => {
  it('accepts last week, today and two years ahead; refuses later and anything before 2000', () => {
    expect(sessionDateProblem('2026-11-24', today)).toBeNull();
    expect(sessionDateProblem('2020-01-01', today)).toBeNull(); // before the client's start? that is the service's check
    expect(sessionDateProblem('2000-01-01', today)).toBeNull();
    expect(sessionDateProblem('2028-12-01', today)).toBeNull();
    expect(sessionDateProblem('2028-12-02', today)).toBe('sessions.errors.dateOutOfRange');
    expect(sessionDateProblem('9999-12-31', today)).toBe('sessions.errors.dateOutOfRange');
    expect(sessionDateProblem('1999-12-31', today)).toBe('sessions.errors.dateOutOfRange');
  });

  it('a series may not end more than two years ahead', () => {
    expect(lastDateOf({ date: '2026-12-07', repeat: 'biweekly', count: 52 })).toBe('2028-11-20');
    expect(seriesEndProblem('2028-11-20', today)).toBeNull();
    expect(lastDateOf({ date: '2027-02-01', repeat: 'biweekly', count: 52 })).toBe('2029-01-15');
    expect(seriesEndProblem('2029-01-15', today)).toBe('sessions.errors.seriesTooFarAhead');
    expect(lastDateOf({ date: '2027-02-01', repeat: 'none', count: 52 })).toBe('2027-02-01');
  });

  it('not before the client started, when a start date is known', () => {
    expect(beforeClientStartProblem('2020-01-01', '2026-03-02')).toBe('sessions.errors.beforeClientStart');
    expect(beforeClientStartProblem('2026-03-01', '2026-03-02')).toBe('sessions.errors.beforeClientStart');
    expect(beforeClientStartProblem('2026-03-02', '2026-03-02')).toBeNull();
    expect(beforeClientStartProblem('2020-01-01', null)).toBeNull();
  });
});

describe('the shared session schemas (form and action)', () => {
  const now = todayIn();
  const plan = (extra: Record<string, unknown>) => {
    const result = planSessionSchema.safeParse({
      clientId: '3f2b1c4d-0000-4000-8000-000000000001',
      requestId: '3f2b1c4d-0000-4000-8000-000000000002',
      date: now,
      startTime: '10:00',
      endTime: '11:00',
      kind: 'coaching',
      location: 'video',
      repeat: 'none',
      count: 1,
      allowOverlap: false,
      ...extra,
    });
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it('refuses an impossible date, keeps recording last week and planning ahead possible', () => {
    expect(plan({ date: '9999-12-31' })).toEqual({ date: 'sessions.errors.dateOutOfRange' });
    expect(plan({ date: '1900-01-01' })).toEqual({ date: 'sessions.errors.dateOutOfRange' });
    expect(plan({ date: addDays(addYears(now, 2), 1) })).toEqual({ date: 'sessions.errors.dateOutOfRange' });
    expect(plan({ date: addDays(now, -7) })).toEqual({});
    expect(plan({ date: addYears(now, 2) })).toEqual({});
    expect(plan({ date: '2026-02-30' })).toEqual({ date: 'sessions.errors.date' });
  });

  it('refuses a series running past two years ahead on its count, with one message for a first date out of range', () => {
    expect(plan({ date: addDays(now, 7), repeat: 'biweekly', count: 52 })).toEqual({});
    expect(plan({ date: addDays(now, 60), repeat: 'biweekly', count: 52 })).toEqual({ count: 'sessions.errors.seriesTooFarAhead' });
    expect(plan({ date: '9999-12-31', repeat: 'weekly', count: 3 })).toEqual({ date: 'sessions.errors.dateOutOfRange' });
  });

  it('moving a session has the same bounds', () => {
    const move = (date: string) => {
      const result = moveSessionSchema.safeParse({
        sessionId: '3f2b1c4d-0000-4000-8000-000000000001',
        date,
        startTime: '10:00',
        endTime: '11:00',
        version: 1,
        allowOverlap: false,
      });
      return result.success ? {} : fieldErrorsOf(result.error);
    };
    expect(move('9999-12-31')).toEqual({ date: 'sessions.errors.dateOutOfRange' });
    expect(move(addDays(now, -3))).toEqual({});
  });
});
