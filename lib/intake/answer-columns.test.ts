import { describe, expect, it } from 'vitest';
import { SCALE_MAX_SPAN } from '@/lib/instruments/custom-schema';
import { answerColumns, answerGridTemplate, CLIENT_MAX_COLUMNS } from './answer-columns';

describe('answers per row of a scale question', () => {
  it('keeps one row for the coach and for a client scale up to five; wraps a longer one into rows on the phone', () => {
    expect(answerColumns(7, 'coach')).toBe(7);
    expect(answerColumns(11, 'coach')).toBe(11);
    expect(answerColumns(5, 'client')).toBe(5);
    expect(answerColumns(6, 'client')).toBe(3);
    expect(answerColumns(7, 'client')).toBe(4);
    expect(answerColumns(10, 'client')).toBe(5);
    // 0–10: three rows of four, not two of six (about 36 px each at 360 px, below a 44 px touch target).
    expect(answerColumns(11, 'client')).toBe(4);
  });

  it('puts at most five answers in a row on the phone, in rows of nearly equal length, for every scale a questionnaire may have', () => {
    expect(CLIENT_MAX_COLUMNS).toBe(5);
    for (let count = 2; count <= SCALE_MAX_SPAN + 1; count++) {
      const columns = answerColumns(count, 'client');
      expect(columns).toBeLessThanOrEqual(CLIENT_MAX_COLUMNS);
      const rows = Math.ceil(count / columns);
      // No more rows than five to a row needs, and the last row at most one answer short of the others.
      expect(rows).toBe(Math.ceil(count / CLIENT_MAX_COLUMNS));
      expect(columns * rows - count).toBeLessThanOrEqual(1);
    }
  });
});

describe('the answer grid’s columns', () => {
  it('keeps the coach’s answers in one row of equal parts', () => {
    expect(answerGridTemplate(5, 'coach')).toBe('repeat(5, minmax(0, 1fr))');
    expect(answerGridTemplate(11, 'coach')).toBe('repeat(11, minmax(0, 1fr))');
  });

  it('gives the client answerColumns to a row while each is at least 44 px, fewer when the row is too narrow', () => {
    expect(answerGridTemplate(5, 'client')).toBe('repeat(auto-fit, minmax(max(44px, calc((100% - 4 * 0.375rem) / 5 - 0.1px)), 1fr))');
    expect(answerGridTemplate(11, 'client')).toBe('repeat(auto-fit, minmax(max(44px, calc((100% - 3 * 0.375rem) / 4 - 0.1px)), 1fr))');
  });
});
