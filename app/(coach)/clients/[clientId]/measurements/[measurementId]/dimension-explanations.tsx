'use client';

/** One dimension: its key, name, band label (custom cut-offs), plain-language explanation, and why it has no score. */
export type ExplanationCells = [key: string, name: string, band: string | null, explanation: string, insufficient: string | null];

/**
 * What each dimension of a group means, one click away. A client component for the server's sake, not for
 * interaction: the rows travel to the HTML renderer as plain values instead of as serialized elements (see
 * app/_components/charts/data-table.tsx).
 */
export function DimensionExplanations({ summary, rows }: { summary: string; rows: ExplanationCells[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{summary}</summary>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        {rows.map(([key, name, band, explanation, insufficient]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-900">
              {name}
              {band !== null && <span className="ml-1 font-normal text-slate-600">({band})</span>}
            </dt>
            <dd className="text-slate-700">
              {explanation || '—'}
              {insufficient !== null && <span className="block text-slate-500">{insufficient}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
