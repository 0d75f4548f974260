import type { BaseValue } from '../autosave/bases';
import { allItems, type Instrument } from '../instruments/types';
import { isValidAnswer } from '../scoring/dimension';

/**
 * One field of one answer; a field left undefined is not touched, null clears it. `bases`: the stored values it may
 * replace, for an answer that waited in a browser's queue (lib/autosave/bases.ts).
 */
export type AnswerInput = { itemKey: string; value?: number | null; text?: string | null; note?: string | null; bases?: BaseValue[] };

export type AnswerTarget = { kind: 'item' } | { kind: 'open' };

/** Whether the key is a scale item or an open question of this instrument version. */
export function answerTarget(instrument: Instrument, itemKey: string): AnswerTarget | null {
  if (allItems(instrument).some((item) => item.key === itemKey)) return { kind: 'item' };
  if (instrument.openQuestions.some((q) => q.key === itemKey)) return { kind: 'open' };
  return null;
}

/**
 * The refusals for one answer, as field → translation key, or null when it may be saved.
 * Scale items take a whole number within the scale (and a note); open questions take text (and a note).
 */
export function checkAnswer(instrument: Instrument, input: AnswerInput): Record<string, string> | null {
  const target = answerTarget(instrument, input.itemKey);
  if (!target) return { itemKey: 'intake.unknownItem' };
  if (input.value === undefined && input.text === undefined && input.note === undefined) return { _form: 'intake.nothingToSave' };
  const errors: Record<string, string> = {};
  if (target.kind === 'item') {
    if (input.value != null && !isValidAnswer(instrument.scale, input.value)) errors.value = 'intake.valueOutOfScale';
    if (input.text != null) errors.text = 'intake.textNotAllowed';
  } else if (input.value != null) {
    errors.value = 'intake.valueNotAllowed';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
