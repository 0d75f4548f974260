'use client';

/** One item: its key, number, text, whether it is reverse-scored, and the answer as shown (null: not answered). */
export type AnswerCells = [key: string, number: number, text: string, reversed: boolean, answer: string | null];

/**
 * Every answer for reference, a table per section. A client component for the server's sake, not for interaction:
 * about 90 rows travel to the HTML renderer as five values each instead of as serialized elements (the RSC payload
 * that the server encodes, parses again for the HTML and inlines), the largest single block of the page's render time.
 */
export function AnswersTables({
  sections,
  labels,
}: {
  sections: Array<{ key: string; title: string; rows: AnswerCells[] }>;
  /** Given by the server, like the rows: the results page sends the browser no texts of its own. */
  labels: { reversed: string; noAnswer: string };
}) {
  return (
    <div className="mt-3 flex flex-col gap-4">
      {/* .answers-table styles the cells (globals.css): some 90 rows, without a class list on every cell. */}
      {sections.map((s) => (
        <table key={s.key} className="answers-table">
          <caption>{s.title}</caption>
          <tbody>
            {s.rows.map(([key, number, text, reversed, answer]) => (
              <tr key={key}>
                <th scope="row">{number}.</th>
                <td>
                  {text}
                  {reversed && <span className="ml-1 text-xs text-slate-500">({labels.reversed})</span>}
                </td>
                <td>{answer === null ? <span className="text-slate-500">{labels.noAnswer}</span> : answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
