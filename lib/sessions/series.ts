import { addDays, type LocalDate, type LocalTime, zonedToUtc } from './zoned-time';

export const REPEATS = ['none', 'weekly', 'biweekly'] as const;
export type Repeat = (typeof REPEATS)[number];
export const MAX_SERIES = 52;

export type Occurrence = { date: LocalDate; startsAt: Date; endsAt: Date };

/** Days between two sessions of a series. */
const stepDays = (repeat: Repeat) => (repeat === 'biweekly' ? 14 : 7);

/** The date of a plan's last session (the first for a single session); the count is assumed valid. */
export function lastDateOf(plan: { date: LocalDate; repeat: Repeat; count: number }): LocalDate {
  return plan.repeat === 'none' ? plan.date : addDays(plan.date, (plan.count - 1) * stepDays(plan.repeat));
}

/**
 * The sessions of a plan: one, or a weekly / fortnightly series at the same local time each time, so
 * a 10:00 session stays at 10:00 after the clocks change (the UTC instant shifts by an hour instead).
 */
export function planOccurrences(plan: {
  date: LocalDate;
  time: LocalTime;
  durationMinutes: number;
  repeat: Repeat;
  count: number;
}): Occurrence[] {
  const count = plan.repeat === 'none' ? 1 : plan.count;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SERIES) throw new RangeError(`series of ${count}`);
  const step = stepDays(plan.repeat);
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(plan.date, i * step);
    const startsAt = zonedToUtc(date, plan.time);
    return { date, startsAt, endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000) };
  });
}
