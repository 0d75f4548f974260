import { describe, expect, it } from 'vitest';
import { addYears } from '@/lib/caseload/dates';
import { todayIn } from '@/lib/sessions/zoned-time';
import { assignHomeworkSchema } from './homework';
import { planItemFields } from './plan';

const today = todayIn();
const messageFor = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }, field: string) =>
  result.error?.issues.find((i) => i.path[0] === field)?.message ?? null;

describe('a plan item’s dates', () => {
  const dueDate = (value: string) => planItemFields.shape.dueDate.safeParse(value);
  const reviewDate = (value: string) => planItemFields.shape.reviewDate.safeParse(value);

  it('are refused before 2000 and more than two years ahead (typing errors such as 1900 and 9999), with the range named', () => {
    for (const value of ['1900-01-01', '1999-12-31', '9999-12-31', addYears(today, 3)]) {
      expect(dueDate(value).error?.issues[0]?.message).toBe('plan.errors.dateOutOfRange');
      expect(reviewDate(value).error?.issues[0]?.message).toBe('plan.errors.dateOutOfRange');
    }
  });

  it('are kept from 2000 up to two years ahead, and may stay empty', () => {
    for (const value of ['2000-01-01', today, addYears(today, 2)]) expect(dueDate(value)).toEqual({ success: true, data: value });
    expect(dueDate('')).toEqual({ success: true, data: null });
  });
});

describe('a homework due date', () => {
  const assign = (dueDate: string) =>
    assignHomeworkSchema.safeParse({
      clientId: '00000000-0000-4000-8000-000000000000',
      requestId: '00000000-0000-4000-8000-000000000001',
      template: 'energy_diary',
      instrumentKey: '',
      dueDate,
      message: '',
    });

  it('lies at most a year ahead', () => {
    expect(messageFor(assign('9999-12-31'), 'dueDate')).toBe('homework.errors.dueTooFar');
    expect(messageFor(assign(addYears(today, 2)), 'dueDate')).toBe('homework.errors.dueTooFar');
    expect(assign(addYears(today, 1)).success).toBe(true);
    expect(assign(today).success).toBe(true);
  });
});
