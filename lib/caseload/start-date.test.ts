import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { closeClientSchema, createClientSchema, updateClientSchema } from '@/lib/schemas/client';
import { EARLIEST_DATE } from '@/lib/sessions/earliest-date';
import { startDateRangeProblem } from './client-checks';
import { addDays, addYears, todayIn } from './dates';

const valid = {
  requestId: '5d0c6f1e-0000-4000-8000-000000000001',
  firstName: 'Eva',
  lastName: 'Smit',
  email: 'eva.smit@example.nl',
  phone: '',
  jobTitle: '',
  employerId: '',
  managerContactId: '',
  coachId: '3f2b1c4d-0000-4000-8000-000000000001',
  startDate: '',
  referralRoute: 'self',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: '',
  notes: '',
} as const;

const startError = (startDate: string) => {
  const result = createClientSchema.safeParse({ ...valid, startDate });
  return result.success ? null : (fieldErrorsOf(result.error).startDate ?? null);
};

describe('a client start date lies from 1 January 2000 to a year from today', () => {
  const today = '2026-12-01';

  it('accepts the bounds themselves, and no date at all', () => {
    expect(startDateRangeProblem(EARLIEST_DATE, today)).toBeNull();
    expect(startDateRangeProblem('2027-12-01', today)).toBeNull();
    expect(startDateRangeProblem(today, today)).toBeNull();
    expect(startDateRangeProblem(null, today)).toBeNull();
  });

  it('refuses 31-12-9999, a day more than a year ahead and anything before 2000', () => {
    expect(startDateRangeProblem('9999-12-31', today)).toBe('clients.validation.startOutOfRange');
    expect(startDateRangeProblem('2027-12-02', today)).toBe('clients.validation.startOutOfRange');
    expect(startDateRangeProblem('1999-12-31', today)).toBe('clients.validation.startOutOfRange');
    expect(startDateRangeProblem('0202-01-12', today)).toBe('clients.validation.startOutOfRange');
  });

  it('the shared schema refuses it in the new and the edit form (and so in the action)', () => {
    const now = todayIn();
    expect(startError('9999-12-31')).toBe('clients.validation.startOutOfRange');
    expect(startError('1999-12-31')).toBe('clients.validation.startOutOfRange');
    expect(startError(addDays(addYears(now, 1), 1))).toBe('clients.validation.startOutOfRange');
    expect(startError(addYears(now, 1))).toBeNull();
    expect(startError(addDays(now, -7))).toBeNull();
    expect(startError('')).toBeNull();
    expect(startError('2026-02-30')).toBe('clients.validation.date');
    const update = updateClientSchema.safeParse({ ...valid, startDate: '9999-12-31', clientId: valid.coachId, version: 1 });
    expect(update.success ? null : fieldErrorsOf(update.error).startDate).toBe('clients.validation.startOutOfRange');
  });

  it('a closing date before 2000 is refused too; the other closing checks stay with the service', () => {
    const close = (closedOn: string) => {
      const result = closeClientSchema.safeParse({ clientId: valid.coachId, version: 1, closedOn, reason: 'completed' });
      return result.success ? null : (fieldErrorsOf(result.error).closedOn ?? null);
    };
    expect(close('1900-01-01')).toBe('clients.validation.closeTooEarly');
    expect(close(todayIn())).toBeNull();
    expect(close('2026-02-30')).toBe('clients.validation.date');
    expect(close('')).toBe('validation.required');
  });
});
