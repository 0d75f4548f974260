import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { countLinkRequestsSince, findPortalClientsByEmail, linkRequestsSince, recordLinkRequest } from '@/db/queries/portal';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { portalLinkMail } from '@/lib/mail/portal-templates';
import { enqueueJob } from '@/lib/mail/queue';
import { deliver } from '@/lib/mail/transport';
import { refuseWhenLimited } from '@/lib/security/request-limits';
import { issuePortalLink } from './links';
import {
  isRateLimited,
  LINK_REQUEST_DAILY_LIMIT,
  LINK_REQUEST_DAY_MS,
  LINK_REQUEST_WINDOW_MS,
  PORTAL_LINK_TTL_MS,
  portalEmailKey,
  safePortalPath,
} from './rules';

/**
 * "Send me a sign-in link": counts and records the request under a per-email lock (so parallel requests
 * cannot all slip under the limit) and enqueues the look-up in the same transaction. Rate limited per
 * hashed email, for unknown emails too; the client look-up happens in the worker, so the answer is the
 * same, and as fast, for a known and an unknown email.
 */
export async function requestPortalLink(email: string, next: string | undefined, now = new Date()): Promise<ActionResult<null>> {
  // Per client IP first (shared limiter); the per-email limit below keeps its lock and its own count.
  const limitedIp = await refuseWhenLimited([['portalLinkIp', 'ip']]);
  if (limitedIp) return limitedIp;
  const key = portalEmailKey(email);
  const since = new Date(now.getTime() - LINK_REQUEST_WINDOW_MS);
  // The minutes to wait when refused, or null when the request is taken.
  const waitMinutes = await getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    if (isRateLimited(await countLinkRequestsSince(key, since, tx))) return Math.round(LINK_REQUEST_WINDOW_MS / 60_000);
    const day = await linkRequestsSince(key, new Date(now.getTime() - LINK_REQUEST_DAY_MS), tx);
    // A day's worth used: the next one is free when the earliest of them is a day old.
    if (day.count >= LINK_REQUEST_DAILY_LIMIT && day.earliest)
      return Math.max(1, Math.ceil((day.earliest.getTime() + LINK_REQUEST_DAY_MS - now.getTime()) / 60_000));
    await recordLinkRequest(key, tx);
    await enqueueJob(tx, 'portal_link_requested', { email, next: safePortalPath(next) });
    return null;
  });
  return waitMinutes === null ? ok(null) : fail('rate_limited', { params: { minutes: waitMinutes } });
}

/**
 * Worker side: one email may be a client of more than one practice; each practice sends its own link. All of them in
 * one transaction: when one fails, the job is retried for all, and a practice whose link went out is not mailed twice.
 */
export async function handlePortalLinkRequested(email: string, next: string): Promise<void> {
  const redirectTo = safePortalPath(next);
  await getDb().transaction(async (tx) => {
    for (const client of await findPortalClientsByEmail(email, tx)) {
      const url = await issuePortalLink(client.practiceId, client.id, redirectTo, tx);
      await audit(
        { practiceId: client.practiceId, actorKind: 'client', action: 'portal.link_requested', entityType: 'client', entityId: client.id },
        tx,
      );
      await deliver(
        client.practiceId,
        portalLinkMail({ to: client.email, locale: client.locale, name: client.firstName, practice: client.practiceName, url }),
        tx,
        { clientId: client.id, linkExpiresAt: new Date(Date.now() + PORTAL_LINK_TTL_MS) },
      );
    }
  });
}
