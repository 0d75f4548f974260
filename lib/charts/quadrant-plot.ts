import type { ProfileKey } from '../scoring/profile';
import {
  clamp,
  isFiniteNumber,
  linear,
  PERCENT_DOMAIN,
  PERCENT_TICKS,
  type Point,
  polyline,
  type Rect,
  size,
  type TextAnchor,
} from './primitives';

export interface QuadrantPoint {
  demands: number;
  resources: number;
  label: string;
  date: string;
}

export interface QuadrantPlotOptions {
  size: number;
  padding: number;
  pointRadius?: number;
  highlightRadius?: number;
}

export type QuadrantAxis = 'demands' | 'resources';

export interface QuadrantPlot {
  size: number;
  plot: Rect;
  quadrants: Array<Rect & { profile: ProfileKey }>;
  referenceLines: Array<{ axis: QuadrantAxis; x1: number; y1: number; x2: number; y2: number }>;
  /** Where to put the axis titles; `rotate` in degrees around (x, y). */
  axisLabels: Array<{ axis: QuadrantAxis; x: number; y: number; rotate: number; anchor: TextAnchor }>;
  ticks: Array<{ axis: QuadrantAxis; value: number; x: number; y: number; anchor: TextAnchor }>;
  /** The client's route through the plot, oldest first. */
  path: Point[];
  polyline: string;
  circles: Array<Point & { r: number; label: string; date: string; demands: number; resources: number; highlighted: boolean }>;
}

/**
 * Demands × work resources, both 0–100. x = work resources (more to the right),
 * y = demands (high demands at the top), so the risk quadrant is top left.
 * Points are given oldest → newest; the newest is highlighted. Non-finite points are skipped.
 */
export function quadrantPlot(
  points: readonly QuadrantPoint[],
  reference: { demands: number; resources: number },
  opts: QuadrantPlotOptions,
): QuadrantPlot {
  const side = size(opts.size, 0);
  const padding = clamp(size(opts.padding, 0), 0, side / 2);
  const left = padding;
  const right = Math.max(left, side - padding);
  const top = padding;
  const bottom = right;
  const plot: Rect = { x: left, y: top, width: right - left, height: bottom - top };
  const x = linear(PERCENT_DOMAIN, left, right);
  const y = linear(PERCENT_DOMAIN, bottom, top);

  const splitX = x(isFiniteNumber(reference.resources) ? reference.resources : 50);
  const splitY = y(isFiniteNumber(reference.demands) ? reference.demands : 50);

  const quadrants: QuadrantPlot['quadrants'] = [
    { profile: 'high_demands_low_resources', x: left, y: top, width: splitX - left, height: splitY - top },
    { profile: 'high_demands_high_resources', x: splitX, y: top, width: right - splitX, height: splitY - top },
    { profile: 'low_demands_low_resources', x: left, y: splitY, width: splitX - left, height: bottom - splitY },
    { profile: 'low_demands_high_resources', x: splitX, y: splitY, width: right - splitX, height: bottom - splitY },
  ];

  const valid = points.filter((p) => isFiniteNumber(p.demands) && isFiniteNumber(p.resources));
  const path = valid.map((p) => ({ x: x(p.resources), y: y(p.demands) }));
  const r = size(opts.pointRadius, 4);
  const highlight = size(opts.highlightRadius, 6);
  const circles = valid.map((p, i) => ({
    x: x(p.resources),
    y: y(p.demands),
    r: i === valid.length - 1 ? highlight : r,
    label: p.label,
    date: p.date,
    demands: clamp(p.demands, 0, 100),
    resources: clamp(p.resources, 0, 100),
    highlighted: i === valid.length - 1,
  }));

  return {
    size: side,
    plot,
    quadrants,
    referenceLines: [
      { axis: 'resources', x1: splitX, y1: top, x2: splitX, y2: bottom },
      { axis: 'demands', x1: left, y1: splitY, x2: right, y2: splitY },
    ],
    axisLabels: [
      { axis: 'resources', x: left + plot.width / 2, y: bottom + (side - bottom) * 0.75, rotate: 0, anchor: 'middle' },
      { axis: 'demands', x: left * 0.25, y: top + plot.height / 2, rotate: -90, anchor: 'middle' },
    ],
    ticks: PERCENT_TICKS.flatMap((value) => [
      { axis: 'resources' as const, value, x: x(value), y: bottom + (side - bottom) * 0.35, anchor: 'middle' as const },
      { axis: 'demands' as const, value, x: left * 0.6, y: y(value), anchor: 'middle' as const },
    ]),
    path,
    polyline: polyline(path),
    circles,
  };
}
