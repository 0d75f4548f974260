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

/** The answers' gap (`.answer-grid`: gap-1.5); it grows with the text size, as the columns' share must. */
const GAP = '0.375rem';

/**
 * The answer grid's columns. On the coach's laptop: one row of equal answers. On the client's phone: `answerColumns`
 * to a row while each is a thumb (44 px) wide; with large text on a narrow phone (the paddings grow with the text,
 * the room for the answers shrinks) fewer to a row, rather than answers too narrow to tap. The share is a hair under an
 * exact fit, so that rounding never costs a column.
 */
export function answerGridTemplate(count: number, mode: 'coach' | 'client'): string {
  const columns = answerColumns(count, mode);
  if (mode === 'coach') return `repeat(${columns}, minmax(0, 1fr))`;
  const share = `calc((100% - ${columns - 1} * ${GAP}) / ${columns} - 0.1px)`;
  return `repeat(auto-fit, minmax(max(44px, ${share}), 1fr))`;
}
