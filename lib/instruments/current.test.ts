import { describe, expect, it } from 'vitest';
import { builtInInstruments, currentBuiltInInstruments } from './index';

describe('the built-in instruments a coach can start', () => {
  it('lists each instrument once, in its latest version', () => {
    const current = currentBuiltInInstruments();
    expect(current.map((i) => i.key)).toEqual([...new Set(builtInInstruments.map((i) => i.key))]);
    for (const i of current) expect(i.version).toBe(Math.max(...builtInInstruments.filter((b) => b.key === i.key).map((b) => b.version)));
    // The intake has an earlier version, kept to score earlier measurements: it is not offered.
    expect(builtInInstruments.filter((i) => i.key === 'jdr-intake').length).toBeGreaterThan(1);
    expect(current.filter((i) => i.key === 'jdr-intake').map((i) => i.version)).toEqual([2]);
  });
});
