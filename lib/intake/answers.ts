import { hasVisibleText } from '@/lib/text/visible';
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

/**
 * What String.prototype.trim strips (ECMAScript's white space and line terminators), for SQL that must judge text as
 * meaningfulText does: PostgreSQL's btrim(text) strips spaces only, so "\n" or a no-break space would count there.
 */
export const TRIMMED_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Text with something in it, or null: whitespace alone is not an answer. */
export function meaningfulText(text: string | null | undefined): string | null {
  return text != null && hasVisibleText(text) ? text : null;
}
