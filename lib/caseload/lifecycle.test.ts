import { describe, expect, it } from 'vitest';
import { canArchive, canChangeStatus, canReopen, closeDateProblem, lifecycleActions } from './lifecycle';

describe('client lifecycle', () => {
  it('moves freely between open statuses, never into or out of closed directly', () => {
    expect(canChangeStatus('new', 'intake')).toBe(true);
    expect(canChangeStatus('paused', 'active')).toBe(true);
    expect(canChangeStatus('active', 'active')).toBe(false);
    expect(canChangeStatus('active', 'closed')).toBe(false);
    expect(canChangeStatus('closed', 'active')).toBe(false);
  });

  it('reopens and archives only a closed client, and archives once', () => {
    expect(canReopen({ status: 'closed', archivedAt: null })).toBe(true);
    expect(canReopen({ status: 'active', archivedAt: null })).toBe(false);
    expect(canArchive({ status: 'closed', archivedAt: null })).toBe(true);
    expect(canArchive({ status: 'closed', archivedAt: new Date() })).toBe(false);
    expect(canArchive({ status: 'paused', archivedAt: null })).toBe(false);
  });

  it('offers the actions that fit the state', () => {
    expect(lifecycleActions({ status: 'intake', archivedAt: null })).toEqual({
      statuses: ['active', 'new', 'paused'],
      close: true,
      reopen: false,
      archive: false,
    });
    expect(lifecycleActions({ status: 'paused', archivedAt: null }).statuses).toEqual(['active', 'new', 'intake']);
    expect(lifecycleActions({ status: 'closed', archivedAt: null })).toEqual({ statuses: [], close: false, reopen: true, archive: true });
  });

  it('refuses a closing date before the start or in the future', () => {
    expect(closeDateProblem('2026-03-01', '2026-03-02', '2026-05-01')).toBe('clients.errors.closeBeforeStart');
    expect(closeDateProblem('2026-05-02', '2026-03-02', '2026-05-01')).toBe('clients.errors.closeInFuture');
    expect(closeDateProblem('2026-03-02', '2026-03-02', '2026-05-01')).toBeNull();
    expect(closeDateProblem('2026-05-01', null, '2026-05-01')).toBeNull();
  });
});
