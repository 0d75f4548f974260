import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { auditFilter, auditQueryString, parseAuditQuery } from './filters';

describe('CSV export cells are injection-safe', () => {
  it.each([
    ['=HYPERLINK("http://evil.test","klik")', `"'=HYPERLINK(""http://evil.test"",""klik"")"`],
    ['+31 6 1234', `"'+31 6 1234"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['Anna "de" Vries', `"Anna ""de"" Vries"`],
    ['a;b\nc', `"a;b\nc"`],
    ['client.viewed', `"client.viewed"`],
    [null, `""`],
    [42, `"42"`],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('joins cells with semicolons and CRLF, with a BOM for Excel', () => {
    expect(
      toCsv([
        ['a', '=b'],
        ['c', 'd'],
      ]),
    ).toBe(`\uFEFF"a";"'=b"\r\n"c";"d"\r\n`);
  });
});

describe('audit view filters', () => {
  it('keeps valid filters and drops malformed ones instead of failing', () => {
    const q = parseAuditQuery({
      client: '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e',
      user: 'not-a-uuid',
      action: 'client.viewed',
      from: '2026-11-01',
      until: '2026-13-40',
      page: ['3', '4'],
    });
    expect(q).toEqual({ client: '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e', action: 'client.viewed', from: '2026-11-01', page: 3 });
    expect(parseAuditQuery({ action: "x'; drop table", page: '-1' })).toEqual({ page: 1 });
    // A day after 9999-12-31 is no four-digit year (the page and the export answered 500): no filter instead.
    expect(parseAuditQuery({ from: '0001-01-01', until: '9999-12-31' })).toEqual({ page: 1 });
  });

  it('reads the period in Dutch time, with the last day included', () => {
    const f = auditFilter(parseAuditQuery({ from: '2026-11-01', until: '2026-11-30' }));
    expect(f.from?.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(f.until?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('writes the same filters back for pagination and export links', () => {
    expect(auditQueryString({ action: 'client.viewed', page: 2 })).toBe('?action=client.viewed&page=2');
    expect(auditQueryString({ page: 1 })).toBe('');
    expect(auditQueryString({ page: 2, asOf: '2026-12-05T03:33:12.123456Z' })).toBe('?page=2&asOf=2026-12-05T03%3A33%3A12.123456Z');
  });

  it('reads the view’s pin (asOf) as a UTC time to the microsecond; anything else is no pin: the log as it is now', () => {
    const pin = '2026-12-05T03:33:12.123456Z';
    expect(parseAuditQuery({ asOf: pin, page: '2' })).toEqual({ page: 2, asOf: pin });
    expect(auditFilter(parseAuditQuery({ asOf: pin })).asOf).toBe(pin);
    // A number (an entry's seq counts every practice's entries), a time without microseconds or zone, SQL: no pin.
    for (const asOf of [
      '1234',
      '2026-12-05T03:33:12Z',
      '2026-12-05 03:33:12.123456',
      `${pin}'; drop table x`,
      'abc',
      // The right shape, but no such moment: PostgreSQL would refuse it with an error.
      '2026-13-45T99:99:99.999999Z',
      '2026-02-30T00:00:00.000000Z',
      '2026-12-05T24:00:00.000000Z',
      '0000-01-01T00:00:00.000000Z',
    ])
      expect(parseAuditQuery({ asOf }).asOf).toBeUndefined();
    expect(parseAuditQuery({ asOf: [pin, 'abc'] }).asOf).toBe(pin);
  });
});
