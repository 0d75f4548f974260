import { describe, expect, it } from 'vitest';
import { homeworkState } from './state';

const base = { dueDate: '2026-03-10', submittedAt: null, seenAt: null };

describe('homeworkState', () => {
  it('is open until the due date has passed, then overdue', () => {
    expect(homeworkState({ ...base, status: 'assigned' }, '2026-03-10')).toBe('open');
    expect(homeworkState({ ...base, status: 'assigned' }, '2026-03-11')).toBe('overdue');
    expect(homeworkState({ ...base, status: 'reopened' }, '2026-03-09')).toBe('reopened');
    expect(homeworkState({ ...base, status: 'reopened' }, '2026-03-11')).toBe('overdue');
  });

  it('is new until the coach has seen the latest submission', () => {
    const submittedAt = new Date('2026-03-09T10:00:00Z');
    expect(homeworkState({ ...base, status: 'submitted', submittedAt }, '2026-03-20')).toBe('new');
    expect(homeworkState({ ...base, status: 'submitted', submittedAt, seenAt: new Date('2026-03-09T09:00:00Z') }, '2026-03-20')).toBe(
      'new',
    );
    expect(homeworkState({ ...base, status: 'submitted', submittedAt, seenAt: new Date('2026-03-09T11:00:00Z') }, '2026-03-20')).toBe(
      'submitted',
    );
  });
});
