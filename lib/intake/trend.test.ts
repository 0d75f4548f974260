import { describe, expect, it } from 'vitest';
import { jdrIntakeV2 } from '../instruments';
import { quadrantPath, trendGroups, trendSeries } from './trend';

const scored = (score: number) => ({ status: 'scored', score, scoredDimensions: 1, totalDimensions: 1 });
const m = (id: string, date: string, indices: Record<string, unknown>) => ({ id, date, scores: { indices } });

const history = [
  m('a', '2026-01-10T10:00:00.000Z', { demands: scored(80), work_resources: scored(30), personal_resources: scored(50) }),
  m('b', '2026-02-10T10:00:00.000Z', { demands: scored(70), work_resources: scored(40), burnout: scored(60) }),
  m('c', '2026-03-10T10:00:00.000Z', {
    demands: { status: 'insufficient', scoredDimensions: 0, totalDimensions: 3 },
    work_resources: scored(55),
  }),
];

describe('trendSeries', () => {
  it('has one line per index any measurement has, with gaps where one lacks it', () => {
    const series = trendSeries(history);
    expect(series.map((s) => s.key)).toEqual(['demands', 'work_resources', 'personal_resources', 'burnout']);
    expect(series[0]?.points.map((p) => p.value)).toEqual([80, 70, null]);
    expect(series[2]?.points.map((p) => p.value)).toEqual([50, null, null]);
  });
});

describe('quadrantPath', () => {
  it('runs through the earlier measurements with both indices, ending at the current one', () => {
    const path = quadrantPath(history, 'c', { demands: 60, resources: 55 }, (x) => x.id);
    expect(path.map((p) => [p.label, p.demands, p.resources])).toEqual([
      ['a', 80, 30],
      ['b', 70, 40],
      ['c', 60, 55],
    ]);
    expect(quadrantPath(history, 'b', { demands: 70, resources: 40 }, (x) => x.id).map((p) => p.label)).toEqual(['a', 'b']);
    expect(quadrantPath(history, 'zzz', { demands: 70, resources: 40 }, (x) => x.id)).toEqual([]);
  });

  it('has no route when the current measurement has no profile: no earlier point stands as the newest ("now")', () => {
    // c has no demands score, so no profile: the plot would otherwise enlarge b as if it were c.
    expect(quadrantPath(history, 'c', null, (x) => x.id)).toEqual([]);
    expect(quadrantPath(history, 'b', null, (x) => x.id)).toEqual([]);
  });
});

describe('in order of completion, not of starting', () => {
  // b was started first (a "measure again" homework) but completed after a.
  const late = [history[1]!, history[0]!, history[2]!];

  it('the quadrant route runs by completion date, and stops at the current measurement’s date', () => {
    const now = { demands: 60, resources: 55 };
    expect(quadrantPath(late, 'c', now, (x) => x.id).map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(quadrantPath(late, 'a', now, (x) => x.id).map((p) => p.label)).toEqual(['a']);
  });

  it('a trend’s points run by completion date', () => {
    const groups = trendGroups(late, () => jdrIntakeV2, 'jdr_wide');
    expect(groups[0]?.measurements.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
