import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answers';
import { fieldKeys, formTemplates, isFormTemplate, templateName } from './templates';

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

  it('the job crafting plan covers the four forms', () => {
    expect(crafting.groups.map((g) => g.key)).toEqual(['social', 'structural', 'challenging', 'hindering']);
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
    expect(crafting.missingForSubmit({ 'structural.what': 'x', 'structural.byWhen': '2026-04-01', 'social.withWhom': 'Piet' })).toEqual(['social.what']);
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
    expect(checkAnswer(crafting, 'social.byWhen', '2026-04-01')).toEqual({ ok: true, value: '2026-04-01' });
  });

  it('refuses unknown keys and bad values with message keys', () => {
    expect(checkAnswer(diary, 'day8.energy', '3')).toEqual({ ok: false, error: 'homework.errors.unknownField' });
    expect(checkAnswer(diary, 'situation', 'x')).toEqual({ ok: false, error: 'homework.errors.unknownField' });
    expect(checkAnswer(diary, 'day1.energy', '11')).toEqual({ ok: false, error: 'homework.errors.scale' });
    expect(checkAnswer(diary, 'day1.energy', '3.5')).toEqual({ ok: false, error: 'homework.errors.scale' });
    expect(checkAnswer(crafting, 'social.byWhen', '2026-02-30')).toEqual({ ok: false, error: 'homework.errors.date' });
    expect(checkAnswer(diary, 'day1.gave', 'x'.repeat(2001))).toEqual({ ok: false, error: 'validation.tooLong' });
  });
});
