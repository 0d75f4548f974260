import { describe, expect, it } from 'vitest';
import { isPastDue } from './past-due';

describe('isPastDue', () => {
  const today = '2026-12-06';

  it('marks an open item from the day after its due date', () => {
    expect(isPastDue({ dueDate: '2026-12-05', status: 'planned' }, today)).toBe(true);
    expect(isPastDue({ dueDate: '2025-01-31', status: 'in_progress' }, today)).toBe(true);
  });

  it('does not mark it on its due date itself, or before', () => {
    expect(isPastDue({ dueDate: today, status: 'planned' }, today)).toBe(false);
    expect(isPastDue({ dueDate: '2026-12-07', status: 'in_progress' }, today)).toBe(false);
  });

  it('does not mark a done or dropped item, or one without a date', () => {
    expect(isPastDue({ dueDate: '2026-01-01', status: 'done' }, today)).toBe(false);
    expect(isPastDue({ dueDate: '2026-01-01', status: 'dropped' }, today)).toBe(false);
    expect(isPastDue({ dueDate: null, status: 'planned' }, today)).toBe(false);
  });
});
