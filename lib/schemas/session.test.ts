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
    // The night summer time starts (29 March 2026): 02:30–03:00 never happens, 01:30–03:00 is half an hour.
    expect(errors({ repeat: 'none', date: '2026-03-29', startTime: '02:30', endTime: '03:00' })).toEqual({
      endTime: 'sessions.errors.endBeforeStart',
    });
    expect(errors({ repeat: 'none', date: '2026-03-29', startTime: '01:30', endTime: '03:00' })).toEqual({});
  });
});
