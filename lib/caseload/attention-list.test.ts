import { describe, expect, it } from 'vitest';
import { attentionHref, attentionReasons } from './attention-list';

describe('the "needs attention" list', () => {
  it('links the first page without a query string', () => {
    expect(attentionHref()).toBe('/attention');
    expect(attentionHref(1)).toBe('/attention');
    expect(attentionHref(4)).toBe('/attention?page=4');
  });

  it('gives the reasons most pressing first, with the number of flagged dimensions', () => {
    expect(attentionReasons({ riskProfile: true, burnoutHigh: true, flagCount: 3 })).toEqual([
      { key: 'riskReasonProfile' },
      { key: 'riskReasonBurnout' },
      { key: 'riskReasonFlags', values: { count: 3 } },
    ]);
    expect(attentionReasons({ riskProfile: false, burnoutHigh: false, flagCount: 1 })).toEqual([
      { key: 'riskReasonFlags', values: { count: 1 } },
    ]);
    expect(attentionReasons({ riskProfile: false, burnoutHigh: false, flagCount: 0 })).toEqual([]);
  });
});
