import 'server-only';
import { type Executor, getDb } from '@/db/client';
import { findPortalClientsByEmail, linkRequestsOfDay, lockLinkRequests, recordLinkRequest } from '@/db/queries/portal';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import type { Locale } from '@/lib/i18n/locales';
import { portalClosedMail, portalLinkMail } from '@/lib/mail/portal-link-templates';
import { enqueueJob } from '@/lib/mail/queue';
import { deliver } from '@/lib/mail/transport';
import { refuseWhenLimited } from '@/lib/security/request-limits';
import { issuePortalLink } from './links';
import {
  LINK_REQUEST_DAY_MS,
  LINK_REQUEST_WINDOW_MS,
  linkRequestVerdict,
  PORTAL_LINK_TTL_MS,
  portalEmailKey,
  safePortalPath,
} from './rules';

export type Verdict = ReturnType<typeof linkRequestVerdict>;

/**
 * One more link request for `email`, under the address's lock (held until the transaction ends, so parallel requests
 * see each other instead of all slipping under the limits): its verdict, and counted when it is taken.
 */
export async function countLinkRequest(email: string, now: Date, tx: Executor): Promise<Verdict> {
  const key = portalEmailKey(email);
  const since = { window: new Date(now.getTime() - LINK_REQUEST_WINDOW_MS), day: new Date(now.getTime() - LINK_REQUEST_DAY_MS) };
  await lockLinkRequests(key, tx);
  const verdict = linkRequestVerdict(await linkRequestsOfDay(key, since, tx), now);
  if (verdict.kind === 'take') await recordLinkRequest(key, tx);
  return verdict;
}

type LinkRecipient = { practiceId: string; id: string; email: string; locale: Locale; firstName: string; practiceName: string };

/** The sign-in link mail (one path for the client's own request and the coach's): a fresh link and its mail, in `tx`. */
export async function mailSignInLink(client: LinkRecipient, redirectTo: string, tx: Executor, coach?: string): Promise<void> {
  const url = await issuePortalLink(client.practiceId, client.id, redirectTo, tx);
  await deliver(
    client.practiceId,
    portalLinkMail({ to: client.email, locale: client.locale, name: client.firstName, practice: client.practiceName, url, coach }),
    tx,
    { clientId: client.id, linkExpiresAt: new Date(Date.now() + PORTAL_LINK_TTL_MS) },
  );
}

/**
 * "Send me a sign-in link": counts and records the request under a per-email lock (so parallel requests
 * cannot all slip under the limit) and enqueues the look-up in the same transaction. Rate limited per
 * hashed email, for unknown emails too; the client look-up happens in the worker, so the answer is the
 * same, and as fast, for a known and an unknown email. A second request for the address within a minute (a double
 * tap on "Sign in") gets the same answer but records and enqueues nothing: one link mail, one request counted.
 */
export async function requestPortalLink(email: string, next: string | undefined, now = new Date()): Promise<ActionResult<null>> {
  // Per client IP first (shared limiter); the per-email limit below keeps its lock and its own count.
  const limitedIp = await refuseWhenLimited([['portalLinkIp', 'ip']]);
  if (limitedIp) return limitedIp;
  const verdict = await getDb().transaction(async (tx) => {
    const found = await countLinkRequest(email, now, tx);
    if (found.kind === 'take') await enqueueJob(tx, 'portal_link_requested', { email, next: safePortalPath(next) });
    return found;
  });
  return verdict.kind === 'limited' ? fail('rate_limited', { params: { minutes: verdict.minutes } }) : ok(null);
}

/**
 * Worker side: one email may be a client of more than one practice; each practice sends its own link. All of them in
 * one transaction: when one fails, the job is retried for all, and a practice whose link went out is not mailed twice.
 */
export async function handlePortalLinkRequested(email: string, next: string): Promise<void> {
  const redirectTo = safePortalPath(next);
  await getDb().transaction(async (tx) => {
    for (const client of await findPortalClientsByEmail(email, tx)) {
      if (client.closed) {
        // The coaching has ended, so a link would lead back to the sign-in page: the client hears why, and whom to ask.
        // The page's answer is the same for every address; only this mail tells, and only to the address itself.
        await audit(
          {
            practiceId: client.practiceId,
            actorKind: 'client',
            action: 'portal.link_requested',
            entityType: 'client',
            entityId: client.id,
            metadata: { closed: true },
          },
          tx,
        );
        await deliver(
          client.practiceId,
          // A reply reaches the coach it names, not the no-reply address.
          {
            ...portalClosedMail({
              to: client.email,
              locale: client.locale,
              name: client.firstName,
              practice: client.practiceName,
              coach: client.coachName,
              coachEmail: client.coachEmail,
            }),
            replyTo: client.coachEmail,
          },
          tx,
          { clientId: client.id },
        );
        continue;
      }
      await audit(
        { practiceId: client.practiceId, actorKind: 'client', action: 'portal.link_requested', entityType: 'client', entityId: client.id },
        tx,
      );
      await mailSignInLink(client, redirectTo, tx);
    }
  });
}
