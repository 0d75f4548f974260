import { describe, expect, it } from 'vitest';
import { answerColumns } from './answer-columns';

describe('answers per row of a scale question', () => {
  it('keeps one row for the coach and for a client scale up to five; wraps a longer one into two rows on the phone', () => {
    expect(answerColumns(7, 'coach')).toBe(7);
    expect(answerColumns(5, 'client')).toBe(5);
    expect(answerColumns(7, 'client')).toBe(4);
    expect(answerColumns(11, 'client')).toBe(6);
  });
});
