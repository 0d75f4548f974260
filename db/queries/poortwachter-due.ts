import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { todayIn } from '@/lib/caseload/dates';
import {
  dueSoon,
  type Milestone,
  POORTWACHTER_EVENT_KINDS,
  type PoortwachterTimeline,
  poortwachterTimeline,
  type SickLeaveEvent,
  type SickSpell,
  spellsFromRecord,
  timelineAtClosing,
} from '@/lib/caseload/poortwachter';
import { type Executor, getDb } from '../client';
import { clients, timelineEvents } from '../schema';
import { clientNameOrder } from './client-list';

const dateInAmsterdam = (at: Date) => todayIn('Europe/Amsterdam', at);

/** The sick-leave events and the steps recorded as done of these clients, grouped per client (one query). */
async function sickLeaveEvents(practiceId: string, clientIds: string[], ex: Executor): Promise<Map<string, SickLeaveEvent[]>> {
  const byClient = new Map<string, SickLeaveEvent[]>();
  if (clientIds.length === 0) return byClient;
  const rows = await ex
    .select({
      clientId: timelineEvents.clientId,
      kind: timelineEvents.kind,
      data: timelineEvents.data,
      occurredAt: timelineEvents.occurredAt,
    })
    .from(timelineEvents)
    .where(
      and(
        eq(timelineEvents.practiceId, practiceId),
        inArray(timelineEvents.clientId, clientIds),
        inArray(timelineEvents.kind, [...POORTWACHTER_EVENT_KINDS]),
      ),
    )
    .orderBy(asc(timelineEvents.occurredAt));
  for (const row of rows) byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);
  return byClient;
}

/** A client as the timeline reads them; `closedOn` only for a closed trajectory (its timeline stops on that day). */
type TimelineClient = { id: string; onSickLeave: boolean; sickLeaveSince: string | null; closedOn?: string | null };

/**
 * The sick-leave spells a client's timeline records, the current one left out (a client back at work: all of them). The
 * caller checks access.
 */
export async function recordedSickSpells(practiceId: string, clientId: string, ex: Executor = getDb()): Promise<SickSpell[]> {
  const events = (await sickLeaveEvents(practiceId, [clientId], ex)).get(clientId) ?? [];
  return spellsFromRecord({ onSickLeave: false, sickLeaveSince: null }, events, dateInAmsterdam);
}

/** One client's poortwachter timeline, earlier spells under four weeks apart included. The caller checks access. */
export async function clientPoortwachterTimeline(
  practiceId: string,
  client: TimelineClient,
  today: string,
  ex: Executor = getDb(),
): Promise<PoortwachterTimeline | null> {
  return (await clientPoortwachterRecord(practiceId, client, today, ex)).timeline;
}

/** The same with the events it was built from (the steps recorded as done, the corrections of the first sick day). */
export async function clientPoortwachterRecord(
  practiceId: string,
  client: TimelineClient,
  today: string,
  ex: Executor = getDb(),
): Promise<{ timeline: PoortwachterTimeline | null; events: SickLeaveEvent[] }> {
  const events = (await sickLeaveEvents(practiceId, [client.id], ex)).get(client.id) ?? [];
  return { timeline: poortwachterTimelineOf(client, events, today), events };
}

/** The same from sick-leave events already read (the client overview reads them with the client: client-overview.ts). */
export function poortwachterTimelineOf(
  client: TimelineClient,
  events: readonly SickLeaveEvent[],
  today: string,
): PoortwachterTimeline | null {
  const spells = spellsFromRecord(client, events, dateInAmsterdam);
  return client.closedOn ? timelineAtClosing(spells, client.closedOn, events) : poortwachterTimeline(spells, today, events);
}

export type PoortwachterDueRow = { clientId: string; firstName: string; lastName: string; week: number; milestone: Milestone };

/**
 * For the coach's dashboard: what the Wet verbetering poortwachter expects within the next two weeks for
 * the coach's own open clients on sick leave, but for the steps recorded as taken. One statement: the clients with
 * their sick-leave events (a correlated aggregate per client on timeline_client_time), so the count does not depend on
 * the data.
 * Soonest due first; on the same day by name as the client list sorts ("van Aalst" under A).
 */
export async function listPoortwachterDue(
  practiceId: string,
  coachId: string,
  today: string,
  ex: Executor = getDb(),
): Promise<PoortwachterDueRow[]> {
  const sick = await ex
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      onSickLeave: clients.onSickLeave,
      sickLeaveSince: clients.sickLeaveSince,
      events: sql<{ kind: string; data: Record<string, unknown>; occurredAt: string }[]>`coalesce((
        select json_agg(json_build_object('kind', e.kind, 'data', e.data, 'occurredAt', e.occurred_at) order by e.occurred_at)
        from timeline_events e
        where e.practice_id = "clients"."practice_id" and e.client_id = "clients"."id"
          and e.kind in ${[...POORTWACHTER_EVENT_KINDS]}
      ), '[]'::json)`,
    })
    .from(clients)
    .where(
      and(
        eq(clients.practiceId, practiceId),
        eq(clients.coachId, coachId),
        isNull(clients.archivedAt),
        ne(clients.status, 'closed'),
        eq(clients.onSickLeave, true),
        isNotNull(clients.sickLeaveSince),
      ),
    )
    // The name order comes from PostgreSQL (search_fold, prefixes skipped); the sort below keeps it within a day.
    .orderBy(...clientNameOrder(), asc(clients.id));
  const events = new Map(
    sick.map((c) => [c.id, c.events.map((ev) => ({ kind: ev.kind, data: ev.data, occurredAt: new Date(ev.occurredAt) }))]),
  );
  const rows: PoortwachterDueRow[] = [];
  for (const client of sick) {
    const clientEvents = events.get(client.id) ?? [];
    // With the steps the coach recorded as taken: those are no longer due (dueSoon).
    const timeline = poortwachterTimeline(spellsFromRecord(client, clientEvents, dateInAmsterdam), today, clientEvents);
    for (const milestone of dueSoon(timeline, today)) {
      rows.push({ clientId: client.id, firstName: client.firstName, lastName: client.lastName, week: timeline!.week, milestone });
    }
  }
  // Stable: clients due on the same day stay in the query's name order.
  return rows.sort((a, b) => a.milestone.due.localeCompare(b.milestone.due));
}
