/**
 * Answers per row of a scale question: all in one row on the coach's laptop, and on the client's phone up to five; a
 * longer scale (a custom questionnaire's 0–6 or 0–10) wraps into two rows, so that each answer stays a thumb wide
 * (at 360 px, seven in one row would be about 30 px each).
 */
export function answerColumns(count: number, mode: 'coach' | 'client'): number {
  return mode === 'client' && count > 5 ? Math.ceil(count / 2) : count;
}
