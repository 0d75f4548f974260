import { describe, expect, it } from 'vitest';
import { employersHref, parseEmployerList } from './list';

describe('the employers list’s query string', () => {
  it('reads the search and the page, anything malformed as the defaults', () => {
    expect(parseEmployerList({})).toEqual({ q: '', page: 1 });
    expect(parseEmployerList({ q: ' Gemeente ', page: '3' })).toEqual({ q: 'Gemeente', page: 3 });
    expect(parseEmployerList({ q: ['Bouw', 'Zorg'], page: ['2', '5'] })).toEqual({ q: 'Bouw', page: 2 });
    expect(parseEmployerList({ q: '', page: '-1' })).toEqual({ q: '', page: 1 });
    expect(parseEmployerList({ page: 'x' })).toEqual({ q: '', page: 1 });
    expect(parseEmployerList({ page: '99999999' })).toEqual({ q: '', page: 10_000 });
  });

  it('links to a page with the defaults left out, the search kept', () => {
    expect(employersHref('')).toBe('/employers');
    expect(employersHref('', 2)).toBe('/employers?page=2');
    expect(employersHref('Özdemir & Zn')).toBe('/employers?q=%C3%96zdemir+%26+Zn');
    expect(employersHref('Bouw', 3)).toBe('/employers?q=Bouw&page=3');
  });
});
