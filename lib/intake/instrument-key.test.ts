import { describe, expect, it } from 'vitest';
import { freeInstrumentKey, isBuiltInKey, isInstrumentKeyShape, slugify } from './instrument-key';

describe('instrument keys', () => {
  it('tells a possible key from anything else in the URL before a look-up', () => {
    for (const key of ['jdr-intake', 'bat-23', freeInstrumentKey('Mijn vragenlijst', ['mijn-vragenlijst'])])
      expect(isInstrumentKeyShape(key)).toBe(true);
    for (const key of ['\u0000', 'a b', 'A', '-x', 'x-', '../x', 'x'.repeat(61), '']) expect(isInstrumentKeyShape(key)).toBe(false);
  });

  it('make a readable slug from the name', () => {
    expect(slugify('Burn-outvragenlijst (licentie) — BAT 23')).toBe('burn-outvragenlijst-licentie-bat-23');
    expect(slugify('Bevlogenheid & Energie')).toBe('bevlogenheid-energie');
    expect(slugify('Één vraag')).toBe('een-vraag');
    expect(slugify('!!!')).toBe('instrument');
    expect(slugify('x'.repeat(80))).toHaveLength(40);
  });

  it('pick the first free key, never a built-in one', () => {
    expect(freeInstrumentKey('BAT', [])).toBe('bat');
    expect(freeInstrumentKey('BAT', ['bat', 'bat-2'])).toBe('bat-3');
    expect(freeInstrumentKey('JDR intake', [])).toBe('jdr-intake-2');
    expect(freeInstrumentKey('Check-in', [])).toBe('check-in-2');
    expect(isBuiltInKey('jdr-intake')).toBe(true);
    expect(isBuiltInKey('bat')).toBe(false);
  });
});
