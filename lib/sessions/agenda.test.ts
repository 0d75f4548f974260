import { describe, expect, it } from 'vitest';
import { agendaWindow, groupByDay } from './agenda';

describe('agenda', () => {
  it('starts at today unless a valid date is asked for', () => {
    expect(agendaWindow(undefined, '2026-03-04').days[0]).toBe('2026-03-04');
    expect(agendaWindow('nonsense', '2026-03-04').from).toBe('2026-03-04');
    // A week on from 9999-12-25 is no four-digit year: the formatters threw and the page answered 500.
    expect(agendaWindow('9999-12-25', '2026-03-04').from).toBe('2026-03-04');
    expect(agendaWindow('0001-01-01', '2026-03-04').from).toBe('2026-03-04');
    const w = agendaWindow('2026-03-10', '2026-03-04');
    expect(w.days).toHaveLength(7);
    expect([w.previous, w.next, w.until]).toEqual(['2026-03-03', '2026-03-17', '2026-03-17']);
  });

  it('sorts sessions into Amsterdam days, a late-evening one on its local day', () => {
    const days = ['2026-07-01', '2026-07-02'];
    const grouped = groupByDay(
      [
        { id: 'b', startsAt: new Date('2026-07-01T22:30:00Z') },
        { id: 'a', startsAt: new Date('2026-07-01T08:00:00Z') },
      ],
      days,
    );
    expect(grouped.map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ['2026-07-01', ['a']],
      ['2026-07-02', ['b']],
    ]);
  });
});
