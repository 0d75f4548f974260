import {
  clamp,
  type Domain,
  isFiniteNumber,
  linear,
  type Point,
  polyline,
  type Rect,
  size,
  type TextAnchor,
  type TextPosition,
  ticksWithin,
  validDomain,
} from './primitives';

export interface TrendSeries {
  key: string;
  points: ReadonlyArray<{ date: string; value: number | null }>;
}

export interface TrendChartOptions {
  width: number;
  height: number;
  /** Space around the plot for tick labels; a number for all sides. Default 32. */
  padding?: number | { top: number; right: number; bottom: number; left: number };
  /**
   * 'index' spaces measurements evenly (default); 'date' places them by time.
   * 'date' falls back to 'index' when a date cannot be parsed.
   * Dates are ISO dates or timestamps (two measurements on one day stay apart by their time); the caller labels the
   * ticks (see orderDates).
   */
  xBy?: 'index' | 'date';
  /** Default 0–100. */
  domain?: Domain;
  ticks?: readonly number[];
}

export interface TrendChart {
  width: number;
  height: number;
  plot: Rect;
  xTicks: Array<TextPosition & { date: string }>;
  yTicks: Array<{ value: number; y: number; x1: number; x2: number; label: TextPosition }>;
  series: Array<{
    key: string;
    /** Runs of consecutive measurements with a value; a missing value breaks the line. */
    segments: Point[][];
    polylines: string[];
    points: Array<Point & { date: string; value: number }>;
  }>;
}

function paddingOf(p: TrendChartOptions['padding']) {
  if (typeof p === 'object') {
    return { top: size(p.top, 0), right: size(p.right, 0), bottom: size(p.bottom, 0), left: size(p.left, 0) };
  }
  const all = size(p, 32);
  return { top: all, right: all, bottom: all, left: all };
}

/**
 * The x order: by time when every date parses (ISO dates or timestamps: give those, and any display text apart, as the
 * web chart's `dateLabels` and the PDF's do). Otherwise in the order the points come (oldest first), never
 * alphabetically: display text such as "2 mrt 26" does not parse, and sorted as text "1 okt" would come before "2 mrt".
 */
function orderDates(dates: string[], byDate: boolean): { ordered: string[]; time: Map<string, number> | null } {
  const unique = [...new Set(dates)];
  const time = new Map(unique.map((d) => [d, Date.parse(d)] as const));
  const parseable = [...time.values()].every(Number.isFinite);
  if (!parseable) return { ordered: unique, time: null };
  return { ordered: unique.sort((a, b) => (time.get(a) ?? 0) - (time.get(b) ?? 0)), time: byDate ? time : null };
}

/** Lines over time, one per series (e.g. one per index); every x is a measurement date. */
export function trendChart(series: readonly TrendSeries[], opts: TrendChartOptions): TrendChart {
  const width = size(opts.width, 0);
  const height = size(opts.height, 0);
  const pad = paddingOf(opts.padding);
  const left = clamp(pad.left, 0, width);
  const right = clamp(width - pad.right, left, width);
  const top = clamp(pad.top, 0, height);
  const bottom = clamp(height - pad.bottom, top, height);
  const plot: Rect = { x: left, y: top, width: right - left, height: bottom - top };
  const domain = validDomain(opts.domain);
  const y = linear(domain, bottom, top);

  const { ordered, time } = orderDates(
    series.flatMap((s) => s.points.map((p) => p.date)),
    opts.xBy === 'date',
  );
  const position = new Map<string, number>();
  const first = time?.get(ordered[0] ?? '') ?? 0;
  const last = time?.get(ordered[ordered.length - 1] ?? '') ?? 0;
  ordered.forEach((date, i) => {
    let t: number;
    if (ordered.length === 1) t = 0.5;
    else if (time) t = last > first ? ((time.get(date) ?? first) - first) / (last - first) : 0.5;
    else t = i / (ordered.length - 1);
    position.set(date, left + clamp(t, 0, 1) * plot.width);
  });
  const xOf = (date: string) => position.get(date) ?? left;

  return {
    width,
    height,
    plot,
    xTicks: ordered.map((date) => ({ date, x: xOf(date), y: bottom + (height - bottom) / 2, anchor: 'middle' })),
    yTicks: ticksWithin(opts.ticks, domain).map((value) => ({
      value,
      y: y(value),
      x1: left,
      x2: right,
      label: { x: Math.max(0, left - 6), y: y(value), anchor: 'end' },
    })),
    series: series.map((s) => {
      const sorted = [...s.points].sort((a, b) => ordered.indexOf(a.date) - ordered.indexOf(b.date));
      const segments: Point[][] = [];
      const points: Array<Point & { date: string; value: number }> = [];
      let current: Point[] = [];
      for (const p of sorted) {
        if (!isFiniteNumber(p.value)) {
          if (current.length > 0) segments.push(current);
          current = [];
          continue;
        }
        const value = clamp(p.value, domain.min, domain.max);
        const point = { x: xOf(p.date), y: y(value) };
        current.push(point);
        points.push({ ...point, date: p.date, value });
      }
      if (current.length > 0) segments.push(current);
      return { key: s.key, segments, polylines: segments.map(polyline), points };
    }),
  };
}

/** The horizontal room a tick label takes, from its left end to its right end. */
export interface LabelSpan {
  from: number;
  to: number;
}

/** Where a label of `width` drawn at `x` with `anchor` lies. */
export function labelSpan(x: number, width: number, anchor: TextAnchor): LabelSpan {
  const w = Math.max(0, isFiniteNumber(width) ? width : 0);
  const from = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { from, to: from + w };
}

/**
 * A label's width in a sans-serif font, estimated on the high side: about 0.55 em a character (Source Sans and the
 * usual system fonts average under that for digits and lower case, e.g. "15 mei 26").
 */
export function estimatedTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.55;
}

/**
 * Which x ticks to label, so that no two labels come closer than `gap`: every k-th from the first, for the smallest k
 * that allows it, and always the last (the newest measurement); a pick too close to the last gives way to it. The
 * first is labelled too unless it and the last do not fit side by side (then only the last). `spans` in x order, as
 * trendChart's xTicks come; returns their indices, ascending. Every point is still drawn: only the dates thin out.
 */
export function pickTickLabels(spans: readonly LabelSpan[], gap = 0): number[] {
  const n = spans.length;
  if (n <= 1) return n === 1 ? [0] : [];
  const apart = (a: LabelSpan, b: LabelSpan) => a.to + gap <= b.from;
  const last = spans[n - 1] as LabelSpan;
  for (let k = 1; k < n; k++) {
    const picked: number[] = [];
    for (let i = 0; i < n - 1; i += k) picked.push(i);
    while (picked.length > 1 && !apart(spans[picked[picked.length - 1] as number] as LabelSpan, last)) picked.pop();
    picked.push(n - 1);
    if (picked.every((i, j) => j === 0 || apart(spans[picked[j - 1] as number] as LabelSpan, spans[i] as LabelSpan))) return picked;
  }
  return [n - 1];
}
