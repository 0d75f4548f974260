import type { Instrument } from '../instruments/types';
import { comparable, incomparability, type NotComparableReason } from '../scoring/component-sets';

export type PreviousChoice<M> =
  /** No earlier completed measurement at all. */
  | { status: 'first' }
  /** The latest earlier measurement that is like with like; others in between (a check-in) are skipped. */
  | { status: 'compared'; previous: M; instrument: Instrument }
  /** There are earlier measurements, but none that can be compared; the reason is the latest one's. */
  | { status: 'not_comparable'; reason: NotComparableReason };

/**
 * What a measurement's change is taken against: among the completed measurements before it (oldest
 * first, as listed), the latest one with a comparable instrument (same key, same index components, same scoring).
 */
export function pickPrevious<M extends { id: string }>(
  completed: readonly M[],
  currentId: string,
  current: Instrument,
  instrumentOf: (m: M) => Instrument | null,
): PreviousChoice<M> {
  const end = completed.findIndex((m) => m.id === currentId);
  const earlier = end === -1 ? [] : completed.slice(0, end);
  if (earlier.length === 0) return { status: 'first' };
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i] as M;
    const instrument = instrumentOf(m);
    if (instrument && comparable(current, instrument)) return { status: 'compared', previous: m, instrument };
  }
  const latest = instrumentOf(earlier[earlier.length - 1] as M);
  return { status: 'not_comparable', reason: latest ? (incomparability(current, latest) ?? 'other_components') : 'other_instrument' };
}
