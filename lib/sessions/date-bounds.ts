import { addYears } from '@/lib/caseload/dates';
import { EARLIEST_DATE } from './earliest-date';
import type { LocalDate } from './zoned-time';

/**
 * How far ahead a session can lie: two years, the span of the longest series (52 fortnightly sessions) and of a
 * reintegration under the Wet verbetering poortwachter (104 weeks). Later is a typing error (2062, 9999).
 */
const SESSION_MAX_YEARS_AHEAD = 2;

/**
 * A session date outside 1 January 2000 (the earliest date of any trajectory, ./earliest-date.ts) …
 * two years from today: the message key, or null. No bound nearer in the past: recording a session held
 * earlier is always possible, down to the client's start date (`beforeClientStartProblem`).
 */
export function sessionDateProblem(date: LocalDate, today: LocalDate): string | null {
  if (date < EARLIEST_DATE || date > addYears(today, SESSION_MAX_YEARS_AHEAD)) return 'sessions.errors.dateOutOfRange';
  return null;
}

/** The last session of a series lies more than two years ahead: the message key, or null. */
export function seriesEndProblem(lastDate: LocalDate, today: LocalDate): string | null {
  return lastDate > addYears(today, SESSION_MAX_YEARS_AHEAD) ? 'sessions.errors.seriesTooFarAhead' : null;
}

/** A session belongs to the trajectory: not before the client's start date, when one is known. */
export function beforeClientStartProblem(date: LocalDate, clientStartDate: LocalDate | null): string | null {
  return clientStartDate && date < clientStartDate ? 'sessions.errors.beforeClientStart' : null;
}
