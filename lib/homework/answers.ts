import { messageWithParams } from '@/lib/actions/message-params';
import { type LocalDate, todayIn } from '@/lib/sessions/zoned-time';
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
  const value = limit === null ? raw.trim() : raw.replace(/\r\n/g, '\n');
  if (limit !== null && value.length > limit) return { ok: false, error: messageWithParams('validation.tooLongMax', { max: limit }) };
  if (value.trim() === '') return { ok: true, value: '' };
  if (field.kind === 'scale' && !/^(10|[0-9])$/.test(value)) return { ok: false, error: 'homework.errors.scale' };
  const dateProblem = field.kind === 'date' ? answerDateProblem(value, today) : null;
  if (dateProblem) return { ok: false, error: dateProblem };
  return { ok: true, value };
}
