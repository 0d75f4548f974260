import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { POORTWACHTER_EVENT_KINDS } from '@/lib/caseload/poortwachter';
import { type Executor, getDb } from '../client';
import { clients, type coachingSessions, employerContacts, employers, practices, users } from '../schema';
import { type AuditInsert, auditWith } from './audit';
import { listUpcomingSessions } from './sessions';

const manager = alias(employerContacts, 'manager');

/** The client with employer, manager, coach and the practice's retention period, in one query. */
export async function getClientOverview(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({
      client: clients,
      employerName: employers.name,
      manager: { id: manager.id, name: manager.name, email: manager.email, phone: manager.phone },
      coachName: users.name,
      retentionYears: practices.retentionYears,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(employers, and(eq(employers.practiceId, clients.practiceId), eq(employers.id, clients.employerId)))
    .leftJoin(manager, and(eq(manager.practiceId, clients.practiceId), eq(manager.id, clients.managerContactId)))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  if (!row) return null;
  return { ...row, manager: row.manager?.id ? row.manager : null };
}

export type ClientOverview = NonNullable<Awaited<ReturnType<typeof getClientOverview>>>;

/** The earliest planned session not yet over (one under way included). */
export async function nextPlannedSession(practiceId: string, clientId: string, now = new Date(), ex: Executor = getDb()) {
  const [row] = await listUpcomingSessions(practiceId, clientId, now, 1, ex);
  return row ?? null;
}

type NextSessionJson = Pick<typeof coachingSessions.$inferSelect, 'id' | 'durationMinutes' | 'kind' | 'location'> & { startsAt: string };
type CoachJson = Pick<typeof users.$inferSelect, 'id' | 'name' | 'email' | 'role' | 'active'>;
type SickLeaveEventJson = { kind: string; data: Record<string, unknown>; occurredAt: string };

/**
 * The overview page's reads in ONE statement: the client as getClientOverview reads it, the next planned session,
 * the practice's coaches (names on the timeline), the client's sick-leave events (poortwachter panel), with the
 * "client viewed" audit entry written by the same statement. Each extra is a correlated subquery on an index
 * (sessions_client_planned, users by practice, timeline_client_time), so one row out, whatever the practice's size.
 */
export async function loadClientOverview(
  practiceId: string,
  clientId: string,
  entry: AuditInsert,
  now = new Date(),
  ex: Executor = getDb(),
) {
  const logged = auditWith(entry, ex);
  const [row] = await ex
    .with(logged)
    .select({
      client: clients,
      employerName: employers.name,
      manager: { id: manager.id, name: manager.name, email: manager.email, phone: manager.phone },
      coachName: users.name,
      retentionYears: practices.retentionYears,
      next: sql<NextSessionJson | null>`(
        select json_build_object('id', s.id, 'startsAt', s.starts_at, 'durationMinutes', s.duration_minutes, 'kind', s.kind, 'location', s.location)
        from coaching_sessions s
        where s.practice_id = ${clients.practiceId} and s.client_id = ${clients.id} and s.status = 'planned'
          and s.starts_at > ${now.toISOString()}::timestamptz - interval '1 day'
          and s.starts_at + make_interval(mins => s.duration_minutes) > ${now.toISOString()}::timestamptz
        order by s.starts_at
        limit 1)`,
      coaches: sql<CoachJson[]>`(
        select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'role', u.role, 'active', u.active) order by u.name), '[]'::json)
        from users u where u.practice_id = ${clients.practiceId})`,
      sickLeaveEvents: sql<SickLeaveEventJson[]>`(
        select coalesce(json_agg(json_build_object('kind', e.kind, 'data', e.data, 'occurredAt', e.occurred_at) order by e.occurred_at), '[]'::json)
        from timeline_events e
        where e.practice_id = ${clients.practiceId} and e.client_id = ${clients.id}
          and e.kind in ${[...POORTWACHTER_EVENT_KINDS]})`,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(employers, and(eq(employers.practiceId, clients.practiceId), eq(employers.id, clients.employerId)))
    .leftJoin(manager, and(eq(manager.practiceId, clients.practiceId), eq(manager.id, clients.managerContactId)))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .limit(1);
  if (!row) return null;
  const { next, coaches, sickLeaveEvents, ...overview } = row;
  return {
    overview: { ...overview, manager: overview.manager?.id ? overview.manager : null } as ClientOverview,
    next: next ? { ...next, startsAt: new Date(next.startsAt) } : null,
    coaches,
    sickLeaveEvents: sickLeaveEvents.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })),
  };
}
