import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeInstrumentKey, isBuiltInKey, isInstrumentKeyShape, ROUTE_SEGMENTS, slugify } from './instrument-key';

/** The static folders beside `[key]` under the instruments pages: each is a URL an instrument key would be shadowed by. */
const staticSegments = readdirSync(path.join(__dirname, '../../app/(coach)/instruments'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !/^[[(@_]/.test(e.name))
  .map((e) => e.name);

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

  it('never picks a key that is a static page under /instruments (an instrument named “New” would open the new-instrument editor)', () => {
    expect(freeInstrumentKey('New', [])).toBe('new-2');
    expect(freeInstrumentKey('New', ['new-2'])).toBe('new-3');
    expect(freeInstrumentKey('Nieuw', [])).toBe('nieuw');
    expect(staticSegments).toContain('new');
    for (const segment of staticSegments) {
      expect(freeInstrumentKey(segment, [])).toBe(`${segment}-2`);
      expect(ROUTE_SEGMENTS).toContain(segment);
    }
  });

  it('keeps a route segment apart from the built-in keys, so an instrument stored as `new` before this still resolves as custom', () => {
    expect(isBuiltInKey('new')).toBe(false);
  });
});
