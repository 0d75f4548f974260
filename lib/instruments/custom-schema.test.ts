import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CUSTOM_INSTRUMENT_ERROR_KEYS,
  type CustomInstrumentInput,
  customInstrumentSchema,
  parseStoredInstrument,
  storedCustomInstrumentSchema,
} from './custom-schema';
import { customToInstrument } from './custom-to-instrument';
import { answerKeys, nextKey } from './editor-keys';
import { instrumentMessages } from './messages';
import { batLikeInput } from './test-fixtures';
import { allItems } from './types';

function issuesOf(input: unknown) {
  const result = customInstrumentSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => ({
    message: i.message,
    path: i.path,
    params: 'params' in i ? (i.params as Record<string, unknown> | undefined) : undefined,
  }));
}

function withChange(change: (input: CustomInstrumentInput) => void): CustomInstrumentInput {
  const input = batLikeInput();
  change(input);
  return input;
}

describe('customInstrumentSchema accepts', () => {
  it('a BAT-like definition with an open last band', () => {
    const result = customInstrumentSchema.safeParse(batLikeInput());
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('a last band closed exactly at the scale maximum', () => {
    const input = withChange((d) => {
      const red = d.subscales[0]?.bands?.[2];
      if (red) red.upTo = 5;
    });
    expect(customInstrumentSchema.safeParse(input).success).toBe(true);
  });
});

describe('customInstrumentSchema refuses, naming the culprit', () => {
  it('a duplicate item key', () => {
    const input = withChange((d) => {
      d.items.push({ key: 'exhaustion_2', text: { nl: 'Nog een', en: '' }, subscale: 'exhaustion' });
    });
    expect(issuesOf(input)).toContainEqual({
      message: 'instrument.duplicateItemKey',
      params: { key: 'exhaustion_2' },
      path: ['items', 10, 'key'],
    });
  });

  it('a duplicate subscale key', () => {
    const input = withChange((d) => {
      d.subscales.push({ key: 'distance', name: { nl: 'Dubbel', en: '' }, group: 'burnout' });
    });
    expect(issuesOf(input)).toContainEqual({
      message: 'instrument.duplicateSubscaleKey',
      params: { key: 'distance' },
      path: ['subscales', 3, 'key'],
    });
  });

  it('an open question with an item’s key (subscale `open`: items open_1, open_2), in both languages', () => {
    const input = withChange((d) => {
      d.subscales.push({ key: 'open', name: { nl: 'Openheid', en: '' }, group: 'personal_resources' });
      d.items.push(
        { key: 'open_1', text: { nl: 'Een', en: '' }, subscale: 'open' },
        { key: 'open_2', text: { nl: 'Twee', en: '' }, subscale: 'open' },
      );
      d.openQuestions = [
        { key: 'open_1', text: { nl: 'Wat kost je energie?', en: '' } },
        { key: 'own', text: { nl: 'Wat geeft je energie?', en: '' } },
      ];
    });
    const issues = issuesOf(input).filter((i) => i.message === 'instrument.openQuestionKeyIsItemKey');
    expect(issues).toEqual([
      { message: 'instrument.openQuestionKeyIsItemKey', params: { key: 'open_1' }, path: ['openQuestions', 0, 'key'] },
    ]);
    expect(instrumentMessages.nl['instrument.openQuestionKeyIsItemKey']).toContain('‘{key}’');
    expect(instrumentMessages.en['instrument.openQuestionKeyIsItemKey']).toContain('‘{key}’');
  });

  it('the editor’s default code for a new open question or item is free among items and open questions alike', () => {
    const def = {
      items: [{ key: 'open_1' }, { key: 'open_2' }],
      openQuestions: [{ key: 'open_3' }],
    };
    expect(nextKey('open', answerKeys(def))).toBe('open_4');
    expect(nextKey('open', answerKeys({ items: [{ key: 'open_1' }, { key: 'open_2' }] }))).toBe('open_3');
    // An item of subscale `open` added after the first open question (open_1) skips its code too.
    expect(nextKey('open', answerKeys({ items: [], openQuestions: [{ key: 'open_1' }] }))).toBe('open_2');
  });

  it('an item referring to an unknown subscale', () => {
    const input = withChange((d) => {
      const item = d.items[0];
      if (item) item.subscale = 'cynism';
    });
    expect(issuesOf(input)).toContainEqual({
      message: 'instrument.unknownSubscale',
      params: { item: 'exhaustion_1', subscale: 'cynism' },
      path: ['items', 0, 'subscale'],
    });
  });

  it('a subscale with no items', () => {
    const input = withChange((d) => {
      d.subscales.push({ key: 'absorption', name: { nl: 'Absorptie', en: '' }, group: 'engagement' });
    });
    expect(issuesOf(input)).toEqual([{ message: 'instrument.emptySubscale', params: { subscale: 'absorption' }, path: ['subscales', 3] }]);
  });

  it('overlapping bands (same upper bound)', () => {
    const input = withChange((d) => {
      const orange = d.subscales[1]?.bands?.[1];
      if (orange) orange.upTo = 2.49;
    });
    expect(issuesOf(input)).toEqual([
      {
        message: 'instrument.bandsOverlap',
        params: { subscale: 'distance', band: 'Verhoogd', previousBand: 'Laag', upTo: 2.49, previousUpTo: 2.49 },
        path: ['subscales', 1, 'bands', 1, 'upTo'],
      },
    ]);
  });

  it('unordered bands', () => {
    const input = withChange((d) => {
      const orange = d.subscales[0]?.bands?.[1];
      if (orange) orange.upTo = 2;
    });
    expect(issuesOf(input)).toEqual([
      {
        message: 'instrument.bandsUnordered',
        params: { subscale: 'exhaustion', band: 'Verhoogd', previousBand: 'Laag', upTo: 2, previousUpTo: 3.05 },
        path: ['subscales', 0, 'bands', 1, 'upTo'],
      },
    ]);
  });

  it('an open band that is not the last', () => {
    const input = withChange((d) => {
      const green = d.subscales[0]?.bands?.[0];
      if (green) green.upTo = null;
    });
    expect(issuesOf(input)).toEqual([
      {
        message: 'instrument.bandUpperBoundMissing',
        params: { subscale: 'exhaustion', band: 'Laag' },
        path: ['subscales', 0, 'bands', 0, 'upTo'],
      },
    ]);
  });

  it('a band outside the scale', () => {
    const input = withChange((d) => {
      const red = d.subscales[0]?.bands?.[2];
      if (red) red.upTo = 6;
    });
    expect(issuesOf(input)).toEqual([
      {
        message: 'instrument.bandOutsideScale',
        params: { subscale: 'exhaustion', band: 'Hoog', upTo: 6, min: 1, max: 5 },
        path: ['subscales', 0, 'bands', 2, 'upTo'],
      },
    ]);
    const below = withChange((d) => {
      const green = d.subscales[0]?.bands?.[0];
      if (green) green.upTo = 0.5;
    });
    expect(issuesOf(below).map((i) => i.message)).toEqual(['instrument.bandOutsideScale']);
  });

  it('bands that stop below the scale maximum', () => {
    const input = withChange((d) => {
      const red = d.subscales[0]?.bands?.[2];
      if (red) red.upTo = 4;
    });
    expect(issuesOf(input)).toEqual([
      {
        message: 'instrument.bandsIncomplete',
        params: { subscale: 'exhaustion', band: 'Hoog', upTo: 4, max: 5 },
        path: ['subscales', 0, 'bands', 2, 'upTo'],
      },
    ]);
  });

  it('a scale whose minimum is not below its maximum', () => {
    for (const [min, max] of [
      [5, 5],
      [5, 1],
    ] as const) {
      const input = withChange((d) => {
        d.scale = { min, max };
      });
      expect(issuesOf(input)).toEqual([{ message: 'instrument.scaleMinNotBelowMax', params: { min, max }, path: ['scale', 'max'] }]);
    }
  });

  it('a scale with more than 11 values or far from zero (each value renders an option per item)', () => {
    for (const [min, max] of [
      [0, 11],
      [0, 1_000_000_000],
      [-5, 6],
      [100, 101],
      [-101, -100],
    ] as const) {
      const input = withChange((d) => {
        d.scale = { min, max };
      });
      expect(issuesOf(input)).toEqual([{ message: 'instrument.scaleTooWide', params: { min, max }, path: ['scale', 'max'] }]);
    }
    for (const [min, max] of [
      [0, 10],
      [-5, 5],
      [90, 100],
    ] as const) {
      const input = withChange((d) => {
        d.scale = { min, max };
        for (const s of d.subscales) s.bands = [];
      });
      expect(customInstrumentSchema.safeParse(input).error?.issues).toBeUndefined();
    }
  });

  it('but reads back a definition saved before that bound, so its measurements still open', () => {
    const input = withChange((d) => {
      d.scale = { min: 0, max: 20 };
      for (const s of d.subscales) s.bands = [];
    });
    expect(issuesOf(input)).toEqual([{ message: 'instrument.scaleTooWide', params: { min: 0, max: 20 }, path: ['scale', 'max'] }]);
    expect(storedCustomInstrumentSchema.safeParse(input).error?.issues).toBeUndefined();
    expect(parseStoredInstrument(input)?.scale).toEqual({ min: 0, max: 20, labels: [] });
    expect(parseStoredInstrument({ ...input, items: [] })).toBeNull();
    expect(parseStoredInstrument(null)).toBeNull();
  });

  it('reads back a version saved with an open question sharing an item’s key, and asks that question under a key of its own', () => {
    const input = withChange((d) => {
      d.subscales.push({ key: 'open', name: { nl: 'Openheid', en: '' }, group: 'personal_resources' });
      d.items.push(
        { key: 'open_1', text: { nl: 'Een', en: '' }, subscale: 'open' },
        { key: 'open_1-open', text: { nl: 'Twee', en: '' }, subscale: 'open' },
      );
      d.openQuestions = [
        { key: 'open_1', text: { nl: 'Wat kost je energie?', en: '' } },
        { key: 'own', text: { nl: 'Wat geeft je energie?', en: '' } },
      ];
    });
    const stored = parseStoredInstrument(input);
    expect(stored).not.toBeNull();
    const instrument = customToInstrument(stored!, { key: 'x', version: 1 });
    expect(instrument.openQuestions.map((q) => q.key)).toEqual(['open_1-open2', 'own']);
    const itemKeys = allItems(instrument).map((i) => i.key);
    expect(instrument.openQuestions.some((q) => itemKeys.includes(q.key))).toBe(false);
  });

  it('an overlong subscale reference on an item', () => {
    const input = withChange((d) => {
      const item = d.items[0];
      if (item) item.subscale = 'x'.repeat(65);
    });
    expect(issuesOf(input)).toContainEqual({ message: 'instrument.invalidKey', params: undefined, path: ['items', 0, 'subscale'] });
  });

  it('scale labels outside the scale or given twice', () => {
    const input = withChange((d) => {
      d.scale.labels = [
        { value: 0, nl: 'Nul', en: 'Zero' },
        { value: 3, nl: 'Soms', en: 'Sometimes' },
        { value: 3, nl: 'Soms', en: 'Sometimes' },
      ];
    });
    expect(issuesOf(input).map((i) => [i.message, i.params])).toEqual([
      ['instrument.scaleLabelOutsideScale', { value: 0, min: 1, max: 5 }],
      ['instrument.duplicateScaleLabel', { value: 3 }],
    ]);
  });

  it('text missing in both languages, a bad key and a non-integer scale', () => {
    const input = withChange((d) => {
      d.name = { nl: ' ', en: '' };
      const item = d.items[0];
      if (item) item.key = 'with.dot';
      d.scale.min = 0.5;
    });
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'instrument.textRequired', path: ['name'] }),
        expect.objectContaining({ message: 'instrument.invalidKey', path: ['items', 0, 'key'] }),
        expect.objectContaining({ message: 'instrument.integerRequired', path: ['scale', 'min'] }),
      ]),
    );
  });

  it('only ever with one of its listed message keys, whatever the input', () => {
    const keys = new Set<string>(CUSTOM_INSTRUMENT_ERROR_KEYS);
    const arbitraryDefinition = fc.record({
      name: fc.oneof(fc.anything(), fc.record({ nl: fc.string(), en: fc.string() })),
      scale: fc.oneof(fc.anything(), fc.record({ min: fc.integer({ min: -3, max: 8 }), max: fc.integer({ min: -3, max: 8 }) })),
      subscales: fc.oneof(
        fc.anything(),
        fc.array(
          fc.record({
            key: fc.constantFrom('a', 'b', '', 'x.y'),
            name: fc.record({ nl: fc.string(), en: fc.string() }),
            group: fc.constantFrom('burnout', 'engagement', 'other'),
            bands: fc.array(
              fc.record({
                upTo: fc.oneof(fc.constant(null), fc.double({ noNaN: true, min: -2, max: 9 })),
                label: fc.record({ nl: fc.string(), en: fc.string() }),
                level: fc.constantFrom('green', 'orange', 'red', 'purple'),
              }),
              { maxLength: 4 },
            ),
          }),
          { maxLength: 4 },
        ),
      ),
      items: fc.oneof(
        fc.anything(),
        fc.array(
          fc.record({
            key: fc.constantFrom('i1', 'i2', 'i1', ''),
            text: fc.record({ nl: fc.string(), en: fc.string() }),
            subscale: fc.constantFrom('a', 'b', 'c'),
            reverse: fc.oneof(fc.boolean(), fc.anything()),
          }),
          { maxLength: 5 },
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), arbitraryDefinition), (input) => {
        const result = customInstrumentSchema.safeParse(input);
        for (const issue of result.error?.issues ?? []) {
          if (!keys.has(issue.message)) throw new Error(`unlisted message ${issue.message} at ${issue.path.join('.')}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('instrument messages', () => {
  it('have Dutch and English text for exactly the listed keys', () => {
    expect(Object.keys(instrumentMessages.nl).sort()).toEqual([...CUSTOM_INSTRUMENT_ERROR_KEYS].sort());
    expect(Object.keys(instrumentMessages.en).sort()).toEqual([...CUSTOM_INSTRUMENT_ERROR_KEYS].sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of CUSTOM_INSTRUMENT_ERROR_KEYS) {
      expect(placeholders(instrumentMessages.en[key]), key).toEqual(placeholders(instrumentMessages.nl[key]));
    }
  });
});

describe('customToInstrument', () => {
  const definition = customInstrumentSchema.parse(batLikeInput());
  const instrument = customToInstrument(definition, { key: 'custom-42', version: 3 });

  it('produces the shared Instrument shape with identity from storage', () => {
    expect(instrument).toMatchObject({ key: 'custom-42', version: 3, origin: 'custom', scale: { min: 1, max: 5 } });
    expect(allItems(instrument)).toHaveLength(10);
    expect(allItems(instrument)[7]).toMatchObject({ key: 'vigour_1', dimension: 'vigour', reverse: true });
  });

  it('fills a missing language from the other one', () => {
    expect(instrument.name).toEqual({ nl: 'Burn-outvragenlijst (licentie)', en: 'Burn-outvragenlijst (licentie)' });
    expect(instrument.dimensions[2]?.name).toEqual({ nl: 'Vitaliteit', en: 'Vitaliteit' });
  });

  it('closes the open last band at the scale maximum', () => {
    expect(instrument.dimensions[0]?.bands?.map((b) => [b.upTo, b.level])).toEqual([
      [3.05, 'green'],
      [3.3, 'orange'],
      [5, 'red'],
    ]);
    expect(instrument.dimensions[2]?.bands).toBeUndefined();
  });

  it('derives indices from the subscale groups', () => {
    expect(instrument.indices).toEqual({ burnout: ['exhaustion', 'distance'], engagement: ['vigour'] });
  });
});
