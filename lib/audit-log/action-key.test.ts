import { describe, expect, it } from 'vitest';
import { actionMessageKey } from './action-key';

describe('actionMessageKey', () => {
  it('names which report was downloaded', () => {
    expect(actionMessageKey('report.downloaded', { kind: 'client' })).toBe('report.downloaded_client');
    expect(actionMessageKey('report.downloaded', { kind: 'manager', shareId: 's' })).toBe('report.downloaded_manager');
  });

  it('keeps the action for an entry without a known kind, and for every other action', () => {
    expect(actionMessageKey('report.downloaded', {})).toBe('report.downloaded');
    expect(actionMessageKey('report.downloaded', { kind: 'other' })).toBe('report.downloaded');
    expect(actionMessageKey('client.viewed', { kind: 'client' })).toBe('client.viewed');
    expect(actionMessageKey('client.viewed', null)).toBe('client.viewed');
  });
});
