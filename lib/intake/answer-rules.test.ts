import { describe, expect, it } from 'vitest';
import { checkInV1, jdrIntakeV1 } from '../instruments';
import { answerTarget, checkAnswer } from './answer-rules';

describe('checkAnswer', () => {
  it('accepts a whole number within the scale, a note, and text for an open question', () => {
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', value: 1 })).toBeNull();
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', value: 5 })).toBeNull();
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', value: null })).toBeNull();
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', note: 'noemt de reorganisatie' })).toBeNull();
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'energy_drains', text: 'De vele overleggen' })).toBeNull();
  });

  it('refuses a value outside the scale or not a whole number', () => {
    for (const value of [0, 6, 2.5, -1]) {
      expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', value })).toEqual({ value: 'intake.valueOutOfScale' });
    }
  });

  it('refuses an item the instrument version does not have', () => {
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'no_such_item', value: 3 })).toEqual({ itemKey: 'intake.unknownItem' });
    // A check-in item key is not part of the intake, and the other way round.
    expect(answerTarget(checkInV1, 'workload_1')).toBeNull();
  });

  it('refuses text on a scale item and a number on an open question', () => {
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1', text: 'veel' })).toEqual({ text: 'intake.textNotAllowed' });
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'energy_drains', value: 3 })).toEqual({ value: 'intake.valueNotAllowed' });
  });

  it('refuses an answer without any field', () => {
    expect(checkAnswer(jdrIntakeV1, { itemKey: 'workload_1' })).toEqual({ _form: 'intake.nothingToSave' });
  });
});
