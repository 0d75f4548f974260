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

/** The planned sessions that went along to the new coach, and how many of those still to come overlap in their agenda. */
export type SessionsHandedOver = { moved: number; overlapping: number };
const NONE_HANDED_OVER: SessionsHandedOver = { moved: 0, overlapping: 0 };

/**
 * Timeline events for an edit: sick leave starting or ending (on `recoveredOn`), a corrected first sick day and a new coach get their
 * own line; so do the planned sessions that went along to the new coach (none, no line), and those of them that overlap
 * another session in the new coach's agenda (the change is not refused for it: the new coach is told, to move them).
 * The corrected first sick day is kept in the timeline because the client record holds only the current one: once the
 * client recovers, the spell is rebuilt from the timeline (lib/caseload/poortwachter.ts spellsFromRecord).
 */
export function updateTimelineEvents(
  before: ClientLike,
  after: ClientLike,
  fields: readonly ClientField[],
  sessions: SessionsHandedOver = NONE_HANDED_OVER,
  recoveredOn: string | null = null,
): Event[] {
  const events: Event[] = [];
  if (!before.onSickLeave && after.onSickLeave)
    events.push({ kind: 'client.sick_leave_started', data: { since: String(after.sickLeaveSince) } });
  // The day the client was back at work, which may lie before the day the coach records it (the spell ends then).
  if (before.onSickLeave && !after.onSickLeave)
    events.push({ kind: 'client.sick_leave_ended', ...(recoveredOn ? { data: { on: recoveredOn } } : {}) });
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
    if (sessions.moved > 0) events.push({ kind: 'client.sessions_reassigned', data: { count: sessions.moved } });
    if (sessions.overlapping > 0) events.push({ kind: 'client.reassigned_sessions_overlap', data: { count: sessions.overlapping } });
  }
  const rest = fields.filter(
    (f) => f !== 'coachId' && f !== 'onSickLeave' && !(f === 'sickLeaveSince' && (corrected || before.onSickLeave !== after.onSickLeave)),
  );
  if (rest.length > 0) events.push({ kind: 'client.updated', data: { count: rest.length } });
  return events;
}
