import type { TimelineKind } from './timeline-kinds';

/** The editable fields of a client, as the edit form sends them. */
export const CLIENT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'employerId',
  'managerContactId',
  'coachId',
  'startDate',
  'referralRoute',
  'locale',
  'onSickLeave',
  'sickLeaveSince',
  'notes',
] as const;
export type ClientField = (typeof CLIENT_FIELDS)[number];
type ClientLike = Record<ClientField, string | boolean | null>;

/** The names (never the values) of the fields that changed. */
export function changedClientFields(before: ClientLike, after: ClientLike): ClientField[] {
  return CLIENT_FIELDS.filter((field) => (before[field] ?? null) !== (after[field] ?? null));
}

type Event = { kind: TimelineKind; data?: Record<string, string | number | boolean | null> };

/**
 * Timeline events for an edit: sick leave starting or ending, a corrected first sick day and a new coach get their
 * own line; so do the planned sessions that went along to the new coach (`sessionsMoved`: none, no line). The corrected
 * first sick day is kept in the timeline because the client record holds only the current one: once the client
 * recovers, the spell is rebuilt from the timeline (lib/caseload/poortwachter.ts spellsFromRecord).
 */
export function updateTimelineEvents(before: ClientLike, after: ClientLike, fields: readonly ClientField[], sessionsMoved = 0): Event[] {
  const events: Event[] = [];
  if (!before.onSickLeave && after.onSickLeave)
    events.push({ kind: 'client.sick_leave_started', data: { since: String(after.sickLeaveSince) } });
  if (before.onSickLeave && !after.onSickLeave) events.push({ kind: 'client.sick_leave_ended' });
  const corrected = before.onSickLeave && after.onSickLeave && fields.includes('sickLeaveSince') && !!after.sickLeaveSince;
  if (corrected) {
    const since = String(after.sickLeaveSince);
    // Without an earlier first sick day (a record from before it was required) this is the first one on record.
    events.push(
      before.sickLeaveSince
        ? { kind: 'client.sick_leave_since_corrected', data: { previous: String(before.sickLeaveSince), since } }
        : { kind: 'client.sick_leave_started', data: { since } },
    );
  }
  if (fields.includes('coachId')) {
    events.push({ kind: 'client.coach_changed' });
    if (sessionsMoved > 0) events.push({ kind: 'client.sessions_reassigned', data: { count: sessionsMoved } });
  }
  const rest = fields.filter(
    (f) => f !== 'coachId' && f !== 'onSickLeave' && !(f === 'sickLeaveSince' && (corrected || before.onSickLeave !== after.onSickLeave)),
  );
  if (rest.length > 0) events.push({ kind: 'client.updated', data: { count: rest.length } });
  return events;
}
