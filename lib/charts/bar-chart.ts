import { clamp, type Domain, isFiniteNumber, linear, type Rect, size, type TextPosition, ticksWithin, validDomain } from './primitives';

export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  group: string;
  /** Passed through for colouring, e.g. the band level of a custom subscale. */
  level?: string;
}

export interface BarChartOptions {
  width: number;
  rowHeight: number;
  labelWidth: number;
  /** Room right of the plot for the value text. Default 40. */
  valueWidth?: number;
  /** Room below the rows for the tick labels. Default 20. */
  axisHeight?: number;
  /** Bar thickness as a fraction of the row height. Default 0.6. */
  barFraction?: number;
  /** Default 0–100. */
  domain?: Domain;
  /** Default 0, 25, 50, 75, 100 for the 0–100 domain; ticks outside the domain are dropped. */
  ticks?: readonly number[];
  /** Draws a vertical line at this value, e.g. the midpoint 50. */
  referenceValue?: number;
  formatValue?: (value: number) => string;
}

export interface BarChart {
  width: number;
  height: number;
  plot: Rect;
  bars: Array<Rect & { key: string; group: string; value: number; level?: string }>;
  labels: Array<TextPosition & { key: string; text: string }>;
  values: Array<TextPosition & { key: string; text: string }>;
  /** A row without a score: an outline of the whole track, with a spot for the "not enough answers" text. */
  missing: Array<Rect & { key: string; group: string; text: TextPosition }>;
  ticks: Array<{ value: number; x: number; y1: number; y2: number; label: TextPosition & { text: string } }>;
  referenceLine: { x: number; y1: number; y2: number } | null;
}

/** Horizontal bars, one row per dimension or index; values outside the domain are clamped to it. */
export function barChart(rows: readonly BarRow[], opts: BarChartOptions): BarChart {
  const width = size(opts.width, 0);
  const rowHeight = size(opts.rowHeight, 0);
  const labelWidth = clamp(size(opts.labelWidth, 0), 0, width);
  const valueWidth = clamp(size(opts.valueWidth, 40), 0, width - labelWidth);
  const axisHeight = size(opts.axisHeight, 20);
  const fraction = clamp(size(opts.barFraction, 0.6), 0, 1);
  const domain = validDomain(opts.domain);
  const format = opts.formatValue ?? ((v: number) => String(Math.round(v)));

  const plot: Rect = { x: labelWidth, y: 0, width: Math.max(0, width - labelWidth - valueWidth), height: rows.length * rowHeight };
  const height = plot.height + axisHeight;
  const x = linear(domain, plot.x, plot.x + plot.width);
  const thickness = rowHeight * fraction;

  const chart: BarChart = { width, height, plot, bars: [], labels: [], values: [], missing: [], ticks: [], referenceLine: null };
  rows.forEach((row, i) => {
    const top = i * rowHeight;
    const middle = top + rowHeight / 2;
    const barY = top + (rowHeight - thickness) / 2;
    chart.labels.push({ key: row.key, text: row.label, x: Math.max(0, labelWidth - 8), y: middle, anchor: 'end' });
    if (!isFiniteNumber(row.value)) {
      chart.missing.push({
        key: row.key,
        group: row.group,
        x: plot.x,
        y: barY,
        width: plot.width,
        height: thickness,
        text: { x: clamp(plot.x + 4, plot.x, plot.x + plot.width), y: middle, anchor: 'start' },
      });
      return;
    }
    const value = clamp(row.value, domain.min, domain.max);
    const end = x(value);
    chart.bars.push({
      key: row.key,
      group: row.group,
      value,
      ...(row.level === undefined ? {} : { level: row.level }),
      x: plot.x,
      y: barY,
      width: end - plot.x,
      height: thickness,
    });
    chart.values.push({ key: row.key, text: format(value), x: clamp(end + 4, 0, width), y: middle, anchor: 'start' });
  });
  for (const value of ticksWithin(opts.ticks, domain)) {
    const tx = x(value);
    chart.ticks.push({
      value,
      x: tx,
      y1: plot.y,
      y2: plot.y + plot.height,
      label: { text: format(value), x: tx, y: plot.height + axisHeight / 2, anchor: 'middle' },
    });
  }
  if (isFiniteNumber(opts.referenceValue)) {
    chart.referenceLine = { x: x(opts.referenceValue), y1: plot.y, y2: plot.y + plot.height };
  }
  return chart;
}
