import { findCalendarFeedOwner, listFeedSessions } from '@/db/queries/calendar';
import { readLinkToken } from '@/lib/accounts/links';
import { publicRoute } from '@/lib/http/public-route';
import { browserLocale, messagePage } from '@/lib/http/refusal';
import { translatorFor } from '@/lib/i18n/translator';
import { FEED_FUTURE_DAYS, FEED_MOVED_AWAY_DAYS, FEED_PAST_DAYS, feedEvents } from '@/lib/sessions/feed';
import { serializeCalendar } from '@/lib/sessions/ical';
import { recordCalendarFeedFetched } from '@/lib/sessions/service';

const DAY = 86_400_000;

/** The same answer for a renewed, unknown or malformed link, in the browser's language (someone opened it by hand). */
async function notFound() {
  const locale = await browserLocale();
  const t = translatorFor(locale);
  return messagePage(404, locale, t('calendar.feedNotFoundTitle'), t('calendar.feedNotFoundBody'));
}

/**
 * A coach's sessions as an iCalendar feed for Google, Outlook or Apple Calendar. The URL is the secret
 * (`<practiceId>.<secret>`, only its hash stored); a renewed or unknown one is a 404 with a short page that says so.
 * Events carry the client's initials and the kind of session only. Sessions handed over to another coach stay a while,
 * as cancelled, so a subscribed calendar drops them.
 */
export const GET = publicRoute(async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const link = readLinkToken((await params).token.replace(/\.ics$/, ''));
  if (!link) return notFound();
  const owner = await findCalendarFeedOwner(link.practiceId, link.tokenHash);
  if (!owner) return notFound();
  const now = new Date();
  const sessions = await listFeedSessions(link.practiceId, owner.userId, {
    from: new Date(now.getTime() - FEED_PAST_DAYS * DAY),
    until: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY),
    movedSince: new Date(now.getTime() - FEED_MOVED_AWAY_DAYS * DAY),
  });
  const t = translatorFor(owner.locale);
  const events = feedEvents(sessions, (kind) => t(`sessions.kinds.${kind}`));
  await recordCalendarFeedFetched({ practiceId: link.practiceId, userId: owner.userId }, events.length);
  const body = serializeCalendar({ name: t('calendar.feedName'), now, events });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="balanspunt.ics"',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
});
