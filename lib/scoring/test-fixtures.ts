import type { Dimension, DimensionGroup, Instrument, Item } from '../instruments/types';
import type { IndexResult } from './types';

/** A tiny instrument for exact arithmetic in tests: dimension → item count (and which items are reversed). */
export function tinyInstrument(
  spec: Record<string, { group: DimensionGroup; items: number; reversed?: number[]; bands?: Dimension['bands'] }>,
  scale = { min: 1, max: 5 },
  indices: Instrument['indices'] = {},
): Instrument {
  const dimensions: Dimension[] = Object.entries(spec).map(([key, s]) => ({
    key,
    group: s.group,
    name: { nl: key, en: key },
    explanation: { nl: key, en: key },
    ...(s.bands ? { bands: s.bands } : {}),
  }));
  const items: Item[] = Object.entries(spec).flatMap(([key, s]) =>
    Array.from({ length: s.items }, (_, i) => ({
      key: `${key}${i + 1}`,
      text: { nl: `${key} ${i + 1}`, en: `${key} ${i + 1}` },
      dimension: key,
      reverse: s.reversed?.includes(i + 1) ?? false,
    })),
  );
  return {
    key: 'tiny',
    version: 1,
    origin: 'custom',
    name: { nl: 'tiny', en: 'tiny' },
    description: { nl: '', en: '' },
    scale: { ...scale, labels: [] },
    sections: [{ key: 's', title: { nl: 's', en: 's' }, items }],
    openQuestions: [],
    dimensions,
    indices,
  };
}

export const scored = (score: number): IndexResult => ({ status: 'scored', score, scoredDimensions: 3, totalDimensions: 3 });
export const insufficient: IndexResult = { status: 'insufficient', scoredDimensions: 1, totalDimensions: 3 };
