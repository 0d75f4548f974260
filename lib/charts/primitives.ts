export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface TextPosition {
  x: number;
  y: number;
  anchor: TextAnchor;
}

export interface Domain {
  min: number;
  max: number;
}

export const PERCENT_DOMAIN: Domain = { min: 0, max: 100 };
export const PERCENT_TICKS: readonly number[] = [0, 25, 50, 75, 100];

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A usable size: finite and not negative, else the fallback. */
export function size(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function validDomain(domain: Domain | undefined): Domain {
  return domain && isFiniteNumber(domain.min) && isFiniteNumber(domain.max) && domain.min < domain.max ? domain : PERCENT_DOMAIN;
}

/** Maps a domain value linearly onto [from, to], clamping to the domain first. */
export function linear(domain: Domain, from: number, to: number): (value: number) => number {
  return (value) => {
    const t = (clamp(value, domain.min, domain.max) - domain.min) / (domain.max - domain.min);
    // Clamped again: from + t * (to - from) can overshoot `to` by a rounding step.
    return clamp(from + t * (to - from), Math.min(from, to), Math.max(from, to));
  };
}

export function ticksWithin(ticks: readonly number[] | undefined, domain: Domain): number[] {
  const source = ticks ?? (domain === PERCENT_DOMAIN ? PERCENT_TICKS : [domain.min, domain.max]);
  return source.filter((t) => isFiniteNumber(t) && t >= domain.min && t <= domain.max);
}

export function polyline(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/** Two decimals is plenty for SVG and PDF and keeps the output readable. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
