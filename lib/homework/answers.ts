import { messageWithParams } from '@/lib/actions/message-params';
import type { BaseValue } from '@/lib/autosave/bases';
import { type LocalDate, todayIn } from '@/lib/sessions/zoned-time';
import { hasVisibleText } from '@/lib/text/visible';
import { answerDateProblem } from './answer-dates';
import { fieldOf } from './templates';
import type { FieldKind, FormTemplate } from './types';

export const MAX_LENGTH: Record<Extract<FieldKind, 'text' | 'longText'>, number> = { text: 200, longText: 2000 };

export type AnswerCheck = { ok: true; value: string } | { ok: false; error: string };

/**
 * One answer as the client saves it: a known field of this template, a value of the field's kind ('' clears); a date
 * within the window around `today` (Amsterdam) of lib/homework/answer-dates.ts.
 */
export function checkAnswer(template: FormTemplate, fieldKey: string, raw: string, today: LocalDate = todayIn()): AnswerCheck {
  const field = fieldOf(template, fieldKey);
  if (!field) return { ok: false, error: 'homework.errors.unknownField' };
  const limit = field.kind === 'longText' || field.kind === 'text' ? MAX_LENGTH[field.kind] : null;
  const value = storedForm(field.kind, raw);
  if (limit !== null && value.length > limit) return { ok: false, error: messageWithParams('validation.tooLongMax', { max: limit }) };
  if (value === '') return { ok: true, value };
  if (field.kind === 'scale' && !/^(10|[0-9])$/.test(value)) return { ok: false, error: 'homework.errors.scale' };
  const dateProblem = field.kind === 'date' ? answerDateProblem(value, today) : null;
  if (dateProblem) return { ok: false, error: dateProblem };
  return { ok: true, value };
}

/** What is stored for a typed value: free text as typed (one kind of line break), anything else trimmed; blank (nothing to see) is ''. */
function storedForm(kind: FieldKind, raw: string): string {
  const value = kind === 'longText' || kind === 'text' ? raw.replace(/\r\n/g, '\n') : raw.trim();
  return hasVisibleText(value) ? value : '';
}

/**
 * The bases an autosaved value came with (lib/autosave/bases.ts), in their stored form: the browser knows what was
 * typed, the server stored it trimmed, so " 7" typed is "7" on the server and not a change made elsewhere.
 */
export function storedBases(template: FormTemplate, fieldKey: string, bases: readonly BaseValue[]): BaseValue[] {
  const field = fieldOf(template, fieldKey);
  return field ? bases.map((b) => (typeof b === 'string' ? storedForm(field.kind, b) : b)) : [...bases];
}
