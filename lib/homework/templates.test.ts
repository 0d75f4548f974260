import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answers';
import { fieldKeys, formTemplates, groupLastSaved, isFormTemplate, templateName } from './templates';

const { energy_diary: diary, job_crafting: crafting, learning_reflection: reflection } = formTemplates;

describe('homework templates', () => {
  it('have unique field keys and both languages for every label', () => {
    for (const template of Object.values(formTemplates)) {
      const keys = fieldKeys(template);
      expect(new Set(keys).size).toBe(keys.length);
      for (const group of template.groups) {
        for (const text of [group.title, ...group.fields.map((f) => f.label)]) {
          expect(text.nl.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
        }
      }
    }
  });

  it('the energy diary has 7 days of energy, drained and gave', () => {
    expect(fieldKeys(diary)).toHaveLength(21);
    expect(fieldKeys(diary).slice(0, 3)).toEqual(['day1.energy', 'day1.drained', 'day1.gave']);
  });

  it('dates the energy diary’s days by their latest saved answer, an emptied one left out; the other forms not', () => {
    expect(diary.datedGroups).toBe(true);
    expect(crafting.datedGroups ?? false).toBe(false);
    expect(reflection.datedGroups ?? false).toBe(false);
    const day2 = diary.groups[1]!;
    const at = (d: string) => new Date(`2026-12-0${d}T19:00:00Z`);
    const answers = { 'day2.energy': '6', 'day2.drained': 'Vergadering', 'day2.gave': '  ' };
    const savedAt = { 'day2.energy': at('2'), 'day2.drained': at('3'), 'day2.gave': at('5') };
    expect(groupLastSaved(day2, answers, savedAt)).toEqual(at('3'));
    expect(groupLastSaved(diary.groups[0]!, answers, savedAt)).toBeNull();
  });

  it('the job crafting plan covers the four forms', () => {
    expect(crafting.groups.map((g) => g.key)).toEqual(['social', 'structural', 'challenging', 'hindering']);
  });

  it('the job crafting plan tells the coach what seed 002 found, and asks by when (not when it was done)', () => {
    const { nl, en } = crafting.description;
    expect(nl).toMatch(/structurele hulpbronnen en meer uitdagende taakeisen gaan samen met meer welzijn/);
    expect(nl).toMatch(/belemmerende taakeisen verminderen ging samen met minder welzijn/);
    expect(nl).toMatch(/sociale hulpbronnen liet geen verband zien/);
    expect(nl).toMatch(/feedback twee kanten op/);
    expect(en).toMatch(/structural resources and more challenging demands go with more well-being/);
    expect(en).toMatch(/less well-being/);
    expect(en).toMatch(/no link/);
    const labels = crafting.groups.flatMap((g) => g.fields.filter((f) => f.key.endsWith('.byWhen')).map((f) => f.label));
    expect(labels).toHaveLength(4);
    for (const label of labels) {
      expect(label.nl).toBe('Wanneer wil ik het gedaan hebben?');
      expect(label.nl).not.toBe('Wanneer heb ik het gedaan?');
      expect(label.en).toBe('When do I want to have it done by?');
    }
  });

  it('the learning reflection rates learning and performance orientation separately, not as two ends of one scale', () => {
    const scales = reflection.groups.flatMap((g) => g.fields).filter((f) => f.kind === 'scale');
    expect(scales.map((f) => f.key)).toEqual(['performance', 'learning']);
    for (const scale of scales) {
      expect(scale.anchors?.low.nl).toBe('helemaal niet');
      expect(scale.anchors?.high.nl).toBe('heel sterk');
    }
    expect(reflection.intro.nl).toMatch(/twee aparte dingen/);
    expect(reflection.intro.en).toMatch(/two separate things/);
  });

  it('names measure-again too', () => {
    expect(templateName('measure_again').nl).toBe('Opnieuw meten');
    expect(isFormTemplate('measure_again')).toBe(false);
  });
});

describe('what must be filled in before submitting', () => {
  it('energy diary: one day is enough, but a day with words needs its energy score', () => {
    expect(diary.missingForSubmit({})).toEqual(['day1.energy']);
    expect(diary.missingForSubmit({ 'day1.energy': '4', 'day2.energy': '6' })).toEqual([]);
    expect(diary.missingForSubmit({ 'day1.energy': '4', 'day3.gave': 'wandelen' })).toEqual(['day3.energy']);
    expect(diary.missingForSubmit({ 'day1.energy': ' ' })).toEqual(['day1.energy']);
  });

  it('job crafting: at least one plan, each with a date', () => {
    expect(crafting.missingForSubmit({})).toEqual(['social.what']);
    expect(crafting.missingForSubmit({ 'structural.what': 'zelf mijn planning maken' })).toEqual(['structural.byWhen']);
    expect(crafting.missingForSubmit({ 'structural.what': 'x', 'structural.byWhen': '2026-04-01', 'social.withWhom': 'Piet' })).toEqual([
      'social.what',
    ]);
  });

  it('learning reflection: situation, what was learned and the experiment', () => {
    expect(reflection.missingForSubmit({ situation: 'x' })).toEqual(['learned', 'experiment']);
  });
});

describe('checkAnswer', () => {
  it('accepts values of the field kind and clearing', () => {
    expect(checkAnswer(diary, 'day1.energy', '10')).toEqual({ ok: true, value: '10' });
    expect(checkAnswer(diary, 'day1.energy', '')).toEqual({ ok: true, value: '' });
    expect(checkAnswer(diary, 'day1.drained', 'veel\r\nmails')).toEqual({ ok: true, value: 'veel\nmails' });
    expect(checkAnswer(crafting, 'social.byWhen', '2026-04-01', '2026-03-01')).toEqual({ ok: true, value: '2026-04-01' });
  });

  it('refuses unknown keys and bad values with message keys', () => {
    expect(checkAnswer(diary, 'day8.energy', '3')).toEqual({ ok: false, error: 'homework.errors.unknownField' });
    expect(checkAnswer(diary, 'situation', 'x')).toEqual({ ok: false, error: 'homework.errors.unknownField' });
    expect(checkAnswer(diary, 'day1.energy', '11')).toEqual({ ok: false, error: 'homework.errors.scale' });
    expect(checkAnswer(diary, 'day1.energy', '3.5')).toEqual({ ok: false, error: 'homework.errors.scale' });
    expect(checkAnswer(crafting, 'social.byWhen', '2026-02-30')).toEqual({ ok: false, error: 'homework.errors.date' });
    expect(checkAnswer(diary, 'day1.gave', 'x'.repeat(2001))).toEqual({ ok: false, error: 'validation.tooLongMax?max=2000' });
  });
});
