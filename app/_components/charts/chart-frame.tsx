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
