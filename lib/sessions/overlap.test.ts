import { describe, expect, it } from 'vitest';
import { collidingSessions, findOverlaps, overlaps, spanOf } from './overlap';

const at = (h: number, m = 0) => new Date(Date.UTC(2026, 2, 2, h, m));
const slot = (id: string, h1: number, h2: number) => ({ id, startsAt: at(h1), endsAt: at(h2) });

describe('overlap', () => {
  it('treats back-to-back sessions as not overlapping', () => {
    expect(overlaps(slot('a', 9, 10), slot('b', 10, 11))).toBe(false);
    expect(overlaps(slot('a', 9, 11), slot('b', 10, 12))).toBe(true);
    expect(overlaps(slot('a', 9, 12), slot('b', 10, 11))).toBe(true);
  });

  it('lists each colliding session once, in time order, and can ignore the session being moved', () => {
    const existing = [slot('late', 15, 16), slot('early', 9, 10), slot('free', 12, 13)];
    const planned = [slot('p1', 9, 10), slot('p2', 15, 17), slot('p3', 9, 16)];
    expect(findOverlaps(planned, existing).map((e) => e.id)).toEqual(['early', 'free', 'late']);
    expect(findOverlaps([slot('x', 9, 10)], existing, 'early')).toEqual([]);
  });

  it('picks the sessions that collide with another one of the agenda, never with themselves', () => {
    const handedOver = [slot('h1', 9, 10), slot('h2', 12, 13), slot('h3', 15, 16)];
    const agenda = [...handedOver, slot('own', 9, 11), slot('after', 13, 14)];
    expect(collidingSessions(handedOver, agenda).map((s) => s.id)).toEqual(['h1']);
    // Two handed-over sessions at the same time double up as well.
    expect(collidingSessions([slot('h1', 9, 10), slot('h2', 9, 10)], [slot('h1', 9, 10), slot('h2', 9, 10)]).map((s) => s.id)).toEqual([
      'h1',
      'h2',
    ]);
  });

  it('spans all planned sessions', () => {
    expect(spanOf([slot('a', 11, 12), slot('b', 9, 10)])).toEqual({ startsAt: at(9), endsAt: at(12) });
  });
});
