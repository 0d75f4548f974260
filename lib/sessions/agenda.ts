import { addDays, isQueryDate, type LocalDate, utcToZoned } from './zoned-time';

export const AGENDA_DAYS = 7;

/** The agenda shows seven days from `from` (today unless the coach navigated); a bad or far-off value means today. */
export function agendaWindow(fromParam: string | undefined, today: LocalDate) {
  const from = fromParam && isQueryDate(fromParam) ? fromParam : today;
  const days = Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(from, i));
  return { from, days, until: addDays(from, AGENDA_DAYS), previous: addDays(from, -AGENDA_DAYS), next: addDays(from, AGENDA_DAYS) };
}

/** Sessions sorted into their local (Amsterdam) day; every day of the window is present, maybe empty. */
export function groupByDay<T extends { startsAt: Date }>(items: T[], days: LocalDate[]): { date: LocalDate; items: T[] }[] {
  const byDay = new Map<LocalDate, T[]>(days.map((d) => [d, []]));
  for (const item of [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    byDay.get(utcToZoned(item.startsAt).date)?.push(item);
  }
  return days.map((date) => ({ date, items: byDay.get(date) ?? [] }));
}
