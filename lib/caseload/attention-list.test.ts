import { describe, expect, it } from 'vitest';
import { attentionHref, attentionReasons, parseAttentionPage } from './attention-list';

describe('the "needs attention" list', () => {
  it('reads the page from the query string, and anything malformed as the first page', () => {
    expect(parseAttentionPage({})).toBe(1);
    expect(parseAttentionPage({ page: '3' })).toBe(3);
    expect(parseAttentionPage({ page: ['2', '5'] })).toBe(2);
    for (const bad of ['', '0', '-2', '1.5', 'abc', '2; drop table clients']) expect(parseAttentionPage({ page: bad }), bad).toBe(1);
    // Capped as the clients list caps it: a page that far is empty and says so.
    expect(parseAttentionPage({ page: '99999999' })).toBe(10_000);
  });

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
