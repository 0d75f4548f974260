import 'server-only';
import { and, asc, desc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Localized } from '@/lib/instruments/types';
import { type Executor, getDb } from '../client';
import { clients, coachingSessions, type Homework, homework, measurements, practices } from '../schema';
import { sortableLastName } from './client-sort';
import { consentGivenSql } from './consents';
import { customInstrumentNameSql } from './homework';

/**
 * The coach's dashboard lists, one query each. They cover the coach's own clients (clients.coach_id),
 * leaving out archived and closed ones.
 */
const myOpenClients = (practiceId: string, coachId: string) =>
  and(eq(clients.practiceId, practiceId), eq(clients.coachId, coachId), isNull(clients.archivedAt), ne(clients.status, 'closed'));

const clientOfHomework = and(eq(clients.practiceId, homework.practiceId), eq(clients.id, homework.clientId));

export async function practiceHasClients(practiceId: string, ex: Executor = getDb()) {
  const [row] = await ex.select({ id: clients.id }).from(clients).where(eq(clients.practiceId, practiceId)).limit(1);
  return Boolean(row);
}

/** One page of a list, by rows to skip and rows to read. */
type ListPage = { limit: number; offset: number };

/**
 * Submitted and not looked at since (never seen, or seen before the latest submission), newest first, with the
 * number on all pages: a window count over the same rows, in the same statement.
 */
function newSubmissionsQuery(practiceId: string, coachId: string, page: ListPage, ex: Executor = getDb()) {
  return (
    ex
      .select({
        id: homework.id,
        clientId: homework.clientId,
        template: homework.template,
        instrumentKey: homework.instrumentKey,
        instrumentName: customInstrumentNameSql(),
        submittedAt: homework.submittedAt,
        firstName: clients.firstName,
        lastName: clients.lastName,
        total: sql<number>`count(*) over ()`.mapWith(Number).as('total'),
      })
      .from(homework)
      .innerJoin(clients, clientOfHomework)
      .where(
        and(
          myOpenClients(practiceId, coachId),
          eq(homework.status, 'submitted'),
          sql`(${homework.seenAt} is null or ${homework.seenAt} < ${homework.submittedAt})`,
        ),
      )
      // The id last: a stable order, so that paging neither repeats nor skips a row with the same time.
      .orderBy(desc(homework.submittedAt), asc(homework.id))
      .limit(page.limit)
      .offset(page.offset)
  );
}

/**
 * Past its due date and not submitted, longest overdue first, with the number on all pages. Only while the client's
 * coaching agreement holds: after a withdrawal the client cannot answer it and no reminder goes out, so it is nothing
 * the coach can chase (the outbox treats its link as dead too: outbox.ts linkDead).
 */
function overdueHomeworkQuery(practiceId: string, coachId: string, today: string, page: ListPage, ex: Executor = getDb()) {
  return ex
    .select({
      id: homework.id,
      clientId: homework.clientId,
      template: homework.template,
      instrumentKey: homework.instrumentKey,
      instrumentName: customInstrumentNameSql(),
      dueDate: homework.dueDate,
      remindedAt: homework.remindedAt,
      firstName: clients.firstName,
      lastName: clients.lastName,
      total: sql<number>`count(*) over ()`.mapWith(Number).as('total'),
    })
    .from(homework)
    .innerJoin(clients, clientOfHomework)
    .where(
      and(
        myOpenClients(practiceId, coachId),
        ne(homework.status, 'submitted'),
        lt(homework.dueDate, today),
        consentGivenSql('coaching_agreement', homework.practiceId, homework.clientId),
      ),
    )
    .orderBy(asc(homework.dueDate), asc(homework.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** The rows without the count they carry, and the count (none on a page past the end). */
function withTotal<T extends { total: number }>(rows: T[]): { rows: Omit<T, 'total'>[]; total: number } {
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

export async function pageNewSubmissions(practiceId: string, coachId: string, page: ListPage, ex: Executor = getDb()) {
  return withTotal(await newSubmissionsQuery(practiceId, coachId, page, ex));
}

export async function pageOverdueHomework(practiceId: string, coachId: string, today: string, page: ListPage, ex: Executor = getDb()) {
  return withTotal(await overdueHomeworkQuery(practiceId, coachId, today, page, ex));
}

/** One homework on the dashboard's and the inbox's lists (app/(coach)/dashboard/homework-items.ts). */
export type DashboardHomework = {
  id: string;
  clientId: string;
  template: Homework['template'];
  instrumentKey: string | null;
  /** A custom questionnaire's name, for "measure again" with one (customInstrumentNameSql). */
  instrumentName: Partial<Localized> | null;
  firstName: string;
  lastName: string;
};
type HomeworkJson = DashboardHomework & { total: number };

/**
 * Whether the coach sees any client yet, the first `shown` new submissions and overdue homework, and how many of each
 * there are, in ONE statement: the two list queries above run as subqueries, each aggregated to JSON in its own order.
 * `visibleTo` is the coach the client check is limited to (visibleCoachFilter), null when they see the whole
 * practice: under "only assigned clients" a new coach has none of their own, whatever the practice has.
 */
export async function dashboardHomework(
  practiceId: string,
  coachId: string,
  today: string,
  shown: number,
  visibleTo: string | null,
  ex: Executor = getDb(),
) {
  const first = { limit: shown, offset: 0 };
  const submitted = newSubmissionsQuery(practiceId, coachId, first, ex).as('s');
  const overdue = overdueHomeworkQuery(practiceId, coachId, today, first, ex).as('o');
  const [row] = await ex.execute<{
    has_clients: boolean;
    submissions: (HomeworkJson & { submittedAt: string | null })[];
    overdue: (HomeworkJson & { dueDate: string; remindedAt: string | null })[];
  }>(sql`select
    exists (select 1 from ${clients} where ${clients.practiceId} = ${practiceId} ${visibleTo ? sql`and ${clients.coachId} = ${visibleTo}` : sql``}) as has_clients,
    (select coalesce(json_agg(json_build_object('id', s.id, 'clientId', s.client_id, 'template', s.template,
      'instrumentKey', s.instrument_key, 'instrumentName', s.instrument_name, 'submittedAt', s.submitted_at, 'firstName', s.first_name, 'lastName', s.last_name, 'total', s.total)
      order by s.submitted_at desc, s.id), '[]'::json)
      from ${submitted}) as submissions,
    (select coalesce(json_agg(json_build_object('id', o.id, 'clientId', o.client_id, 'template', o.template,
      'instrumentKey', o.instrument_key, 'instrumentName', o.instrument_name, 'dueDate', o.due_date,
      'remindedAt', o.reminded_at, 'firstName', o.first_name, 'lastName', o.last_name, 'total', o.total) order by o.due_date, o.id), '[]'::json)
      from ${overdue}) as overdue`);
  const date = (v: string | null) => (v === null ? null : new Date(v));
  const submissions = withTotal((row?.submissions ?? []).map((h) => ({ ...h, total: Number(h.total), submittedAt: date(h.submittedAt) })));
  const late = withTotal((row?.overdue ?? []).map((h) => ({ ...h, total: Number(h.total), remindedAt: date(h.remindedAt) })));
  return { hasClients: row?.has_clients === true, submissions, overdue: late };
}

export const RISK_PROFILE = 'high_demands_low_resources';
export const RISK_HORIZON_DAYS = 14;

/** Burnout index at or above which a measurement stored before flags were stored counts (lib/scoring/signals.ts). */
const LEGACY_BURNOUT_HIGH = 70;

export type AttentionClient = {
  id: string;
  firstName: string;
  lastName: string;
  /** "High demands, low resources" at the midpoint, under the practice's component set. */
  riskProfile: boolean;
  /** The burnout signal (burnout_high) fired on the latest measurement of a questionnaire. */
  burnoutHigh: boolean;
  /** Dimensions flagged on the latest measurement of a questionnaire, the most of any (≥ 75 demands, ≤ 25 resources; lib/scoring/flags.ts). */
  flagCount: number;
};

/**
 * "Needs attention": the coach's clients whose latest completed measurement of any questionnaire shows the risk profile,
 * the burnout signal or any dimension flag, with no session planned in the next two weeks. Everything is read
 * from the attention summary completion stored beside the scores (measurements.attention_*: risk profile per component
 * set, burnout signal, flag count): no re-scoring, no scores JSON read. Rows stored before flags existed were
 * summarised from the stored midpoint profile and burnout index (attentionSummary, and the migration's backfill).
 */
export async function pageRiskClients(
  practiceId: string,
  coachId: string,
  now: Date,
  page: ListPage,
  ex: Executor = getDb(),
): Promise<{ clients: AttentionClient[]; total: number }> {
  const horizon = new Date(now.getTime() + RISK_HORIZON_DAYS * 86_400_000);
  const rows = await ex.execute<{
    id: string;
    first_name: string;
    last_name: string;
    risk: boolean;
    burnout: boolean;
    flags: number;
    total: string | number;
  }>(sql`
    select c.id, c.first_name, c.last_name, a.risk, a.burnout, a.flags, count(*) over () as total
    from ${clients} c
    join ${practices} pr on pr.id = c.practice_id
    -- The latest completed measurement of each questionnaire the client filled in, like for like: a later questionnaire
    -- that cannot show a signal (an engagement list, say) does not hide what the last intake showed; the next intake does.
    cross join lateral (
      select coalesce(bool_or(latest.risk), false) as risk, coalesce(bool_or(latest.burnout), false) as burnout,
        coalesce(max(latest.flags), 0) as flags
      from (
        -- The small summary columns written at completion (attentionSummary); the scores JSON only for a row without them
        -- (written by a path that skipped markCompleted): coalesce reads its second argument only when the first is null.
        select distinct on (m.instrument_key)
          coalesce(pr.index_component_set = any(m.attention_risk_sets),
            coalesce(m.scores -> 'profiles' ->> pr.index_component_set, m.scores -> 'profile' ->> 'key') = ${RISK_PROFILE}) as risk,
          coalesce(m.attention_burnout, (m.scores ->> 'burnoutHigh')::boolean,
            m.scores #>> '{indices,burnout,status}' = 'scored' and (m.scores #>> '{indices,burnout,score}')::float8 >= ${LEGACY_BURNOUT_HIGH}, false) as burnout,
          coalesce(m.attention_flags,
            case when jsonb_typeof(m.scores -> 'flags') = 'array' then jsonb_array_length(m.scores -> 'flags') else 0 end) as flags
        from ${measurements} m
        where m.practice_id = c.practice_id and m.client_id = c.id and m.status = 'completed'
        order by m.instrument_key, m.completed_at desc nulls last
      ) latest
    ) a
    -- A probe per client (limit 1, index sessions_client_planned), not an anti-join against every planned session
    -- of the practice, which the planner picks when it underestimates the two weeks' sessions.
    left join lateral (
      select 1 as planned from ${coachingSessions} s
      where s.practice_id = c.practice_id and s.client_id = c.id and s.status = 'planned'
        and s.starts_at >= ${now.toISOString()}::timestamptz and s.starts_at < ${horizon.toISOString()}::timestamptz
      limit 1
    ) next_session on true
    where c.practice_id = ${practiceId} and c.coach_id = ${coachId} and c.archived_at is null and c.status <> 'closed'
      and (a.risk or a.burnout or a.flags > 0)
      and next_session.planned is null
    -- Most pressing first, so that a capped list never leaves out the clients who need it most: the risk profile with
    -- a burnout signal, then either alone, then by the number of flagged dimensions; names only break ties.
    -- c.id last: a stable order, so that paging neither repeats nor skips a client with the same name.
    order by (a.risk and a.burnout) desc, a.risk desc, a.burnout desc, a.flags desc, ${sortableLastName(sql`c.last_name`)}, search_fold(c.first_name), c.id
    limit ${page.limit} offset ${page.offset}`);
  return {
    clients: rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      riskProfile: r.risk === true,
      burnoutHigh: r.burnout === true,
      flagCount: Number(r.flags),
    })),
    // A page past the end has no rows to carry the count: the caller shows that page as empty.
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
  };
}
