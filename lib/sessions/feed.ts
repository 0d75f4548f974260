import type { CalendarEvent } from './ical';
import { initials } from './ical';
import type { SessionKind, SessionLocation, SessionStatus } from './kinds';

export const FEED_PAST_DAYS = 90;
export const FEED_FUTURE_DAYS = 400;
/**
 * How long a session handed over to another coach stays in the outgoing coach's feed, as cancelled. Calendar apps
 * fetch a feed every hour to every day; a month also covers a phone left off during a holiday. After that the event
 * simply leaves the feed.
 */
export const FEED_MOVED_AWAY_DAYS = 30;

export type FeedSession = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  kind: SessionKind;
  location: SessionLocation;
  status: SessionStatus;
  version: number;
  updatedAt: Date;
  firstName: string;
  lastName: string;
  /** Handed over to another coach (the client reassigned) before it took place: no longer in this coach's agenda. */
  movedAway: boolean;
};

/**
 * Calendar events that say no more than needed: "AV · Coachingsgesprek", and where (the practice's address on site, else
 * how: "Videobellen", "Telefonisch"). No names, no notes, no summaries, nothing about health. A cancelled session stays in the feed as cancelled, so a
 * subscribed calendar drops it; so does one handed over to another coach (same UID, its SEQUENCE raised by the handover).
 */
export function feedEvents(
  sessions: FeedSession[],
  kindLabel: (kind: SessionKind) => string,
  where: (location: SessionLocation) => string,
): CalendarEvent[] {
  return sessions.map((s) => ({
    uid: `${s.id}@balanspunt`,
    startsAt: s.startsAt,
    endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
    summary: `${initials(s.firstName, s.lastName)} · ${kindLabel(s.kind)}`,
    location: where(s.location),
    status: s.status === 'cancelled' || s.movedAway ? 'CANCELLED' : 'CONFIRMED',
    sequence: s.version - 1,
    lastModified: s.updatedAt,
  }));
}
