import type { Answers } from '../scoring/types';

export type StoredAnswer = { value: number | null; text: string | null; note: string | null };
export type AnswerMap = Record<string, StoredAnswer>;

export const EMPTY_ANSWER: StoredAnswer = { value: null, text: null, note: null };

export function answerMap(rows: ReadonlyArray<{ itemKey: string } & StoredAnswer>): AnswerMap {
  const map: AnswerMap = {};
  for (const row of rows) map[row.itemKey] = { value: row.value, text: row.text, note: row.note };
  return map;
}

/** The scale values only, as the scoring functions take them. */
export function scoringAnswers(map: AnswerMap): Answers {
  const answers: Record<string, number | null> = {};
  for (const [key, answer] of Object.entries(map)) answers[key] = answer.value;
  return answers;
}

/** Text with something in it, or null: whitespace alone is not an answer. */
export function meaningfulText(text: string | null | undefined): string | null {
  return text != null && text.trim() !== '' ? text : null;
}
