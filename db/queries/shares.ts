import 'server-only';
import { and, asc, count, desc, eq, gt, max, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { OWN_COMMENTS_SHOWN } from '@/lib/plans/employer-view';
import { type Executor, getDb } from '../client';
import { clients, coachingSessions, employerContacts, planShareOpenings, planShares, practices, users } from '../schema';
import { consentGivenSql } from './consents';

export async function insertShare(
  practiceId: string,
  values: { clientId: string; employerId: string; contactId: string; tokenHash: string; expiresAt: Date; createdBy: string },
  ex: Executor,
) {
  const [row] = await ex
    .insert(planShares)
    .values({ practiceId, ...values })
    .returning();
  if (!row) throw new Error('insert failed');
  return row;
}

export async function findShare(practiceId: string, shareId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(planShares)
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)));
  return row ?? null;
}

/**
 * What decides whether a link still shows the plan (lib/share/liveness.ts, shareStillShows) and until when, read the same
 * way by the share guard, the employer's writes and the update notice.
 */
const livenessColumns = () => ({
  employerId: planShares.employerId,
  expiresAt: planShares.expiresAt,
  revokedAt: planShares.revokedAt,
  contactRole: employerContacts.role,
  clientEmployerId: clients.employerId,
  clientArchivedAt: clients.archivedAt,
  clientStatus: clients.status,
  // Withdrawn consent revokes the client's shares; read here too, so a link can never outlive it.
  sharingConsent: consentGivenSql('employer_sharing', planShares.practiceId, planShares.clientId),
});
/** A link's contact and client: the join conditions of the queries below. */
const contactOfShare = and(eq(employerContacts.practiceId, planShares.practiceId), eq(employerContacts.id, planShares.contactId));
const clientOfShare = and(eq(clients.practiceId, planShares.practiceId), eq(clients.id, planShares.clientId));

/** The share behind a token hash, with what the guard needs to decide; across practices (the hash is unique). */
export async function findShareByTokenHash(tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      ...livenessColumns(),
      practiceId: planShares.practiceId,
      id: planShares.id,
      clientId: planShares.clientId,
      contactId: planShares.contactId,
      tokenHash: planShares.tokenHash,
      confirmedAt: planShares.confirmedAt,
      contactLocale: employerContacts.locale,
    })
    .from(planShares)
    .innerJoin(employerContacts, contactOfShare)
    .innerJoin(clients, clientOfShare)
    .where(eq(planShares.tokenHash, tokenHash));
  return row ?? null;
}

export async function updateShareExpiry(practiceId: string, shareId: string, expiresAt: Date, ex: Executor) {
  const [row] = await ex
    .update(planShares)
    .set({ expiresAt, version: sql`${planShares.version} + 1`, updatedAt: new Date() })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId), sql`${planShares.revokedAt} is null`))
    .returning();
  return row ?? null;
}

/** Every live share of the client, revoked at once (consent withdrawn, trajectory closed or archived); the revoked ids. */
export async function revokeClientShares(practiceId: string, clientId: string, ex: Executor) {
  return ex
    .update(planShares)
    .set({ revokedAt: new Date(), version: sql`${planShares.version} + 1`, updatedAt: new Date() })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.clientId, clientId), sql`${planShares.revokedAt} is null`))
    .returning({ id: planShares.id });
}

/**
 * Revokes the live links of one contact: of one client (another manager for that client), or all of them (the contact's
 * address changed: perhaps someone else now). Returns each link with its client.
 */
export async function revokeContactShares(practiceId: string, contactId: string, ex: Executor, clientId?: string) {
  return ex
    .update(planShares)
    .set({ revokedAt: new Date(), version: sql`${planShares.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(planShares.practiceId, practiceId),
        eq(planShares.contactId, contactId),
        clientId ? eq(planShares.clientId, clientId) : undefined,
        sql`${planShares.revokedAt} is null`,
      ),
    )
    .returning({ id: planShares.id, clientId: planShares.clientId });
}

export async function revokeShareRow(practiceId: string, shareId: string, ex: Executor) {
  const [row] = await ex
    .update(planShares)
    .set({ revokedAt: new Date(), version: sql`${planShares.version} + 1`, updatedAt: new Date() })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId), sql`${planShares.revokedAt} is null`))
    .returning();
  return row ?? null;
}

/**
 * Records the employer's confirmation; false when it already stands (a second click, another tab): a release since
 * then would have cleared it.
 */
export async function markShareConfirmed(practiceId: string, shareId: string, ex: Executor): Promise<boolean> {
  const rows = await ex
    .update(planShares)
    .set({ confirmedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId), sql`${planShares.confirmedAt} is null`))
    .returning({ id: planShares.id });
  return rows.length > 0;
}

/**
 * Locks every link of the client (FOR NO KEY UPDATE, in id order), first thing in a release: the opening of a share page,
 * which notes `seen_at` under the link's lock when the page showed what is released then (lib/plans/service.ts,
 * recordShareOpening), either finishes before the release is stamped, or waits and sees that the page did not show it.
 * Without it a release that began before a page load but was stamped with its transaction's start could read as seen
 * by a page that never showed it, and its notice was never sent. A client's withdrawal takes it too.
 */
export async function lockClientShares(practiceId: string, clientId: string, ex: Executor): Promise<void> {
  await ex
    .select({ id: planShares.id })
    .from(planShares)
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.clientId, clientId)))
    .orderBy(planShares.id)
    .for('no key update');
}

/**
 * Forgets the employer's confirmation on every live link of the client: called when something new is released, which
 * the employer has not seen, so that a confirmation never covers it. Returns how many links were confirmed.
 */
export async function clearShareConfirmations(practiceId: string, clientId: string, ex: Executor): Promise<number> {
  const rows = await ex
    .update(planShares)
    .set({ confirmedAt: null, updatedAt: new Date() })
    .where(
      and(
        eq(planShares.practiceId, practiceId),
        eq(planShares.clientId, clientId),
        sql`${planShares.confirmedAt} is not null`,
        sql`${planShares.revokedAt} is null`,
      ),
    )
    .returning({ id: planShares.id });
  return rows.length;
}

/**
 * Notes that the link's page showed the plan as it is released now (`seen_at`, read by the update notice): by the
 * database clock at the moment of writing, so after any release its caller waited for under the link's lock (see
 * lockShareFacts, taken first by the caller, and lockClientShares).
 */
export async function markShareSeen(practiceId: string, shareId: string, ex: Executor): Promise<void> {
  await ex
    .update(planShares)
    .set({ seenAt: sql`clock_timestamp()` })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)));
}

/**
 * Whether the share's opening was recorded in the last `windowMs` (by the database clock, which stamps openings). The
 * caller holds the link's row lock (lockShareFacts), so two openings at the same moment wait for each other and count once.
 */
export async function shareOpenedWithin(practiceId: string, share: { id: string; clientId: string }, windowMs: number, ex: Executor) {
  const [row] = await ex
    .select({ id: planShareOpenings.id })
    .from(planShareOpenings)
    .where(
      and(
        eq(planShareOpenings.practiceId, practiceId),
        eq(planShareOpenings.clientId, share.clientId),
        eq(planShareOpenings.shareId, share.id),
        sql`${planShareOpenings.openedAt} > now() - make_interval(secs => ${windowMs / 1000})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function insertOpening(practiceId: string, values: { clientId: string; shareId: string }, ex: Executor) {
  const [row] = await ex
    .insert(planShareOpenings)
    .values({ practiceId, ...values })
    .returning();
  if (!row) throw new Error('insert failed');
  return row;
}

/** A client's shares with the contact, how often and when last opened: for the coach's share list. */
export function listShares(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: planShares.id,
      contactId: planShares.contactId,
      contactName: employerContacts.name,
      contactRole: employerContacts.role,
      expiresAt: planShares.expiresAt,
      revokedAt: planShares.revokedAt,
      confirmedAt: planShares.confirmedAt,
      createdAt: planShares.createdAt,
      openings: count(planShareOpenings.id),
      lastOpenedAt: max(planShareOpenings.openedAt),
    })
    .from(planShares)
    .innerJoin(employerContacts, and(eq(employerContacts.practiceId, planShares.practiceId), eq(employerContacts.id, planShares.contactId)))
    .leftJoin(planShareOpenings, and(eq(planShareOpenings.practiceId, planShares.practiceId), eq(planShareOpenings.shareId, planShares.id)))
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.clientId, clientId)))
    .groupBy(planShares.practiceId, planShares.id, employerContacts.name, employerContacts.role)
    .orderBy(desc(planShares.createdAt));
}

/** Every opening of a client's shared plan, newest first (for the coach and the portal). */
export function listOpenings(practiceId: string, clientId: string, limit = 20, ex: Executor = getDb()) {
  return ex
    .select({ openedAt: planShareOpenings.openedAt, shareId: planShareOpenings.shareId, contactRole: employerContacts.role })
    .from(planShareOpenings)
    .innerJoin(planShares, and(eq(planShares.practiceId, planShareOpenings.practiceId), eq(planShares.id, planShareOpenings.shareId)))
    .innerJoin(employerContacts, and(eq(employerContacts.practiceId, planShares.practiceId), eq(employerContacts.id, planShares.contactId)))
    .where(and(eq(planShareOpenings.practiceId, practiceId), eq(planShareOpenings.clientId, clientId)))
    .orderBy(desc(planShareOpenings.openedAt))
    .limit(limit);
}

/**
 * The coach an employer is pointed to (the share page, the update notice): the client's own coach while their account is
 * active, else the practice's first active owner. A deactivated coach's mailbox may be gone, and their clients keep them
 * until the owner hands them over.
 */
function employerCoachId(practiceId: SQL | AnyPgColumn, coachId: SQL | AnyPgColumn): SQL {
  return sql`coalesce(
    (select u.id from users u where u.practice_id = ${practiceId} and u.id = ${coachId} and u.active),
    (select u.id from users u where u.practice_id = ${practiceId} and u.role = 'owner' and u.active order by u.created_at, u.id limit 1))`;
}

/** The coach a link's page names (the client's own, or the owner for a deactivated one). */
const coachOfShareClient = and(
  eq(users.practiceId, clients.practiceId),
  eq(users.id, employerCoachId(clients.practiceId, clients.coachId)),
);

/** What the share page shows beside the items: practice name and logo flag, the coach's name and contact. */
export async function shareContext(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      practiceName: practices.name,
      hasLogo: sql<boolean>`${practices.logo} is not null`,
      coachName: users.name,
      coachEmail: users.email,
      // For the employee's initials (lib/share/guard.ts): the view gets the initials, never the name.
      employeeFirstName: clients.firstName,
      employeeLastName: clients.lastName,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .innerJoin(users, coachOfShareClient)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
  return row ?? null;
}

/** Planned tripartite meetings from now on: start time and duration only. */
export function listPlannedTripartite(practiceId: string, clientId: string, now: Date, ex: Executor = getDb()) {
  return ex
    .select({ startsAt: coachingSessions.startsAt, durationMinutes: coachingSessions.durationMinutes })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.practiceId, practiceId),
        eq(coachingSessions.clientId, clientId),
        eq(coachingSessions.kind, 'tripartite'),
        eq(coachingSessions.status, 'planned'),
        gt(coachingSessions.startsAt, now),
      ),
    )
    .orderBy(asc(coachingSessions.startsAt))
    .limit(10);
}

type ReleasedItem = Awaited<ReturnType<typeof import('./plans').listReleasedItems>>[number];
type ShareContext = NonNullable<Awaited<ReturnType<typeof shareContext>>>;

/**
 * What the employer view shows, in ONE statement: listReleasedItems, listPlannedTripartite and shareContext as
 * subqueries, each aggregated to JSON in its own order (the share page and the manager report; the caller resolved
 * the token first).
 */
export async function employerViewData(
  practiceId: string,
  clientId: string,
  now: Date,
  /** The link opened: when its contact last confirmed the plan (a release clears the confirmation itself), and the messages
   * sent through it (only through this link: another contact's, HR's or the manager's, stay with the coach). Without a
   * link (the coach's copy of the manager report): the last confirmation through a link that still shows, and no messages. */
  shareId: string | null = null,
  ex: Executor = getDb(),
) {
  const [row] = await ex.execute<{
    context: ShareContext | null;
    items: Array<Omit<ReleasedItem, 'releasedAt'> & { releasedAt: string }>;
    meetings: { startsAt: string; durationMinutes: number }[];
    lastConfirmedAt: string | null;
    ownComments: { comment: string; createdAt: string }[];
  }>(sql`select
    (select max(a.created_at) from plan_employer_actions a
      where a.practice_id = ${practiceId} and a.client_id = ${clientId} and a.kind = 'confirmed'
        and (a.share_id = ${shareId}::uuid or (${shareId}::uuid is null and exists (
          -- The coach's copy goes to the current employer: a confirmation through a link that no longer shows (revoked,
          -- a former employer's, a contact no longer manager or HR) is not theirs to read (lib/share/liveness.ts).
          select 1 from plan_shares s
          join clients c on c.practice_id = s.practice_id and c.id = s.client_id
          join employer_contacts ec on ec.practice_id = s.practice_id and ec.id = s.contact_id
          where s.practice_id = a.practice_id and s.id = a.share_id and s.revoked_at is null
            and s.employer_id = c.employer_id and ec.employer_id = s.employer_id and ec.role in ('manager', 'hr'))))) as "lastConfirmedAt",
    (select coalesce(json_agg(json_build_object('comment', a.comment, 'createdAt', a.created_at) order by a.created_at desc), '[]'::json)
      from (select comment, created_at from plan_employer_actions
        where practice_id = ${practiceId} and client_id = ${clientId} and share_id = ${shareId}::uuid and kind = 'comment'
        order by created_at desc limit ${OWN_COMMENTS_SHOWN + 1}) a) as "ownComments",
    (select json_build_object('practiceName', p.name, 'hasLogo', p.logo is not null, 'coachName', u.name, 'coachEmail', u.email,
        'employeeFirstName', c.first_name, 'employeeLastName', c.last_name)
      from clients c
      join practices p on p.id = c.practice_id
      join users u on u.practice_id = c.practice_id and u.id = ${employerCoachId(sql`c.practice_id`, sql`c.coach_id`)}
      where c.practice_id = ${practiceId} and c.id = ${clientId}) as context,
    (select coalesce(json_agg(json_build_object('id', i.id, 'employerWording', r.employer_wording, 'source', i.source, 'owner', i.owner,
        'dueDate', i.due_date, 'status', i.status, 'releasedAt', r.released_at) order by i.position, i.created_at), '[]'::json)
      from plan_releases r
      join plan_items i on i.practice_id = r.practice_id and i.id = r.item_id
      where r.practice_id = ${practiceId} and r.client_id = ${clientId} and r.withdrawn_at is null) as items,
    (select coalesce(json_agg(json_build_object('startsAt', s.starts_at, 'durationMinutes', s.duration_minutes) order by s.starts_at), '[]'::json)
      from (select starts_at, duration_minutes from coaching_sessions
        where practice_id = ${practiceId} and client_id = ${clientId} and kind = 'tripartite' and status = 'planned'
          and starts_at > ${now.toISOString()}::timestamptz
        order by starts_at limit 10) s) as meetings`);
  return {
    context: row?.context ?? null,
    items: (row?.items ?? []).map((i): ReleasedItem => ({ ...i, releasedAt: new Date(i.releasedAt) })),
    meetings: (row?.meetings ?? []).map((m) => ({ startsAt: new Date(m.startsAt), durationMinutes: m.durationMinutes })),
    lastConfirmedAt: row?.lastConfirmedAt ? new Date(row.lastConfirmedAt) : null,
    ownComments: (row?.ownComments ?? []).map((c) => ({ comment: c.comment, createdAt: new Date(c.createdAt) })),
  };
}

/** The client's links that still open by date: not revoked, not expired. */
const liveSharesOf = (practiceId: string, clientId: string) =>
  and(
    eq(planShares.practiceId, practiceId),
    eq(planShares.clientId, clientId),
    sql`${planShares.revokedAt} is null`,
    gt(planShares.expiresAt, sql`now()`),
  );

/**
 * Whether the client already has a link for this contact that still opens (not revoked, not expired), other than
 * `exceptShareId` (the link being renewed).
 */
export async function hasLiveShare(
  practiceId: string,
  clientId: string,
  contactId: string,
  ex: Executor,
  exceptShareId?: string,
): Promise<boolean> {
  const [row] = await ex
    .select({ id: planShares.id })
    .from(planShares)
    .where(
      and(
        liveSharesOf(practiceId, clientId),
        eq(planShares.contactId, contactId),
        exceptShareId ? ne(planShares.id, exceptShareId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The client's live links: whom a release may concern. */
export async function liveShareIds(practiceId: string, clientId: string, ex: Executor): Promise<string[]> {
  const rows = await ex.select({ id: planShares.id }).from(planShares).where(liveSharesOf(practiceId, clientId));
  return rows.map((r) => r.id);
}

/**
 * A link as a mail about it needs it: what the guard checks, its contact's address and language, the coach its page names,
 * the practice and the employee's name for initials. Joined with contactOfShare, clientOfShare, coachOfShareClient and the
 * practice.
 */
const mailedShareColumns = () => ({
  ...livenessColumns(),
  id: planShares.id,
  clientId: planShares.clientId,
  ...mailedContactColumns(),
});

/**
 * Whom a mail to an employer's contact goes to and what it says: the contact's address and language, the coach, the
 * practice and the employee's name for initials. Joined with the contact, the client, coachOfShareClient and the practice.
 */
const mailedContactColumns = () => ({
  contactName: employerContacts.name,
  contactEmail: employerContacts.email,
  contactLocale: employerContacts.locale,
  coachName: users.name,
  coachEmail: users.email,
  practiceName: practices.name,
  practiceAddress: practices.address,
  employeeFirstName: clients.firstName,
  employeeLastName: clients.lastName,
});

/**
 * One link, locked, with what the guard checks (lib/share/liveness.ts), its contact's address and language, the coach and
 * the practice, and whether something was released that its contact has not seen yet: after the link was made, after its
 * page was last shown and after the last notice.
 */
export async function shareForNotice(practiceId: string, shareId: string, ex: Executor) {
  const [row] = await ex
    .select({
      ...mailedShareColumns(),
      unseenRelease: sql<boolean>`exists (select 1 from plan_releases r
        where r.practice_id = ${planShares.practiceId} and r.client_id = ${planShares.clientId} and r.withdrawn_at is null
          and r.released_at > greatest(${planShares.createdAt}, ${planShares.notifiedAt}, ${planShares.seenAt}))`,
    })
    .from(planShares)
    .innerJoin(employerContacts, contactOfShare)
    .innerJoin(clients, clientOfShare)
    .innerJoin(users, coachOfShareClient)
    .innerJoin(practices, eq(practices.id, planShares.practiceId))
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)))
    .for('no key update', { of: planShares });
  return row ?? null;
}

/**
 * The client's links that still open (not revoked, not expired), with their contact's address and language, what the
 * guard checks (the caller keeps those that still show the plan, lib/share/liveness.ts), the coach the page names and the
 * practice: whom a three-way meeting planned, moved or cancelled is mailed to (the page lists those meetings).
 */
export function sharesToTellOfMeetings(practiceId: string, clientId: string, ex: Executor) {
  return ex
    .select({
      ...mailedShareColumns(),
    })
    .from(planShares)
    .innerJoin(employerContacts, contactOfShare)
    .innerJoin(clients, clientOfShare)
    .innerJoin(users, coachOfShareClient)
    .innerJoin(practices, eq(practices.id, planShares.practiceId))
    .where(liveSharesOf(practiceId, clientId));
}

/**
 * The client's own manager (the contact on the client's record), with what decides whether the employer may hear of the
 * client at all (lib/share/liveness.ts, as for a link that was never revoked): a three-way meeting is theirs too, also
 * before a link exists (the meeting is often where the first agreements are made). The same columns as
 * sharesToTellOfMeetings but the link's own; none when the record names no manager.
 */
export function managerToTellOfMeetings(practiceId: string, clientId: string, ex: Executor) {
  return ex
    .select({
      employerId: employerContacts.employerId,
      revokedAt: sql<Date | null>`null`,
      contactRole: employerContacts.role,
      clientEmployerId: clients.employerId,
      clientArchivedAt: clients.archivedAt,
      clientStatus: clients.status,
      sharingConsent: consentGivenSql('employer_sharing', clients.practiceId, clients.id),
      ...mailedContactColumns(),
    })
    .from(clients)
    .innerJoin(
      employerContacts,
      and(eq(employerContacts.practiceId, clients.practiceId), eq(employerContacts.id, clients.managerContactId)),
    )
    .innerJoin(users, coachOfShareClient)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
}

/** The database's clock at the moment of writing, as `released_at` and `seen_at` use. */
export async function markShareNotified(practiceId: string, shareId: string, ex: Executor) {
  await ex
    .update(planShares)
    .set({ notifiedAt: sql`clock_timestamp()` })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)));
}

/**
 * One link, locked (FOR NO KEY UPDATE: the employer's own rows still point at it), with what decides whether it still
 * shows the plan (lib/share/liveness.ts) and until when: the employer's writes check it again under this lock, so a
 * revocation, a withdrawn consent or a closed trajectory committed after the guard looked lets nothing through.
 */
export async function lockShareFacts(practiceId: string, shareId: string, ex: Executor) {
  const [row] = await ex
    .select(livenessColumns())
    .from(planShares)
    .innerJoin(employerContacts, contactOfShare)
    .innerJoin(clients, clientOfShare)
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, shareId)))
    .for('no key update', { of: planShares });
  return row ?? null;
}

/**
 * The languages the client's employer reads the plan in: those of the contacts with a link that still opens, or, with
 * none, the language of the client's manager (the likely first reader). Empty when there is neither. The client's
 * preview of a release shows the plan as that reader gets it (app/portal/plan/page.tsx).
 */
export async function employerReaderLocales(practiceId: string, clientId: string, ex: Executor = getDb()): Promise<Array<'nl' | 'en'>> {
  const live = ex
    .selectDistinct({ locale: employerContacts.locale })
    .from(planShares)
    .innerJoin(employerContacts, contactOfShare)
    .where(liveSharesOf(practiceId, clientId));
  const rows = await ex.execute<{ locales: Array<'nl' | 'en'> | null }>(sql`select coalesce(
    (select array_agg(l.locale::text order by l.locale::text) from (${live}) l),
    (select array[ec.locale::text] from ${clients} c
      join ${employerContacts} ec on ec.practice_id = c.practice_id and ec.id = c.manager_contact_id
      where c.practice_id = ${practiceId} and c.id = ${clientId})) as locales`);
  return rows[0]?.locales ?? [];
}
