import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { answerDateProblem, answerDateRange } from './answer-dates';
import { checkAnswer } from './answers';
import { dateInRangeProblem } from './date-range';
import { formTemplates } from './templates';

const today = '2026-12-01';

describe('a date answer in a homework form', () => {
  it('lies from a year back to two years ahead', () => {
    expect(answerDateRange(today)).toEqual({ min: '2025-12-01', max: '2028-12-01' });
    expect(answerDateProblem('2025-12-01', today)).toBeNull();
    expect(answerDateProblem('2028-12-01', today)).toBeNull();
    expect(answerDateProblem('2025-11-30', today)).toBe('homework.errors.dateOutOfRange');
    expect(answerDateProblem('2028-12-02', today)).toBe('homework.errors.dateOutOfRange');
    expect(answerDateProblem('2026-02-30', today)).toBe('homework.errors.date');
  });

  it('the job-crafting "by when" field refuses 1900-01-01 and 2999-12-31 with the range message', () => {
    const crafting = formTemplates.job_crafting;
    expect(checkAnswer(crafting, 'social.byWhen', '1900-01-01', today)).toEqual({ ok: false, error: 'homework.errors.dateOutOfRange' });
    expect(checkAnswer(crafting, 'social.byWhen', '2999-12-31', today)).toEqual({ ok: false, error: 'homework.errors.dateOutOfRange' });
    expect(checkAnswer(crafting, 'social.byWhen', '2027-01-15', today)).toEqual({ ok: true, value: '2027-01-15' });
    // Without a given day: today in Amsterdam.
    expect(checkAnswer(crafting, 'social.byWhen', addDays(todayIn(), 30))).toMatchObject({ ok: true });
    expect(checkAnswer(crafting, 'social.byWhen', '2999-12-31')).toMatchObject({ ok: false });
  });
});

describe('the portal form checks a date against the range the page gave it', () => {
  it('the same answers as the server, without a date library', () => {
    const range = answerDateRange(today);
    for (const value of ['2025-12-01', '2028-12-01', '2025-11-30', '2028-12-02', '2026-02-30', '2026-2-3', 'morgen', ''])
      expect(dateInRangeProblem(value, range)).toBe(answerDateProblem(value, today));
    expect(dateInRangeProblem('2026-02-30', range)).toBe('homework.errors.date');
  });
});
