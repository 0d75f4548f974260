import type { ReactNode } from 'react';

/**
 * A chart with its text alternative: the same numbers as a table, one click away for everyone. A chart with no numbers
 * (`table` null: nothing plotted, which its description says) offers no empty table.
 */
export function ChartFrame({
  id,
  tableLabel,
  table,
  children,
}: {
  id: string;
  tableLabel: string;
  table: ReactNode | null;
  children: ReactNode;
}) {
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`chart-${id}-title`}>
      {children}
      {table !== null && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 hover:underline">{tableLabel}</summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      )}
    </figure>
  );
}
