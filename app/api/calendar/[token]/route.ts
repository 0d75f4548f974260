import { z } from 'zod';
import { findCalendarFeedOwner, listFeedSessions } from '@/db/queries/calendar';
import { getPractice } from '@/db/queries/practices';
import { readLinkToken } from '@/lib/accounts/links';
import { publicRoute } from '@/lib/http/public-route';
import { browserLocale, messagePage } from '@/lib/http/refusal';
import { translatorFor } from '@/lib/i18n/translator';
import { clientIpFrom } from '@/lib/security/client-ip';
import { blockedFor, consume } from '@/lib/security/rate-limit';
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

/** Too many misses from this address: a short page that says so, and when to try again. */
async function limited() {
  const locale = await browserLocale();
  const t = translatorFor(locale);
  return messagePage(429, locale, t('calendar.feedLimitedTitle'), t('calendar.feedLimitedBody'), 15 * 60);
}

/** `<practice uuid>.<43 base64url characters>`, with the `.ics` some calendar apps want; anything else is not looked up. */
const feedParams = z.object({
  token: z
    .string()
    .max(100)
    .regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,60}(\.ics)?$/i)
    .transform((token) => readLinkToken(token.replace(/\.ics$/i, ''))),
});

/**
 * A coach's sessions as an iCalendar feed for Google, Outlook or Apple Calendar. The URL is the secret
 * (`<practiceId>.<secret>`, only its hash stored); a renewed or unknown one is a 404 with a short page that says so.
 * Events carry the client's initials and the kind of session only. Sessions handed over to another coach stay a while,
 * as cancelled, so a subscribed calendar drops them.
 */
export const GET = publicRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const parsed = feedParams.safeParse(await params);
  const link = parsed.success ? parsed.data.token : null;
  if (!link) return notFound();
  // An address that missed too often is refused before any lookup: a guesser learns nothing more from it for a while.
  const ip = clientIpFrom(request.headers);
  if ((await blockedFor('calendarGuessIp', ip)) !== null) return limited();
  const owner = await findCalendarFeedOwner(link.practiceId, link.tokenHash);
  if (!owner) {
    // A miss spends a guessing point once per URL and address in the window (calendarDeadUrl): Google or Outlook polling a
    // renewed or revoked feed URL from a shared address costs one point per 15 minutes, not one per poll, so it cannot use
    // up that address's limit and block working feeds from there; every other URL guessed costs a point of its own.
    const firstMiss = await consume('calendarDeadUrl', [link.tokenHash, ip]);
    if (firstMiss.ok && !(await consume('calendarGuessIp', ip)).ok) return limited();
    return notFound();
  }
  const now = new Date();
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
