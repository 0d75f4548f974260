import { describe, expect, it } from 'vitest';
import { checkAnswer, storedBases } from './answers';
import { formTemplates } from './templates';

const diary = formTemplates.energy_diary;

describe('the bases of a homework answer, in their stored form', () => {
  it('are what the server stored for what was typed: a scale trimmed, blank text as empty', () => {
    expect(storedBases(diary, 'day1.energy', [' 7 ', null])).toEqual(['7', null]);
    expect(storedBases(diary, 'day1.drained', ['   ', 'twee\r\nregels'])).toEqual(['', 'twee\nregels']);
  });

  it('match what checkAnswer stores for the same typing', () => {
    for (const [key, typed] of [
      ['day1.energy', ' 7 '],
      ['day1.drained', '  '],
      ['day1.drained', 'een\r\ntwee '],
    ] as const) {
      const checked = checkAnswer(diary, key, typed);
      expect(checked.ok && checked.value).toBe(storedBases(diary, key, [typed])[0]);
    }
  });

  it('stay as given for a field the template does not have (the save is refused anyway)', () => {
    expect(storedBases(diary, 'nope', [' x '])).toEqual([' x ']);
  });
});
