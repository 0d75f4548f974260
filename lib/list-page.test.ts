import { describe, expect, it } from 'vitest';
import { pageOffset, parsePageNumber } from './list-page';

describe('a list page in the query string', () => {
  it('reads the page from the query string, and anything malformed as the first page', () => {
    expect(parsePageNumber({})).toBe(1);
    expect(parsePageNumber({ page: '3' })).toBe(3);
    expect(parsePageNumber({ page: ['2', '5'] })).toBe(2);
    for (const bad of ['', '0', '-2', '1.5', 'abc', '2; drop table clients']) expect(parsePageNumber({ page: bad }), bad).toBe(1);
    // Capped as the clients list caps it: a page that far is empty and says so.
    expect(parsePageNumber({ page: '99999999' })).toBe(10_000);
  });

  it('skips the rows of the pages before', () => {
    expect(pageOffset(1, 25)).toBe(0);
    expect(pageOffset(3, 50)).toBe(100);
  });
});
