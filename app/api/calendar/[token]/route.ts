import { z } from 'zod';
import { readLinkToken } from '@/lib/accounts/links';
import { publicRoute } from '@/lib/http/public-route';
import { browserLocale, messagePage } from '@/lib/http/refusal';
import { translatorFor } from '@/lib/i18n/translator';
import { clientIpFrom } from '@/lib/security/client-ip';
import { openCalendarFeed } from '@/lib/sessions/calendar-feed';

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
 * A coach's sessions as an iCalendar feed for Google, Outlook or Apple Calendar (lib/sessions/calendar-feed.ts). The URL
 * is the secret; a renewed or unknown one is a 404 with a short page that says so, an address that guessed too often a 429.
 */
export const GET = publicRoute(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const parsed = feedParams.safeParse(await params);
  const link = parsed.success ? parsed.data.token : null;
  if (!link) return notFound();
  const feed = await openCalendarFeed(link, clientIpFrom(request.headers));
  if (feed.state === 'limited') return limited();
  if (feed.state === 'not_found') return notFound();
  return new Response(feed.body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="balanspunt.ics"',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
});
