import { describe, expect, it } from 'vitest';
import { checkInV1, jdrIntakeV1 } from '../instruments';
import { allItems } from '../instruments/types';
import { formInstrument } from './form-instrument';
import { formSections, formSteps } from './form-layout';

describe('the form copy of an instrument', () => {
  it('carries every question, in the page language only', () => {
    const en = formInstrument(jdrIntakeV1, 'en');
    const nl = formInstrument(jdrIntakeV1, 'nl');
    const first = jdrIntakeV1.sections[0]!.items[0]!;
    expect(en.sections[0]!.items[0]).toEqual({ key: first.key, text: first.text.en });
    expect(nl.sections[0]!.items[0]).toEqual({ key: first.key, text: first.text.nl });
    expect(nl.sections[0]!.title).toBe(jdrIntakeV1.sections[0]!.title.nl);
    expect(nl.description).toBe(jdrIntakeV1.description.nl);
    expect(nl.scale.labels[0]).toEqual({ value: jdrIntakeV1.scale.labels[0]!.value, label: jdrIntakeV1.scale.labels[0]!.nl });
    const sent = JSON.stringify(nl);
    expect(sent).not.toContain(first.text.en);
    expect(sent).not.toContain(jdrIntakeV1.description.en);
  });

  it('leaves out scoring: dimensions, reverse keys, norms, explanations', () => {
    const sent = JSON.stringify(formInstrument(jdrIntakeV1, 'nl'));
    for (const field of ['"dimension"', '"reverse"', '"bands"', '"indices"', '"recode"', '"explanation"'])
      expect(sent).not.toContain(field);
    for (const d of jdrIntakeV1.dimensions) expect(sent).not.toContain(d.explanation.nl);
    expect(sent.length).toBeLessThan(JSON.stringify(jdrIntakeV1).length / 2.5);
  });

  it('asks the same steps in the same order as the full instrument', () => {
    for (const instrument of [jdrIntakeV1, checkInV1]) {
      const full = formSteps(formSections(instrument));
      expect(formSteps(formSections(formInstrument(instrument, 'en')))).toEqual(full);
      expect(full).toHaveLength(allItems(instrument).length + instrument.openQuestions.length);
    }
  });
});
