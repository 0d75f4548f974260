import 'server-only';
import { and, eq, gt, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { type EarlierLinkRequests, PORTAL_IDLE_TIMEOUT_MS } from '@/lib/portal/rules';
import { type Executor, getDb } from '../client';
import { clients, portalLinkRequests, portalLinks, portalSessions, practices, users } from '../schema';

/** Signing in to the client portal: magic-link requests, the links themselves and portal sessions. */

/**
 * Not scoped to a practice: at the portal sign-in the practice is not known yet. Archived clients are out. A closed
 * client's session is refused (findPortalSession), so `closed` ones get no link but a word that the coaching has ended.
 */
export function findPortalClientsByEmail(email: string, ex: Executor = getDb()) {
  return ex
    .select({
      practiceId: clients.practiceId,
      id: clients.id,
      firstName: clients.firstName,
      email: clients.email,
      locale: clients.locale,
      practiceName: practices.name,
      closed: sql<boolean>`${clients.status} = 'closed'`,
      // Whom a closed trajectory's client can ask (the mail names the coach, with the address to write to).
      coachName: users.name,
      coachEmail: users.email,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .innerJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(sql`lower(${clients.email}) = ${email.trim().toLowerCase()}`, isNull(clients.archivedAt)));
}

/**
 * The link requests of one email take turns (a lock held until the transaction ends): requests sent in parallel (a
 * double tap) then see each other, instead of all slipping under the limits.
 */
export async function lockLinkRequests(emailKey: string, ex: Executor) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${emailKey}))`);
}

/**
 * The link requests of one (hashed) email in the last day, in one statement: how many since `since.window` (the
 * quarter-hour) and in all, and when the earliest and the latest were made.
 */
export async function linkRequestsOfDay(
  emailKey: string,
  since: { window: Date; day: Date },
  ex: Executor = getDb(),
): Promise<EarlierLinkRequests> {
  const [row] = await ex
    .select({
      inWindow: sql<number>`(count(*) filter (where ${gt(portalLinkRequests.createdAt, since.window)}))::int`,
      inDay: sql<number>`count(*)::int`,
      earliest: sql<string | null>`min(${portalLinkRequests.createdAt})`,
      latest: sql<string | null>`max(${portalLinkRequests.createdAt})`,
    })
    .from(portalLinkRequests)
    .where(and(eq(portalLinkRequests.emailKey, emailKey), gt(portalLinkRequests.createdAt, since.day)));
  return {
    inWindow: row?.inWindow ?? 0,
    inDay: row?.inDay ?? 0,
    earliest: row?.earliest ? new Date(row.earliest) : null,
    latest: row?.latest ? new Date(row.latest) : null,
  };
}

export async function recordLinkRequest(emailKey: string, ex: Executor = getDb()) {
  await ex.insert(portalLinkRequests).values({ emailKey });
}

export async function insertPortalLink(
  practiceId: string,
  values: { clientId: string; tokenHash: string; redirectTo: string; expiresAt: Date },
  ex: Executor = getDb(),
) {
  await ex.insert(portalLinks).values({ practiceId, ...values });
}

export async function findPortalLink(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      id: portalLinks.id,
      practiceId: portalLinks.practiceId,
      clientId: portalLinks.clientId,
      redirectTo: portalLinks.redirectTo,
      expiresAt: portalLinks.expiresAt,
      usedAt: portalLinks.usedAt,
      locale: clients.locale,
      archivedAt: clients.archivedAt,
      status: clients.status,
    })
    .from(portalLinks)
    .innerJoin(clients, and(eq(clients.practiceId, portalLinks.practiceId), eq(clients.id, portalLinks.clientId)))
    .where(and(eq(portalLinks.practiceId, practiceId), eq(portalLinks.tokenHash, tokenHash)))
    .limit(1);
  return row ?? null;
}

/** Single use: false when the link was used concurrently. */
export async function markPortalLinkUsed(practiceId: string, id: string, ex: Executor = getDb()) {
  const rows = await ex
    .update(portalLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(portalLinks.practiceId, practiceId), eq(portalLinks.id, id), isNull(portalLinks.usedAt)))
    .returning({ id: portalLinks.id });
  return rows.length === 1;
}

export async function insertPortalSession(
  practiceId: string,
  values: { clientId: string; tokenHash: string; expiresAt: Date },
  ex: Executor = getDb(),
) {
  await ex.insert(portalSessions).values({ practiceId, ...values });
}

/** The signed-in client behind a session cookie, if the session is still valid and the client not archived. */
export async function findPortalSession(practiceId: string, tokenHash: string, now = new Date(), ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      sessionId: portalSessions.id,
      practiceId: portalSessions.practiceId,
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      locale: clients.locale,
      practiceName: practices.name,
    })
    .from(portalSessions)
    .innerJoin(clients, and(eq(clients.practiceId, portalSessions.practiceId), eq(clients.id, portalSessions.clientId)))
    .innerJoin(practices, eq(practices.id, portalSessions.practiceId))
    .where(
      and(
        eq(portalSessions.practiceId, practiceId),
        eq(portalSessions.tokenHash, tokenHash),
        gt(portalSessions.expiresAt, now),
        gt(portalSessions.lastSeenAt, new Date(now.getTime() - PORTAL_IDLE_TIMEOUT_MS)),
        isNull(clients.archivedAt),
        ne(clients.status, 'closed'),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function deletePortalSession(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  await ex.delete(portalSessions).where(and(eq(portalSessions.practiceId, practiceId), eq(portalSessions.tokenHash, tokenHash)));
}

/** Marks the session as used now (at most once a minute: a page view is not a write each time). */
export async function touchPortalSession(practiceId: string, sessionId: string, now = new Date(), ex: Executor = getDb()) {
  await ex
    .update(portalSessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(portalSessions.practiceId, practiceId),
        eq(portalSessions.id, sessionId),
        lt(portalSessions.lastSeenAt, new Date(now.getTime() - 60_000)),
      ),
    );
}

/**
 * Ends every portal session of a client, and the sign-in links not used yet: a link mailed to an address the coach has
 * just corrected must not open a new session. An email change removes the sessions; a trajectory closed or a record
 * archived (`expire`) ends them but keeps them until the daily prune (lib/security/prune.ts), so that the phone still signed in is told why
 * (findEndedPortalSession). Ended either way: a session expired now never comes back, not even when the trajectory does.
 */
export async function endPortalSessions(practiceId: string, clientId: string, ex: Executor = getDb(), how: 'remove' | 'expire' = 'remove') {
  const theirs = and(eq(portalSessions.practiceId, practiceId), eq(portalSessions.clientId, clientId));
  if (how === 'remove') await ex.delete(portalSessions).where(theirs);
  else {
    const now = new Date();
    await ex
      .update(portalSessions)
      .set({ expiresAt: now })
      .where(and(theirs, gt(portalSessions.expiresAt, now)));
  }
  await ex
    .delete(portalLinks)
    .where(and(eq(portalLinks.practiceId, practiceId), eq(portalLinks.clientId, clientId), isNull(portalLinks.usedAt)));
}

/**
 * Whether this (no longer valid) session belonged to a client whose trajectory is closed or whose record is archived:
 * the portal then says the coaching has ended, instead of asking for a sign-in that would not be let in.
 */
export async function findEndedPortalSession(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ id: portalSessions.id })
    .from(portalSessions)
    .innerJoin(clients, and(eq(clients.practiceId, portalSessions.practiceId), eq(clients.id, portalSessions.clientId)))
    .where(
      and(
        eq(portalSessions.practiceId, practiceId),
        eq(portalSessions.tokenHash, tokenHash),
        or(isNotNull(clients.archivedAt), eq(clients.status, 'closed')),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * The client's own language choice in the portal: the portal and the mails to the client follow it. False when it was
 * that language already: nothing written, so the record's version stays (the coach's open form is not made stale).
 */
export async function setClientLocale(practiceId: string, clientId: string, locale: 'nl' | 'en', ex: Executor = getDb()) {
  const rows = await ex
    .update(clients)
    .set({ locale, version: sql`${clients.version} + 1`, updatedAt: new Date() })
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId), ne(clients.locale, locale)))
    .returning({ id: clients.id });
  return rows.length > 0;
}
