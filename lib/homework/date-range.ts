/**
 * The check of a date answer against its range, without imports: the portal form runs it as the client types, with
 * the range the page computed on the server (lib/homework/answer-dates.ts), so the phone loads no date library.
 */
export type DateRange = { min: string; max: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The message key for a value that is no calendar date (`YYYY-MM-DD`) or lies outside `range`, or null. */
export function dateInRangeProblem(value: string, range: DateRange): string | null {
  const m = DATE.exec(value);
  const real = m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
  if (!real) return 'homework.errors.date';
  return value < range.min || value > range.max ? 'homework.errors.dateOutOfRange' : null;
}
