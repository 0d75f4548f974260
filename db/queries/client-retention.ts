import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { clients, practices, users } from '../schema';

export type CaseloadSettings = { coachVisibility: 'all' | 'assigned'; retentionYears: number };

export async function getCaseloadSettings(practiceId: string, ex: Executor = getDb()): Promise<CaseloadSettings | null> {
  const [row] = await ex
    .select({ coachVisibility: practices.coachVisibility, retentionYears: practices.retentionYears })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .limit(1);
  return row ?? null;
}

/**
 * Compare-and-set on the values the owner saw: these two settings do not bump the practice's version,
 * so the practice details form on the same page does not go stale. False when they changed meanwhile.
 */
export async function updateCaseloadSettings(practiceId: string, seen: CaseloadSettings, next: CaseloadSettings, ex: Executor = getDb()) {
  const rows = await ex
    .update(practices)
    .set({ ...next, updatedAt: new Date() })
    .where(
      and(
        eq(practices.id, practiceId),
        eq(practices.coachVisibility, seen.coachVisibility),
        eq(practices.retentionYears, seen.retentionYears),
      ),
    )
    .returning({ id: practices.id });
  return rows.length === 1;
}

/** Rows of the erasure list on the settings page; the count covers them all (the rest come up as these are erased). */
export const ERASURE_SHOWN = 200;

/**
 * Closed clients whose retention period (years after closing) has run out, oldest first: the first ERASURE_SHOWN, with
 * the number of all of them from a window count in the same statement, so a long list is never silently cut.
 */
export async function listClientsDueForErasure(practiceId: string, today: string, ex: Executor = getDb()) {
  const dueOn = sql<string>`(${clients.closedOn} + make_interval(years => ${practices.retentionYears}))::date::text`;
  const rows = await ex
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      closedOn: clients.closedOn,
      dueOn,
      coachName: users.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.status, 'closed'), isNotNull(clients.closedOn), sql`${dueOn} <= ${today}`))
    // The id last: a stable order among clients closed on the same day.
    .orderBy(asc(clients.closedOn), asc(clients.id))
    .limit(ERASURE_SHOWN);
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/**
 * Every practice with closed records past its retention period on `today`, with how many, and its active owners to tell:
 * the weekly reminder (lib/caseload/retention-reminder.ts). Across practices on purpose: maintenance, not a request of
 * anyone (`only` narrows it to some practices). Two statements, whatever the number of practices.
 */
export async function practicesWithDueErasures(today: string, only?: readonly string[], ex: Executor = getDb()) {
  const dueOn = sql`(${clients.closedOn} + make_interval(years => ${practices.retentionYears}))::date`;
  const due = await ex
    .select({
      practiceId: practices.id,
      practice: practices.name,
      years: practices.retentionYears,
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .where(
      and(
        eq(clients.status, 'closed'),
        isNotNull(clients.closedOn),
        sql`${dueOn} <= ${today}::date`,
        only ? inArray(clients.practiceId, [...only]) : undefined,
      ),
    )
    .groupBy(practices.id);
  if (due.length === 0) return [];
  const owners = await ex
    .select({ practiceId: users.practiceId, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        inArray(
          users.practiceId,
          due.map((d) => d.practiceId),
        ),
        eq(users.role, 'owner'),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.practiceId), asc(users.email));
  return due.map((d) => ({ ...d, owners: owners.filter((o) => o.practiceId === d.practiceId) }));
}
