export type Interval = { startsAt: Date; endsAt: Date };

/** Half-open intervals: a session ending at 10:00 does not overlap one starting at 10:00. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The existing sessions that collide with any of the planned ones (each listed once, in time order). */
export function findOverlaps<T extends Interval & { id: string }>(planned: Interval[], existing: T[], ignoreId?: string): T[] {
  return existing
    .filter((e) => e.id !== ignoreId && planned.some((p) => overlaps(p, e)))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The sessions among `sessions` that collide with another of `agenda` (a session never with itself): the handed-over
 * sessions that double up in the new coach's agenda, which then holds them too.
 */
export function collidingSessions<T extends Interval & { id: string }>(sessions: T[], agenda: (Interval & { id: string })[]): T[] {
  return sessions.filter((s) => agenda.some((a) => a.id !== s.id && overlaps(s, a)));
}

/** The window to search for collisions: from the first start to the last end. */
export function spanOf(planned: Interval[]): Interval {
  const starts = planned.map((p) => p.startsAt.getTime());
  const ends = planned.map((p) => p.endsAt.getTime());
  return { startsAt: new Date(Math.min(...starts)), endsAt: new Date(Math.max(...ends)) };
}
