import { describe, expect, it } from 'vitest';
import { homeworkTitle } from './title';

describe('homeworkTitle', () => {
  it('names a form by its template, whatever else is given', () => {
    expect(homeworkTitle('energy_diary', null, 'nl')).toBe(homeworkTitle('energy_diary', null, 'nl', { nl: 'X', en: 'X' }));
    expect(homeworkTitle('energy_diary', null, 'en')).not.toContain('X');
  });

  it('names "measure again" with a built-in instrument by that instrument', () => {
    expect(homeworkTitle('measure_again', 'check-in', 'nl')).toBe('Opnieuw meten: Check-in');
    // A built-in key is never a practice's own (instrument-key.ts): its own name wins.
    expect(homeworkTitle('measure_again', 'check-in', 'nl', { nl: 'Iets anders', en: '' })).toBe('Opnieuw meten: Check-in');
  });

  it('names "measure again" with the practice\'s own questionnaire by its name, in the reader\'s language', () => {
    const name = { nl: 'Slaapdagboek', en: 'Sleep diary' };
    expect(homeworkTitle('measure_again', 'slaapdagboek', 'nl', name)).toBe('Opnieuw meten: Slaapdagboek');
    expect(homeworkTitle('measure_again', 'slaapdagboek', 'en', name)).toBe('Measure again: Sleep diary');
  });

  it("takes the other language when the reader's is empty, and the key when both are", () => {
    expect(homeworkTitle('measure_again', 'stress', 'en', { nl: 'Stresslijst', en: '' })).toBe('Measure again: Stresslijst');
    expect(homeworkTitle('measure_again', 'stress', 'nl', { nl: '', en: 'Stress list' })).toBe('Opnieuw meten: Stress list');
    expect(homeworkTitle('measure_again', 'stress', 'nl', { nl: '', en: '' })).toBe('Opnieuw meten: stress');
  });

  it('says just "measure again" for an unknown questionnaire without a name', () => {
    expect(homeworkTitle('measure_again', 'stress', 'nl')).toBe('Opnieuw meten');
    expect(homeworkTitle('measure_again', 'stress', 'nl', null)).toBe('Opnieuw meten');
  });
});
