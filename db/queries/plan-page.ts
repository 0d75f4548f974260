import 'server-only';
import { sql } from 'drizzle-orm';
import { POORTWACHTER_EVENT_KINDS } from '@/lib/caseload/poortwachter';
import { parseComponentSet } from '@/lib/scoring/component-sets';
import { type Executor, getDb } from '../client';
import type { ClientStatus, EmployerContact, planEmployerActions, planReleases } from '../schema';
import { consentGivenSql } from './consents';

type Release = typeof planReleases.$inferSelect;
type EmployerAction = typeof planEmployerActions.$inferSelect;
type Json<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | Extract<T[P], null> };

type Row = {
  facts: { employerId: string | null; onSickLeave: boolean; sickLeaveSince: string | null; status: ClientStatus; closedOn: string | null };
  sharingConsent: boolean;
  contacts: Pick<EmployerContact, 'id' | 'name' | 'role' | 'email' | 'locale'>[];
  releases: Json<Release, 'releasedAt' | 'withdrawnAt'>[];
  shares: {
    id: string;
    contactId: string;
    contactName: string;
    contactRole: EmployerContact['role'];
    expiresAt: string;
    revokedAt: string | null;
    confirmedAt: string | null;
    createdAt: string;
    openings: number;
    lastOpenedAt: string | null;
  }[];
  employerActions: Json<EmployerAction, 'createdAt'>[];
  dismissed: { measurementId: string; key: string }[];
  sickLeaveEvents: { kind: string; data: Record<string, unknown>; occurredAt: string }[];
  componentSet: string | null;
};

const date = (v: string | null) => (v === null ? null : new Date(v));

/**
 * The plan page's reads beside the plan items and the measurement history, in ONE statement: the client's facts
 * (employer, sick leave, whether and when the trajectory closed), whether the client consents to sharing with the employer, the employer's shareable contacts, releases, shares with their openings, employer actions,
 * dismissed suggestions of the client's measurements, the sick-leave events (poortwachter panel) and the practice's
 * index component set. Each is a
 * correlated subquery on the client's row using the per-client indexes; the same as listReleases, listShares,
 * listEmployerActions, planClientFacts, shareableContacts and listDismissedSuggestions, in their orders.
 * Null when the client does not exist (the caller checked access first).
 */
export async function planPageData(practiceId: string, clientId: string, ex: Executor = getDb()) {
  const [row] = await ex.execute<Row>(sql`select
    json_build_object('employerId', c.employer_id, 'onSickLeave', c.on_sick_leave, 'sickLeaveSince', c.sick_leave_since,
      'status', c.status, 'closedOn', c.closed_on) as facts,
    ${consentGivenSql('employer_sharing', sql.raw('c.practice_id'), sql.raw('c.id'))} as "sharingConsent",
    (select coalesce(json_agg(json_build_object('id', ec.id, 'name', ec.name, 'role', ec.role, 'email', ec.email, 'locale', ec.locale)), '[]'::json)
      from employer_contacts ec where ec.practice_id = c.practice_id and ec.employer_id = c.employer_id) as contacts,
    (select coalesce(json_agg(json_build_object('practiceId', r.practice_id, 'id', r.id, 'clientId', r.client_id, 'itemId', r.item_id,
        'employerWording', r.employer_wording, 'releasedBy', r.released_by, 'recordedBy', r.recorded_by, 'releasedAt', r.released_at,
        'withdrawnAt', r.withdrawn_at, 'withdrawnBy', r.withdrawn_by) order by r.released_at desc), '[]'::json)
      from plan_releases r where r.practice_id = c.practice_id and r.client_id = c.id) as releases,
    (select coalesce(json_agg(json_build_object('id', s.id, 'contactId', s.contact_id, 'contactName', ec.name, 'contactRole', ec.role,
        'expiresAt', s.expires_at, 'revokedAt', s.revoked_at, 'confirmedAt', s.confirmed_at, 'createdAt', s.created_at,
        'openings', o.openings, 'lastOpenedAt', o.last_opened_at) order by s.created_at desc), '[]'::json)
      from plan_shares s
      join employer_contacts ec on ec.practice_id = s.practice_id and ec.id = s.contact_id
      cross join lateral (select count(*)::int as openings, max(po.opened_at) as last_opened_at from plan_share_openings po
        where po.practice_id = s.practice_id and po.client_id = s.client_id and po.share_id = s.id) o
      where s.practice_id = c.practice_id and s.client_id = c.id) as shares,
    (select coalesce(json_agg(json_build_object('practiceId', a.practice_id, 'id', a.id, 'clientId', a.client_id, 'shareId', a.share_id,
        'kind', a.kind, 'itemId', a.item_id, 'status', a.status, 'comment', a.comment, 'createdAt', a.created_at) order by a.created_at desc), '[]'::json)
      from plan_employer_actions a where a.practice_id = c.practice_id and a.client_id = c.id) as "employerActions",
    (select coalesce(json_agg(json_build_object('measurementId', d.measurement_id, 'key', d.suggestion_key)), '[]'::json)
      from plan_dismissed_suggestions d
      where d.practice_id = c.practice_id
        and d.measurement_id in (select m.id from measurements m where m.practice_id = c.practice_id and m.client_id = c.id)) as dismissed,
    (select coalesce(json_agg(json_build_object('kind', e.kind, 'data', e.data, 'occurredAt', e.occurred_at) order by e.occurred_at), '[]'::json)
      from timeline_events e
      where e.practice_id = c.practice_id and e.client_id = c.id
        and e.kind in ${[...POORTWACHTER_EVENT_KINDS]}) as "sickLeaveEvents",
    (select p.index_component_set from practices p where p.id = c.practice_id) as "componentSet"
    from clients c
    where c.practice_id = ${practiceId} and c.id = ${clientId}`);
  if (!row) return null;
  return {
    facts: row.facts,
    sharingConsent: row.sharingConsent,
    contacts: row.contacts,
    releases: row.releases.map((r) => ({ ...r, releasedAt: new Date(r.releasedAt), withdrawnAt: date(r.withdrawnAt) })),
    shares: row.shares.map((s) => ({
      ...s,
      expiresAt: new Date(s.expiresAt),
      revokedAt: date(s.revokedAt),
      confirmedAt: date(s.confirmedAt),
      createdAt: new Date(s.createdAt),
      lastOpenedAt: date(s.lastOpenedAt),
    })),
    employerActions: row.employerActions.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
    /** Dismissed suggestion keys of one measurement (the one the suggestions come from). */
    dismissedFor: (measurementId: string) => row.dismissed.filter((d) => d.measurementId === measurementId).map((d) => ({ key: d.key })),
    sickLeaveEvents: row.sickLeaveEvents.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })),
    /** The practice's index components (settings): the suggestions read the profile the results page shows. */
    componentSet: parseComponentSet(row.componentSet),
  };
}
