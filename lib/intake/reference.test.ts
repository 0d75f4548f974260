import { describe, expect, it } from 'vitest';
import { chooseReference, MIN_MEDIAN_CLIENTS, parseReferenceChoice } from './reference';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ demands: 10 * (i + 1), resources: 100 - 10 * (i + 1) }));

describe('chooseReference', () => {
  it('uses the midpoint unless the median is asked for', () => {
    expect(chooseReference('midpoint', points(9)).reference).toEqual({ kind: 'midpoint' });
    expect(parseReferenceChoice('median')).toBe('median');
    expect(parseReferenceChoice(['median'])).toBe('midpoint');
    expect(parseReferenceChoice(undefined)).toBe('midpoint');
  });

  it('uses the practice median from enough clients, and says how many', () => {
    const chosen = chooseReference('median', points(5));
    expect(chosen.medianAvailable).toBe(true);
    expect(chosen.reference).toEqual({ kind: 'practice_median', demands: 30, resources: 70, n: 5 });
  });

  it('falls back to the midpoint below the minimum, so a colleague’s single client is never revealed', () => {
    const chosen = chooseReference('median', points(MIN_MEDIAN_CLIENTS - 1));
    expect(chosen).toEqual({ reference: { kind: 'midpoint' }, medianAvailable: false, clients: MIN_MEDIAN_CLIENTS - 1 });
    expect(chooseReference('median', []).clients).toBe(0);
  });
});
