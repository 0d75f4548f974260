import { describe, expect, it } from 'vitest';
import { draftDiffers } from '../autosave/form-draft';
import { customInstrumentSchema, customToInstrument } from '../instruments';
import { batLikeInput } from '../instruments/test-fixtures';
import { instrumentTemplate, newTotal, TEMPLATE_KEYS, withEditorDefaults } from './instrument-templates';

describe('instrument templates', () => {
  it('have the published structures and become valid once the item texts are filled in', () => {
    for (const key of TEMPLATE_KEYS) {
      const input = instrumentTemplate(key);
      input.name = { nl: input.name.nl || 'Naam', en: '' };
      input.subscales = input.subscales.map((s) => ({ ...s, name: { nl: s.name.nl || 'Subschaal', en: s.name.en } }));
      input.items = input.items.map((i, n) => ({ ...i, text: { nl: `Tekst ${n + 1}`, en: '' } }));
      const parsed = customInstrumentSchema.safeParse(input);
      expect(parsed.error?.issues, key).toBeUndefined();
    }
    const bat = customToInstrument(customInstrumentSchema.parse(fill(instrumentTemplate('bat23'))), { key: 'bat', version: 1 });
    expect(bat.sections[0]?.items).toHaveLength(23);
    expect(bat.dimensions.find((d) => d.key === 'exhaustion')?.bands?.map((b) => b.upTo)).toEqual([3.05, 3.3, 5]);
    const uwes = customToInstrument(customInstrumentSchema.parse(fill(instrumentTemplate('uwes9'))), { key: 'uwes', version: 1 });
    expect(uwes.scale).toMatchObject({ min: 0, max: 6 });
    expect(Object.keys(uwes.indices)).toEqual(['engagement']);
  });

  it('leave the copyrighted item texts empty, so saving without them names every item', () => {
    const result = customInstrumentSchema.safeParse(instrumentTemplate('uwes9'));
    const itemIssues = result.error?.issues.filter((i) => i.path[0] === 'items') ?? [];
    expect(itemIssues).toHaveLength(9);
    expect(new Set(itemIssues.map((i) => i.message))).toEqual(new Set(['instrument.textRequired']));
  });
});

function fill(input: ReturnType<typeof instrumentTemplate>) {
  return { ...input, items: input.items.map((i, n) => ({ ...i, text: { nl: `Tekst ${n + 1}`, en: '' } })) };
}

describe('editor defaults', () => {
  it('tick "counts towards an index" and choose the mean for a definition stored before these options existed', () => {
    const stored = {
      name: { nl: 'Oud', en: '' },
      scale: { min: 1, max: 5 },
      subscales: [{ key: 'a', name: { nl: 'A', en: '' }, group: 'job_demands' as const }],
      items: [{ key: 'a_1', text: { nl: 'x', en: '' }, subscale: 'a' }],
    };
    const edited = withEditorDefaults(stored);
    expect(edited.subscales[0]).toMatchObject({ feedsIndex: true, scoring: 'mean' });
    expect(edited.recode).toEqual([]);
    expect(edited.total).toBeNull();
    const instrument = customToInstrument(customInstrumentSchema.parse(edited), { key: 'oud', version: 2 });
    expect(instrument.indices).toEqual({ demands: ['a'] });
  });

  it('keep what a template or definition sets', () => {
    const dkl = withEditorDefaults(instrumentTemplate('fourDkl'));
    expect(dkl.subscales.every((s) => s.feedsIndex === false && s.scoring === 'sum')).toBe(true);
    expect(withEditorDefaults(instrumentTemplate('bat23')).total?.bands).toHaveLength(3);
  });
});

describe('a draft of a new questionnaire', () => {
  it('keeps instructions typed on a template that has none: it differs from the template as it opened', () => {
    for (const key of TEMPLATE_KEYS) {
      const opened = withEditorDefaults(instrumentTemplate(key));
      expect(draftDiffers({ ...opened, description: { nl: 'Lees dit', en: '' } }, opened), key).toBe(true);
      // Nothing typed is no draft.
      expect(draftDiffers(withEditorDefaults(instrumentTemplate(key)), opened), key).toBe(false);
    }
  });

  it('keeps the instructions a stored definition already has', () => {
    const description = { nl: 'Over de afgelopen maand', en: 'About the past month' };
    expect(withEditorDefaults({ ...instrumentTemplate('uwes9'), description }).description).toEqual(description);
  });
});

describe('a total score switched on in the editor', () => {
  it('is named in Dutch and in English, whatever the language of the screen, and saves as such', () => {
    const def = customInstrumentSchema.parse({ ...batLikeInput(), total: newTotal() });
    expect(def.total?.name).toEqual({ nl: 'Totaal', en: 'Total' });
    const instrument = customToInstrument(def, { key: 'eigen', version: 1 });
    expect(JSON.stringify(instrument)).toContain('{"nl":"Totaal","en":"Total"}');
  });
});
