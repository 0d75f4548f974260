/** The most answers in one row on the client's phone: at 360 px, five are still at least 44 px wide (a thumb). */
export const CLIENT_MAX_COLUMNS = 5;

/**
 * Answers per row of a scale question: all in one row on the coach's laptop, and on the client's phone up to five; a
 * longer scale (a custom questionnaire's 0–6 or 0–10) wraps into rows of (nearly) equal length, so that each answer
 * stays a thumb wide: 0–6 in rows of four, 0–10 in three rows of four (in two rows of six, an answer was 36 px wide at
 * 360 px; at 360 px, seven in one row would be about 30 px each).
 */
export function answerColumns(count: number, mode: 'coach' | 'client'): number {
  if (mode === 'coach' || count <= CLIENT_MAX_COLUMNS) return count;
  const rows = Math.ceil(count / CLIENT_MAX_COLUMNS);
  return Math.ceil(count / rows);
}
