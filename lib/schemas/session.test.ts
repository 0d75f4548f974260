import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { planSessionSchema } from './session';

const plan = (extra: Record<string, unknown>) =>
  planSessionSchema.safeParse({
    clientId: '3f2b1c4d-0000-4000-8000-000000000001',
    requestId: '3f2b1c4d-0000-4000-8000-000000000002',
    date: addDays(todayIn(), 7),
    startTime: '10:00',
    endTime: '11:00',
    kind: 'coaching',
    location: 'video',
    allowOverlap: false,
    ...extra,
  });
const errors = (extra: Record<string, unknown>) => {
  const result = plan(extra);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('planning a session: the series count', () => {
  it('is not checked for a single session, even when the hidden field was cleared (NaN) or left odd', () => {
    // Weekly, count cleared, back to "no repeat": the form still sends the cleared field.
    expect(errors({ repeat: 'none', count: Number.NaN })).toEqual({});
    expect(errors({ repeat: 'none', count: undefined })).toEqual({});
    expect(errors({ repeat: 'none', count: 2.5 })).toEqual({});
    expect(errors({ repeat: 'none', count: 99 })).toEqual({});
    const single = plan({ repeat: 'none', count: Number.NaN });
    expect(single.success && single.data.count).toBe(1);
  });

  it('is required, whole and within bounds for a series', () => {
    expect(errors({ repeat: 'weekly', count: Number.NaN })).toEqual({ count: 'sessions.errors.count' });
    expect(errors({ repeat: 'weekly', count: undefined })).toEqual({ count: 'sessions.errors.count' });
    expect(errors({ repeat: 'weekly', count: 2.5 })).toEqual({ count: 'sessions.errors.count' });
    expect(errors({ repeat: 'weekly', count: '3' })).toEqual({ count: 'sessions.errors.count' });
    expect(errors({ repeat: 'weekly', count: 1 })).toEqual({ count: 'sessions.errors.seriesTooShort' });
    expect(errors({ repeat: 'biweekly', count: 53 })).toEqual({ count: 'sessions.errors.seriesTooLong' });
    const series = plan({ repeat: 'weekly', count: 4 });
    expect(series.success && series.data.count).toBe(4);
  });
});

describe('planning a session: its end', () => {
  it('may be midnight, not later and not before the start', () => {
    expect(errors({ repeat: 'none', startTime: '23:00', endTime: '00:00' })).toEqual({});
    expect(errors({ repeat: 'none', startTime: '23:00', endTime: '00:30' })).toEqual({ endTime: 'sessions.errors.endBeforeStart' });
    expect(errors({ repeat: 'none', startTime: '00:00', endTime: '00:00' })).toEqual({ endTime: 'sessions.errors.endBeforeStart' });
    expect(errors({ repeat: 'none', startTime: '10:00', endTime: '10:00' })).toEqual({ endTime: 'sessions.errors.endBeforeStart' });
    // The night summer time starts (29 March 2026): 01:30–03:00 is half an hour.
    expect(errors({ repeat: 'none', date: '2026-03-29', startTime: '01:30', endTime: '03:00' })).toEqual({});
  });
});

describe('planning a session: the night summer time starts', () => {
  // 28 March 2027, noon UTC: the message formats it as that date.
  const clockForward = `sessions.errors.clockForward?day=${Date.UTC(2027, 2, 28, 12)}`;

  it('refuses a start or end time the clock skips (02:00–02:59) with the date, never moving it an hour on', () => {
    expect(errors({ repeat: 'none', date: '2027-03-28', startTime: '02:30', endTime: '03:30' })).toEqual({ startTime: clockForward });
    expect(errors({ repeat: 'none', date: '2027-03-28', startTime: '02:15', endTime: '02:45' })).toEqual({ startTime: clockForward });
    expect(errors({ repeat: 'none', date: '2027-03-28', startTime: '02:00', endTime: '03:30' })).toEqual({ startTime: clockForward });
    expect(errors({ repeat: 'none', date: '2027-03-28', startTime: '01:30', endTime: '02:30' })).toEqual({ endTime: clockForward });
    expect(errors({ repeat: 'none', date: '2027-03-28', startTime: '01:00', endTime: '03:00' })).toEqual({});
    expect(errors({ repeat: 'none', date: '2027-03-21', startTime: '02:30', endTime: '03:15' })).toEqual({});
    // The autumn night has every time (02:00–03:00 twice).
    expect(errors({ repeat: 'none', date: '2026-10-25', startTime: '02:00', endTime: '03:00' })).toEqual({});
  });

  it("names a series' later session that falls on that night", () => {
    expect(errors({ repeat: 'weekly', count: 3, date: '2027-03-21', startTime: '02:30', endTime: '03:15' })).toEqual({
      startTime: clockForward,
    });
    expect(errors({ repeat: 'biweekly', count: 3, date: '2027-03-14', startTime: '01:30', endTime: '02:15' })).toEqual({
      endTime: clockForward,
    });
    expect(errors({ repeat: 'weekly', count: 1 + 1, date: '2027-03-07', startTime: '02:30', endTime: '03:15' })).toEqual({});
  });
});
