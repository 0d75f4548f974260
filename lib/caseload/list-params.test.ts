import { describe, expect, it } from 'vitest';
import { clientListHref, containsPattern, pageCount, parseClientListParams, searchQuery } from './list-params';

describe('client list parameters', () => {
  it('defaults to all current clients by name, page 1', () => {
    expect(parseClientListParams({})).toEqual({ q: '', status: 'all', coach: null, sort: 'name', dir: 'asc', page: 1 });
  });

  it('takes the search text without control characters (PostgreSQL refuses a NUL: the page answered 500)', () => {
    expect(parseClientListParams({ q: 'Jan\u0000sen' }).q).toBe('Jansen');
    expect(searchQuery(['  de\u0007 Vries ', 'x'])).toBe('de Vries');
    expect(searchQuery('a'.repeat(150))).toHaveLength(100);
    expect(searchQuery(undefined)).toBe('');
  });

  it('keeps valid values and drops anything unknown', () => {
    const coach = '3f2b1c4d-0000-4000-8000-000000000001';
    expect(parseClientListParams({ q: '  Jansen ', status: 'paused', coach, sort: 'start', dir: 'asc', page: '3' })).toEqual({
      q: 'Jansen',
      status: 'paused',
      coach,
      sort: 'start',
      dir: 'asc',
      page: 3,
    });
    expect(parseClientListParams({ status: 'deleted', coach: "1' or 1=1", sort: 'email', dir: 'up', page: '-2' })).toEqual({
      q: '',
      status: 'all',
      coach: null,
      sort: 'name',
      dir: 'asc',
      page: 1,
    });
    expect(parseClientListParams({ q: ['a', 'b'], page: 'x' })).toMatchObject({ q: 'a', page: 1 });
    expect(parseClientListParams({ sort: 'created' }).dir).toBe('desc');
  });

  it('builds short links that round-trip', () => {
    const params = parseClientListParams({ q: 'de vries', status: 'active', sort: 'status', page: '2' });
    const href = clientListHref(params, { page: 3 });
    expect(href).toBe('/clients?q=de+vries&status=active&sort=status&page=3');
    const back = parseClientListParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(back).toEqual({ ...params, page: 3 });
    expect(clientListHref(parseClientListParams({}))).toBe('/clients');
  });

  it('makes LIKE wildcards typed by the user literal', () => {
    expect(containsPattern('100%_A')).toBe('%100\\%\\_A%');
    expect(containsPattern('back\\slash')).toBe('%back\\\\slash%');
  });

  it('leaves case and accents to the query (search_fold on both sides), and escapes what decomposes to a wildcard', () => {
    // Folded in SQL only, so that both sides are folded by the same rules (JavaScript's lowercasing is not PostgreSQL's).
    expect(containsPattern('ÖZTÜRK')).toBe(`%${'ÖZTÜRK'.normalize('NFKD')}%`);
    // A full-width ％ and ＿ (phone keyboards) are % and _ once decomposed, as search_fold decomposes the pattern.
    expect(containsPattern('１００％＿')).toBe('%100\\%\\_%');
  });

  it('counts pages', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});
