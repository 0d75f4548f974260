/**
 * A day's formatting options, with the year added when the day (YYYY-MM-DD, in the practice's time zone) is not in
 * today's year: on 7 December, "maandag 4 januari" reads like a day gone by; "maandag 4 januari 2027" does not.
 */
export function withYearIfOther<const T extends object>(options: T, day: string, today: string): T & { year?: 'numeric' } {
  return day.slice(0, 4) === today.slice(0, 4) ? options : { ...options, year: 'numeric' };
}
