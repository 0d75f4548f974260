import 'server-only';
import { and, asc, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Localized } from '@/lib/instruments/types';
import { type Executor, getDb } from '../client';
import { auditLog, clients, customInstruments, employers, invitations, users } from '../schema';
import { sortableLastName } from './client-sort';

export type AuditInsert = Omit<typeof auditLog.$inferInsert, 'id' | 'createdAt' | 'seq'>;

/** Newest first; a transaction's entries share created_at (now()), so they go by the order they were written in. */
const newestFirst = [desc(auditLog.createdAt), desc(auditLog.seq)];

export async function insertAudit(entry: AuditInsert, ex: Executor = getDb()) {
  await ex.insert(auditLog).values(entry);
}

/**
 * The audit insert as a CTE, for a read that is logged: `ex.with(auditWith(entry, ex)).select(…)` sends the entry and
 * the read in ONE statement (PostgreSQL runs a data-modifying CTE whether or not the query refers to it).
 */
export function auditWith(entry: AuditInsert, ex: Executor = getDb()) {
  return ex.$with('read_audit', {}).as(ex.insert(auditLog).values(entry).getSQL());
}

/** Whether this user wrote the entry that made this record (`client.created` and the like): their own request made it. */
export async function madeBy(
  practiceId: string,
  action: string,
  entityId: string,
  userId: string,
  ex: Executor = getDb(),
): Promise<boolean> {
  const rows = await ex
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.practiceId, practiceId),
        eq(auditLog.action, action),
        eq(auditLog.entityId, entityId),
        eq(auditLog.actorUserId, userId),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export function listAudit(practiceId: string, filter: { action?: string; limit?: number } = {}, ex: Executor = getDb()) {
  return ex
    .select()
    .from(auditLog)
    .where(
      filter.action ? and(eq(auditLog.practiceId, practiceId), eq(auditLog.action, filter.action)) : eq(auditLog.practiceId, practiceId),
    )
    .orderBy(...newestFirst)
    .limit(filter.limit ?? 100);
}

/**
 * Filters of the owner's audit log view; `from` inclusive, `until` exclusive (instants). `asOf`: the log as it was when
 * its first page was read (entries up to that moment, to the microsecond: `2026-12-05T03:33:12.123456Z`), so that entries
 * written meanwhile do not shift the later pages.
 */
export type AuditFilter = { clientId?: string; userId?: string; action?: string; from?: Date; until?: Date; asOf?: string };

/**
 * The client an entry is about: the client itself, or the client of the measurement (also one deleted with its withdrawn
 * "measure again" homework), homework (also withdrawn homework), session, action plan item or share link.
 * Entries keep their ids after a client is erased; the name is then gone (left join finds nothing).
 * A withdrawn record is looked up on the practice's timeline only when its row is gone (coalesce stops at the first).
 */
const entryClientId = sql<string | null>`case ${auditLog.entityType}
  when 'client' then ${auditLog.entityId}
  when 'measurement' then coalesce(
    (select m.client_id from measurements m where m.practice_id = ${auditLog.practiceId} and m.id = ${auditLog.entityId}),
    -- A measurement in progress goes with its withdrawn "measure again" homework; the withdrawal's line names it.
    (select t.client_id from timeline_events t where t.practice_id = ${auditLog.practiceId} and t.kind = 'homework.withdrawn'
      and t.data->>'measurementId' = ${auditLog.entityId}::text limit 1))
  when 'homework' then coalesce(
    (select h.client_id from homework h where h.practice_id = ${auditLog.practiceId} and h.id = ${auditLog.entityId}),
    -- Withdrawn homework is gone; the timeline line of its withdrawal keeps whose it was.
    (select t.client_id from timeline_events t where t.practice_id = ${auditLog.practiceId} and t.kind = 'homework.withdrawn'
      and t.data->>'homeworkId' = ${auditLog.entityId}::text limit 1))
  when 'session' then (select s.client_id from coaching_sessions s where s.practice_id = ${auditLog.practiceId} and s.id = ${auditLog.entityId})
  when 'plan_item' then (select p.client_id from plan_items p where p.practice_id = ${auditLog.practiceId} and p.id = ${auditLog.entityId})
  when 'plan_share' then (select p.client_id from plan_shares p where p.practice_id = ${auditLog.practiceId} and p.id = ${auditLog.entityId})
end`;

function conditions(practiceId: string, filter: AuditFilter): SQL {
  const where: SQL[] = [eq(auditLog.practiceId, practiceId)];
  if (filter.userId) where.push(eq(auditLog.actorUserId, filter.userId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.from) where.push(gte(auditLog.createdAt, filter.from));
  if (filter.until) where.push(lt(auditLog.createdAt, filter.until));
  if (filter.asOf !== undefined) where.push(sql`${auditLog.createdAt} <= ${filter.asOf}::timestamptz`);
  if (filter.clientId) where.push(sql`${entryClientId} = ${filter.clientId}`);
  return and(...where)!;
}

const subjectUser = alias(users, 'subject_user');

/**
 * One page of the practice's audit log, newest first, with the total that matches the filters and `newest`, the time
 * of the newest entry that matches them (the view's `asOf` for its next pages). Entries about a coach's account, an
 * invitation (whom it invited; gone once the prune deleted it), an employer or a custom questionnaire come with its name
 * (the questionnaire's of its newest version), in the same statement.
 */
export async function searchAudit(
  practiceId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
  ex: Executor = getDb(),
) {
  // An entry names one version of a questionnaire (created, versioned) or its latest (archived): shown by its name now,
  // the newest version of its key (read backwards on custom_instruments_key_version).
  const instrument = ex
    .select({
      key: customInstruments.key,
      name: sql<Partial<Localized> | null>`${customInstruments.definition}->'name'`.as('instrument_name'),
    })
    .from(customInstruments)
    // The entry's type inside: only those entries look a questionnaire up (a one-time filter for the others).
    .where(
      and(
        eq(auditLog.entityType, 'custom_instrument'),
        eq(customInstruments.practiceId, auditLog.practiceId),
        sql`${customInstruments.key} = (select v.key from ${customInstruments} v where v.practice_id = ${auditLog.practiceId} and v.id = ${auditLog.entityId})`,
      ),
    )
    .orderBy(desc(customInstruments.version))
    .limit(1)
    .as('subject_instrument');
  const rows = await ex
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorKind: auditLog.actorKind,
      actorUserId: auditLog.actorUserId,
      actorName: users.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      clientId: entryClientId,
      clientFirstName: clients.firstName,
      clientLastName: clients.lastName,
      subjectUserName: subjectUser.name,
      subjectInvitationName: invitations.name,
      subjectEmployerName: employers.name,
      subjectInstrumentKey: instrument.key,
      subjectInstrumentName: instrument.name,
      metadata: auditLog.metadata,
      ip: auditLog.ip,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      // Written to the microsecond (a Date keeps milliseconds): the pin must include the newest entry itself.
      newest: sql<string>`to_char(max(${auditLog.createdAt}) over () at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(users.practiceId, auditLog.practiceId), eq(users.id, auditLog.actorUserId)))
    .leftJoin(clients, and(eq(clients.practiceId, auditLog.practiceId), sql`${clients.id} = ${entryClientId}`))
    .leftJoin(
      subjectUser,
      and(eq(auditLog.entityType, 'user'), eq(subjectUser.practiceId, auditLog.practiceId), eq(subjectUser.id, auditLog.entityId)),
    )
    .leftJoin(
      invitations,
      and(eq(auditLog.entityType, 'invitation'), eq(invitations.practiceId, auditLog.practiceId), eq(invitations.id, auditLog.entityId)),
    )
    .leftJoin(
      employers,
      and(eq(auditLog.entityType, 'employer'), eq(employers.practiceId, auditLog.practiceId), eq(employers.id, auditLog.entityId)),
    )
    .leftJoinLateral(instrument, sql`true`)
    .where(conditions(practiceId, filter))
    .orderBy(...newestFirst)
    .limit(page.limit)
    .offset(page.offset);
  return {
    rows: rows.map(({ total: _total, newest: _newest, ...row }) => row),
    total: rows[0]?.total ?? (page.offset === 0 ? 0 : await countAudit(practiceId, filter, ex)),
    newest: rows[0]?.newest ?? null,
  };
}

async function countAudit(practiceId: string, filter: AuditFilter, ex: Executor) {
  const [row] = await ex
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(auditLog)
    .where(conditions(practiceId, filter));
  return row?.n ?? 0;
}

export type AuditRow = Awaited<ReturnType<typeof searchAudit>>['rows'][number];

/** The actions that occur in this practice's log, for the filter. */
export async function listAuditActions(practiceId: string, ex: Executor = getDb()): Promise<string[]> {
  const rows = await ex
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.practiceId, practiceId))
    .orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}

/** Every client of the practice (archived too), for the filter. */
export function listAuditClientOptions(practiceId: string, ex: Executor = getDb()) {
  return ex
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName })
    .from(clients)
    .where(eq(clients.practiceId, practiceId))
    .orderBy(asc(sortableLastName()), asc(sql`search_fold(${clients.firstName})`), asc(clients.id));
}
