import type { ReactNode } from 'react';

/** A chart with its text alternative: the same numbers as a table, one click away for everyone. */
export function ChartFrame({ id, tableLabel, table, children }: { id: string; tableLabel: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`chart-${id}-title`}>
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: Array<Array<string | number>> }) {
  return (
    <table className="min-w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={i} scope="col" className="border-b border-slate-200 px-2 py-1 font-semibold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-100">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="px-2 py-1 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={j} className="px-2 py-1 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
