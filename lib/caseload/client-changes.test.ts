import { describe, expect, it } from 'vitest';
import { changedClientFields, updateTimelineEvents } from './client-changes';

const before = {
  firstName: 'Eva',
  lastName: 'Smit',
  email: 'eva@example.nl',
  phone: '',
  jobTitle: '',
  employerId: null,
  managerContactId: null,
  coachId: 'c1',
  startDate: null,
  referralRoute: 'self',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: null,
  notes: '',
};

describe('client changes', () => {
  it('names the changed fields only', () => {
    expect(changedClientFields(before, { ...before })).toEqual([]);
    expect(changedClientFields(before, { ...before, phone: '0612345678', notes: 'x' })).toEqual(['phone', 'notes']);
  });

  it('gives sick leave and a new coach their own timeline line', () => {
    const after = { ...before, onSickLeave: true, sickLeaveSince: '2026-01-05', coachId: 'c2', jobTitle: 'Teamleider' };
    const events = updateTimelineEvents(before, after, changedClientFields(before, after));
    expect(events).toEqual([
      { kind: 'client.sick_leave_started', data: { since: '2026-01-05' } },
      { kind: 'client.coach_changed' },
      { kind: 'client.updated', data: { count: 1 } },
    ]);
    const back = updateTimelineEvents(after, { ...after, onSickLeave: false, sickLeaveSince: null }, ['onSickLeave', 'sickLeaveSince']);
    expect(back).toEqual([{ kind: 'client.sick_leave_ended' }]);
    const off = { ...after, onSickLeave: false, sickLeaveSince: null };
    expect(updateTimelineEvents(after, off, ['onSickLeave', 'sickLeaveSince'], undefined, '2026-02-20')).toEqual([
      { kind: 'client.sick_leave_ended', data: { on: '2026-02-20' } },
    ]);
  });

  it('counts the planned sessions that went along to the new coach in a line of their own, only when there were any', () => {
    const after = { ...before, coachId: 'c2' };
    expect(updateTimelineEvents(before, after, ['coachId'], { moved: 3, overlapping: 0 })).toEqual([
      { kind: 'client.coach_changed' },
      { kind: 'client.sessions_reassigned', data: { count: 3 } },
    ]);
    expect(updateTimelineEvents(before, after, ['coachId'], { moved: 0, overlapping: 0 })).toEqual([{ kind: 'client.coach_changed' }]);
    expect(updateTimelineEvents(before, { ...before, notes: 'x' }, ['notes'], { moved: 2, overlapping: 1 })).toEqual([
      { kind: 'client.updated', data: { count: 1 } },
    ]);
  });

  it('says how many of the sessions that went along overlap in the new coach’s agenda', () => {
    expect(updateTimelineEvents(before, { ...before, coachId: 'c2' }, ['coachId'], { moved: 3, overlapping: 2 })).toEqual([
      { kind: 'client.coach_changed' },
      { kind: 'client.sessions_reassigned', data: { count: 3 } },
      { kind: 'client.reassigned_sessions_overlap', data: { count: 2 } },
    ]);
  });

  it('records a first sick day corrected while on sick leave with both dates, not as a plain update', () => {
    const sick = { ...before, onSickLeave: true, sickLeaveSince: '2024-01-06' };
    const corrected = { ...sick, sickLeaveSince: '2025-01-06', jobTitle: 'Teamleider' };
    expect(updateTimelineEvents(sick, corrected, changedClientFields(sick, corrected))).toEqual([
      { kind: 'client.sick_leave_since_corrected', data: { previous: '2024-01-06', since: '2025-01-06' } },
      { kind: 'client.updated', data: { count: 1 } },
    ]);
    // A record on sick leave without a first sick day (from before it was required): the first one on record.
    const undated = { ...sick, sickLeaveSince: null };
    expect(updateTimelineEvents(undated, sick, ['sickLeaveSince'])).toEqual([
      { kind: 'client.sick_leave_started', data: { since: '2024-01-06' } },
    ]);
    expect(updateTimelineEvents(sick, { ...sick, jobTitle: 'Teamleider' }, ['jobTitle'])).toEqual([
      { kind: 'client.updated', data: { count: 1 } },
    ]);
  });
});
