import { addDays, isSkippedTime, type LocalDate, type LocalTime, sessionMinutes, zonedToUtc } from './zoned-time';

export const REPEATS = ['none', 'weekly', 'biweekly'] as const;
export type Repeat = (typeof REPEATS)[number];
export const MAX_SERIES = 52;

/** `durationMinutes`: its own real length (from the start to the end time on its date, a clock change counted). */
export type Occurrence = { date: LocalDate; startsAt: Date; endsAt: Date; durationMinutes: number };

/** Days between two sessions of a series. */
const stepDays = (repeat: Repeat) => (repeat === 'biweekly' ? 14 : 7);

/** The date of a plan's last session (the first for a single session); the count is assumed valid. */
export function lastDateOf(plan: { date: LocalDate; repeat: Repeat; count: number }): LocalDate {
  return plan.repeat === 'none' ? plan.date : addDays(plan.date, (plan.count - 1) * stepDays(plan.repeat));
}

/**
 * The first date of a plan (one session or a series) whose start or end time the clock skips that night (summer time
 * starts: 02:00 becomes 03:00), and which of the two; null when every session's times exist.
 */
export function skippedTimeIn(plan: {
  date: LocalDate;
  time: LocalTime;
  endTime: LocalTime;
  repeat: Repeat;
  count: number;
}): { date: LocalDate; field: 'startTime' | 'endTime' } | null {
  const count = plan.repeat === 'none' ? 1 : plan.count;
  for (let i = 0; i < count; i++) {
    const date = addDays(plan.date, i * stepDays(plan.repeat));
    if (isSkippedTime(date, plan.time)) return { date, field: 'startTime' };
    if (isSkippedTime(date, plan.endTime)) return { date, field: 'endTime' };
  }
  return null;
}

/**
 * The sessions of a plan: one, or a weekly / fortnightly series at the same local times each time, so
 * a 10:00–11:00 session stays at 10:00–11:00 after the clocks change (the UTC instants shift by an hour instead), and
 * one on the night of a change is as long as its clock times say on that night only.
 */
export function planOccurrences(plan: {
  date: LocalDate;
  time: LocalTime;
  endTime: LocalTime;
  repeat: Repeat;
  count: number;
}): Occurrence[] {
  const count = plan.repeat === 'none' ? 1 : plan.count;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SERIES) throw new RangeError(`series of ${count}`);
  const step = stepDays(plan.repeat);
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(plan.date, i * step);
    const startsAt = zonedToUtc(date, plan.time);
    const durationMinutes = sessionMinutes(date, plan.time, plan.endTime);
    return { date, startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000), durationMinutes };
  });
}
