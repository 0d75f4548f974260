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
  });
});
