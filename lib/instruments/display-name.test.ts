import { describe, expect, it } from 'vitest';
import { instrumentName } from './display-name';

describe('a custom instrument’s name', () => {
  it('is in the coach’s language when it has one', () => {
    expect(instrumentName({ nl: 'Werkdruk', en: 'Workload' }, 'en', 'werkdruk')).toBe('Workload');
    expect(instrumentName({ nl: 'Werkdruk', en: 'Workload' }, 'nl', 'werkdruk')).toBe('Werkdruk');
  });

  it('falls back to the other language for an empty name, and to the key without any', () => {
    expect(instrumentName({ nl: 'Werkdruk', en: '' }, 'en', 'werkdruk')).toBe('Werkdruk');
    expect(instrumentName({ nl: '', en: 'Workload' }, 'nl', 'werkdruk')).toBe('Workload');
    expect(instrumentName({ nl: '', en: '' }, 'en', 'werkdruk')).toBe('werkdruk');
    expect(instrumentName(undefined, 'nl', 'werkdruk')).toBe('werkdruk');
  });
});
