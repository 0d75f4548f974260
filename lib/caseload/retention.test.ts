import { describe, expect, it } from 'vitest';
import { erasureDueOn, isDueForErasure } from './retention';

describe('retention', () => {
  it('is due the given number of years after closing, on that day', () => {
    expect(erasureDueOn('2019-05-10', 7)).toBe('2026-05-10');
    const closed = { status: 'closed', closedOn: '2019-05-10' };
    expect(isDueForErasure(closed, 7, '2026-05-09')).toBe(false);
    expect(isDueForErasure(closed, 7, '2026-05-10')).toBe(true);
  });

  it('never lists an open client or one without a closing date', () => {
    expect(isDueForErasure({ status: 'active', closedOn: '2000-01-01' }, 1, '2026-01-01')).toBe(false);
    expect(isDueForErasure({ status: 'closed', closedOn: null }, 1, '2026-01-01')).toBe(false);
  });
});
