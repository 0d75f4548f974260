import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  estimatedTextWidth,
  type LabelSpan,
  labelSpan,
  type Point,
  pickTickLabels,
  quadrantPlot,
  type Rect,
  trendChart,
} from './geometry';

function inside(p: Point, box: Rect): boolean {
  const eps = 1e-9;
  return (
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    p.x >= box.x - eps &&
    p.x <= box.x + box.width + eps &&
    p.y >= box.y - eps &&
    p.y <= box.y + box.height + eps
  );
}

const corners = (r: Rect): Point[] => [
  { x: r.x, y: r.y },
  { x: r.x + r.width, y: r.y + r.height },
];

describe('barChart', () => {
  const rows = [
    { key: 'workload', label: 'Werkdruk', value: 75, group: 'job_demands' },
    { key: 'autonomy', label: 'Autonomie', value: null, group: 'work_resources' },
    { key: 'vigour', label: 'Vitaliteit', value: 140, group: 'engagement' },
  ];
  const chart = barChart(rows, { width: 400, rowHeight: 20, labelWidth: 100, valueWidth: 50, axisHeight: 20, referenceValue: 50 });

  it('lays out a plot between the labels and the values', () => {
    expect(chart.plot).toEqual({ x: 100, y: 0, width: 250, height: 60 });
    expect(chart.height).toBe(80);
  });

  it('draws a bar per scored row, clamped to the domain', () => {
    expect(chart.bars.map((b) => [b.key, b.x, b.width, b.value])).toEqual([
      ['workload', 100, 187.5, 75],
      ['vigour', 100, 250, 100],
    ]);
    expect(chart.bars[0]).toMatchObject({ y: 4, height: 12 });
    expect(chart.values.map((v) => v.text)).toEqual(['75', '100']);
  });

  it('marks a missing value instead of drawing a bar', () => {
    expect(chart.missing).toEqual([
      { key: 'autonomy', group: 'work_resources', x: 100, y: 24, width: 250, height: 12, text: { x: 104, y: 30, anchor: 'start' } },
    ]);
    expect(chart.labels.map((l) => l.text)).toEqual(['Werkdruk', 'Autonomie', 'Vitaliteit']);
  });

  it('puts ticks at 0, 25, 50, 75, 100 and a reference line', () => {
    expect(chart.ticks.map((t) => [t.value, t.x])).toEqual([
      [0, 100],
      [25, 162.5],
      [50, 225],
      [75, 287.5],
      [100, 350],
    ]);
    expect(chart.referenceLine).toEqual({ x: 225, y1: 0, y2: 60 });
  });

  it('can draw means on an instrument’s own scale', () => {
    const own = barChart([{ key: 'e', label: 'E', value: 3, group: 'burnout', level: 'orange' }], {
      width: 300,
      rowHeight: 10,
      labelWidth: 50,
      valueWidth: 50,
      domain: { min: 1, max: 5 },
      ticks: [1, 2, 3, 4, 5, 6],
      formatValue: (v) => v.toFixed(2),
    });
    expect(own.bars[0]).toMatchObject({ width: 100, level: 'orange' });
    expect(own.values[0]?.text).toBe('3.00');
    expect(own.ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('quadrantPlot', () => {
  const plot = quadrantPlot(
    [
      { demands: 80, resources: 20, label: 'Intake', date: '2025-01-10' },
      { demands: 60, resources: 45, label: 'Check-in', date: '2025-02-10' },
      { demands: 40, resources: 70, label: 'Check-in', date: '2025-03-10' },
    ],
    { demands: 50, resources: 50 },
    { size: 240, padding: 20 },
  );

  it('puts resources on x (right = more) and demands on y (top = high)', () => {
    expect(plot.plot).toEqual({ x: 20, y: 20, width: 200, height: 200 });
    expect(plot.circles.map((c) => [c.x, c.y])).toEqual([
      [60, 60],
      [110, 100],
      [160, 140],
    ]);
  });

  it('splits the plot into the four profiles at the reference', () => {
    expect(plot.quadrants).toEqual([
      { profile: 'high_demands_low_resources', x: 20, y: 20, width: 100, height: 100 },
      { profile: 'high_demands_high_resources', x: 120, y: 20, width: 100, height: 100 },
      { profile: 'low_demands_low_resources', x: 20, y: 120, width: 100, height: 100 },
      { profile: 'low_demands_high_resources', x: 120, y: 120, width: 100, height: 100 },
    ]);
    expect(plot.referenceLines).toEqual([
      { axis: 'resources', x1: 120, y1: 20, x2: 120, y2: 220 },
      { axis: 'demands', x1: 20, y1: 120, x2: 220, y2: 120 },
    ]);
  });

  it('moves the split with a practice-median reference', () => {
    const median = quadrantPlot([], { demands: 62.5, resources: 40 }, { size: 240, padding: 20 });
    expect(median.referenceLines.map((l) => [l.x1, l.y1])).toEqual([
      [100, 20],
      [20, 95],
    ]);
    expect(median.path).toEqual([]);
    expect(median.polyline).toBe('');
  });

  it('draws the path oldest to newest and highlights the newest', () => {
    expect(plot.polyline).toBe('60,60 110,100 160,140');
    expect(plot.circles.map((c) => c.highlighted)).toEqual([false, false, true]);
    expect(plot.circles[2]?.r).toBeGreaterThan(plot.circles[0]?.r ?? Infinity);
    expect(plot.circles[0]).toMatchObject({ label: 'Intake', date: '2025-01-10', demands: 80, resources: 20 });
  });
});

describe('trendChart', () => {
  const series = [
    {
      key: 'engagement',
      points: [
        { date: '2025-01-01', value: 40 },
        { date: '2025-01-15', value: null },
        { date: '2025-02-01', value: 60 },
        { date: '2025-04-01', value: 70 },
      ],
    },
    {
      key: 'burnout',
      points: [
        { date: '2025-04-01', value: 30 },
        { date: '2025-01-01', value: 80 },
      ],
    },
  ];

  it('spaces measurements evenly by default and breaks lines at missing values', () => {
    const chart = trendChart(series, { width: 340, height: 140, padding: 20 });
    expect(chart.plot).toEqual({ x: 20, y: 20, width: 300, height: 100 });
    expect(chart.xTicks.map((t) => [t.date, t.x])).toEqual([
      ['2025-01-01', 20],
      ['2025-01-15', 120],
      ['2025-02-01', 220],
      ['2025-04-01', 320],
    ]);
    const engagement = chart.series[0];
    expect(engagement?.segments).toEqual([
      [{ x: 20, y: 80 }],
      [
        { x: 220, y: 60 },
        { x: 320, y: 50 },
      ],
    ]);
    expect(engagement?.polylines).toEqual(['20,80', '220,60 320,50']);
    expect(chart.series[1]?.segments).toEqual([
      [
        { x: 20, y: 40 },
        { x: 320, y: 90 },
      ],
    ]);
    expect(chart.yTicks.map((t) => [t.value, t.y])).toEqual([
      [0, 120],
      [25, 95],
      [50, 70],
      [75, 45],
      [100, 20],
    ]);
  });

  it('can place measurements by date', () => {
    const chart = trendChart(series, { width: 340, height: 140, padding: 20, xBy: 'date' });
    const days = (d: string) => (Date.parse(d) - Date.parse('2025-01-01')) / 86_400_000;
    const total = days('2025-04-01');
    expect(chart.xTicks.map((t) => t.x)).toEqual(
      ['2025-01-01', '2025-01-15', '2025-02-01', '2025-04-01'].map((d) => 20 + (days(d) / total) * 300),
    );
  });

  it('keeps two measurements on one day apart when given their timestamps', () => {
    const sameDay = [
      {
        key: 'burnout',
        points: [
          { date: '2026-03-02T09:00:00.000Z', value: 80 },
          { date: '2026-03-02T15:30:00.000Z', value: 70 },
          { date: '2026-06-15T10:00:00.000Z', value: 50 },
        ],
      },
    ];
    for (const xBy of ['index', 'date'] as const) {
      const xs = trendChart(sameDay, { width: 340, height: 140, padding: 20, xBy }).series[0]?.points.map((p) => p.x) ?? [];
      expect(new Set(xs).size, xBy).toBe(3);
      expect(
        [...xs].sort((a, b) => a - b),
        xBy,
      ).toEqual(xs);
    }
  });

  it('keeps dates it cannot parse in the order given, not alphabetical (Dutch month abbreviations)', () => {
    const dutch = [
      {
        key: 'burnout',
        points: [
          { date: '2 mrt 26', value: 80 },
          { date: '15 mei 26', value: 60 },
          { date: '1 okt 26', value: 40 },
        ],
      },
    ];
    const chart = trendChart(dutch, { width: 340, height: 140, padding: 20 });
    expect(chart.xTicks.map((t) => t.date)).toEqual(['2 mrt 26', '15 mei 26', '1 okt 26']);
    expect(chart.series[0]?.points.map((p) => p.value)).toEqual([80, 60, 40]);
  });

  it('centres a single measurement', () => {
    const chart = trendChart([{ key: 'x', points: [{ date: '2025-01-01', value: 50 }] }], { width: 100, height: 100, padding: 0 });
    expect(chart.series[0]?.points).toEqual([{ x: 50, y: 50, date: '2025-01-01', value: 50 }]);
  });
});

describe('pickTickLabels', () => {
  /** Labels `width` wide centred on points `step` apart from 0, the first anchored at its start and the last at its end. */
  const evenly = (n: number, step: number, width: number): LabelSpan[] =>
    Array.from({ length: n }, (_, i) => labelSpan(i * step, width, i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'));
  const overlaps = (spans: readonly LabelSpan[], picked: readonly number[], gap: number) =>
    picked.some((i, j) => j > 0 && spans[picked[j - 1]!]!.to + gap > spans[i]!.from);

  it('labels every tick when they fit', () => {
    expect(pickTickLabels(evenly(3, 200, 40), 6)).toEqual([0, 1, 2]);
    expect(pickTickLabels(evenly(1, 0, 40))).toEqual([0]);
    expect(pickTickLabels([])).toEqual([]);
  });

  it('labels every k-th of 14 measurements across a report’s chart, the first and the last always, none overlapping', () => {
    // The PDF's trend chart: 457 pt of plot, "15 mei 26" at 7.5 pt is about 37 pt wide.
    const spans = evenly(14, 457 / 13, estimatedTextWidth('15 mei 26', 7.5));
    const picked = pickTickLabels(spans, 6);
    expect(picked).toEqual([0, 2, 4, 6, 8, 10, 13]);
    expect(overlaps(spans, picked, 6)).toBe(false);
    // Labelling all of them would overlap.
    expect(overlaps(spans, [...spans.keys()], 6)).toBe(true);
  });

  it('lets the label before the last give way to it when they would touch', () => {
    // Every second of 6 ends on index 4, right beside the last.
    expect(pickTickLabels(evenly(6, 50, 60), 0)).toEqual([0, 2, 5]);
  });

  it('keeps only the newest when even the first and the last do not fit side by side', () => {
    expect(pickTickLabels(evenly(5, 10, 40), 0)).toEqual([4]);
  });

  it('never picks overlapping labels, and always the last, for any ticks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 0, max: 1000, noNaN: true }), width: fc.double({ min: 0, max: 120, noNaN: true }) }), {
          maxLength: 60,
        }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (ticks, gap) => {
          const spans = ticks
            .sort((a, b) => a.x - b.x)
            .map((t, i) => labelSpan(t.x, t.width, i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'));
          const picked = pickTickLabels(spans, gap);
          if (spans.length === 0) return picked.length === 0;
          const ascending = picked.every((i, j) => j === 0 || i > picked[j - 1]!);
          return ascending && picked.at(-1) === spans.length - 1 && (picked.length === 1 || !overlaps(spans, picked, gap));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('chart coordinates stay inside the box, for any input', () => {
  const value = fc.oneof(
    fc.double({ min: -50, max: 150, noNaN: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null),
  );
  const dimension = fc.double({ min: 0, max: 2000, noNaN: true });

  it('barChart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), label: fc.string(), value, group: fc.string() }), { maxLength: 12 }),
        dimension,
        fc.double({ min: 0, max: 60, noNaN: true }),
        dimension,
        (rows, width, rowHeight, labelWidth) => {
          const chart = barChart(rows, { width, rowHeight, labelWidth, referenceValue: 50 });
          const box = { x: 0, y: 0, width: chart.width, height: chart.height };
          const points: Point[] = [
            ...chart.bars.flatMap(corners),
            ...chart.missing.flatMap((m) => [...corners(m), m.text]),
            ...chart.labels,
            ...chart.values,
            ...chart.ticks.flatMap((t) => [{ x: t.x, y: t.y1 }, { x: t.x, y: t.y2 }, t.label]),
            ...(chart.referenceLine ? [{ x: chart.referenceLine.x, y: chart.referenceLine.y2 }] : []),
          ];
          for (const bar of chart.bars) {
            if (!(bar.width >= 0 && bar.x + bar.width <= chart.plot.x + chart.plot.width + 1e-9)) return false;
          }
          return points.every((p) => inside(p, box));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quadrantPlot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ demands: value, resources: value, label: fc.string(), date: fc.string() }), { maxLength: 10 }),
        fc.record({ demands: value, resources: value }),
        dimension,
        dimension,
        (points, reference, size, padding) => {
          const plot = quadrantPlot(
            points.map((p) => ({ ...p, demands: p.demands ?? Number.NaN, resources: p.resources ?? Number.NaN })),
            { demands: reference.demands ?? Number.NaN, resources: reference.resources ?? Number.NaN },
            { size, padding },
          );
          const box = { x: 0, y: 0, width: plot.size, height: plot.size };
          const all: Point[] = [
            ...plot.quadrants.flatMap(corners),
            ...plot.referenceLines.flatMap((l) => [
              { x: l.x1, y: l.y1 },
              { x: l.x2, y: l.y2 },
            ]),
            ...plot.axisLabels,
            ...plot.ticks,
          ];
          return (
            all.every((p) => inside(p, box)) &&
            plot.path.every((p) => inside(p, plot.plot)) &&
            plot.circles.every((c) => inside(c, plot.plot)) &&
            plot.quadrants.every((q) => q.width >= 0 && q.height >= 0)
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('trendChart', () => {
    const date = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), points: fc.array(fc.record({ date, value }), { maxLength: 8 }) }), { maxLength: 4 }),
        dimension,
        dimension,
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.constantFrom<'index' | 'date'>('index', 'date'),
        (series, width, height, padding, xBy) => {
          const chart = trendChart(series, { width, height, padding, xBy });
          const box = { x: 0, y: 0, width: chart.width, height: chart.height };
          return (
            chart.series.every(
              (s) => s.points.every((p) => inside(p, chart.plot)) && s.segments.flat().every((p) => inside(p, chart.plot)),
            ) &&
            chart.xTicks.every((t) => inside(t, box)) &&
            chart.yTicks.every((t) => inside({ x: t.x1, y: t.y }, box) && inside(t.label, box))
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
