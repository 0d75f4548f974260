import 'server-only';
import { findCalendarFeedOwner, listFeedSessions } from '@/db/queries/calendar';
import { getPractice } from '@/db/queries/practices';
import { translatorFor } from '@/lib/i18n/translator';
import { blockedFor, consume } from '@/lib/security/rate-limit';
import { FEED_FUTURE_DAYS, FEED_MOVED_AWAY_DAYS, FEED_PAST_DAYS, feedEvents } from './feed';
import { serializeCalendar } from './ical';
import { recordCalendarFeedFetched } from './service';

const DAY = 86_400_000;

export type CalendarFeed = { state: 'not_found' } | { state: 'limited' } | { state: 'ok'; body: string };

/**
 * A coach's sessions as an iCalendar document for the feed URL (`link`, read from `<practiceId>.<secret>`; only the
 * secret's hash is stored). The URL is the credential: an address that missed too often is refused before any lookup,
 * and a miss spends its guessing points. Events carry the client's initials and the kind of session only; sessions
 * handed over to another coach stay a while, as cancelled, so a subscribed calendar drops them. Every fetch is audited.
 */
export async function openCalendarFeed(
  link: { practiceId: string; tokenHash: string },
  ip: string | null,
  now = new Date(),
): Promise<CalendarFeed> {
  // A guesser learns nothing more from this address for a while.
  if ((await blockedFor('calendarGuessIp', ip)) !== null) return { state: 'limited' };
  const owner = await findCalendarFeedOwner(link.practiceId, link.tokenHash);
  if (!owner) {
    // A miss spends a guessing point once per URL and address in the window (calendarDeadUrl): Google or Outlook polling a
    // renewed or revoked feed URL from a shared address costs one point per 15 minutes, not one per poll, so it cannot use
    // up that address's limit and block working feeds from there; every other URL guessed costs a point of its own.
    const firstMiss = await consume('calendarDeadUrl', [link.tokenHash, ip]);
    if (firstMiss.ok && !(await consume('calendarGuessIp', ip)).ok) return { state: 'limited' };
    return { state: 'not_found' };
  }
  const [sessions, practice] = await Promise.all([
    listFeedSessions(link.practiceId, owner.userId, {
      from: new Date(now.getTime() - FEED_PAST_DAYS * DAY),
      until: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY),
      movedSince: new Date(now.getTime() - FEED_MOVED_AWAY_DAYS * DAY),
    }),
    getPractice(link.practiceId),
  ]);
  const t = translatorFor(owner.locale);
  // On site: the practice's address on one line, where it has one (a calendar app offers the route to it).
  const address = (practice?.address ?? '')
    .trim()
    .split(/\s*\n\s*/)
    .join(', ');
  const events = feedEvents(
    sessions,
    (kind) => t(`sessions.kinds.${kind}`),
    (location) => (location === 'on_site' && address ? address : t(`sessions.locations.${location}`)),
  );
  await recordCalendarFeedFetched({ practiceId: link.practiceId, userId: owner.userId }, events.length, ip);
  return { state: 'ok', body: serializeCalendar({ name: t('calendar.feedName'), now, events }) };
}
