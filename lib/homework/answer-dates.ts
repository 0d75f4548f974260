import { addYears } from '@/lib/caseload/dates';
import { type LocalDate, todayIn } from '@/lib/sessions/zoned-time';
import { type DateRange, dateInRangeProblem } from './date-range';

/**
 * A date the client answers in a homework form ("by when do I want to have done it?") lies from a year back to two
 * years ahead: a plan a client makes or looks back on; 1900 or 2999 is a typing error. The portal page computes the
 * range here and hands it to the form, which checks a date as it is typed with `dateInRangeProblem`.
 */
const YEARS_BACK = 1;
const YEARS_AHEAD = 2;

/** The first and last date a date answer may have, around `today` in Amsterdam. */
export function answerDateRange(today: LocalDate = todayIn()): DateRange {
  return { min: addYears(today, -YEARS_BACK), max: addYears(today, YEARS_AHEAD) };
}

/** The message key for a date answer that does not exist or lies outside `answerDateRange`, or null. */
export function answerDateProblem(value: string, today: LocalDate = todayIn()): string | null {
  return dateInRangeProblem(value, answerDateRange(today));
}
