import { addDays, isoWeekday, type LocalDate } from './zoned-time';

/**
 * The working day (Monday to Friday) nearest to `days` from `today`, on the same side of today: where the demo places a
 * session "in five days" or "two weeks ago". A weekend moves towards today first, so a session of next week stays in
 * the week the dashboard shows; only when that would reach today does it move away (tomorrow on a Saturday: Monday).
 */
export function workingDayAround(today: LocalDate, days: number): LocalDate {
  if (days === 0) throw new Error('workingDayAround: a day before or after today');
  const toward = days > 0 ? -1 : 1;
  const candidates = [days, days + toward, days + 2 * toward, days - toward, days - 2 * toward];
  const day = candidates.find((d) => Math.sign(d) === Math.sign(days) && isoWeekday(addDays(today, d)) <= 5);
  return addDays(today, day!);
}
