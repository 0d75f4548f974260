import { getTranslations } from 'next-intl/server';

/** Shown while a page waits on the database: a calm placeholder that screen readers announce as loading. */
export async function PageLoading({ rows = 4 }: { rows?: number }) {
  const t = await getTranslations('errors');
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="flex flex-col gap-3 py-2" data-testid="page-loading">
      <span className="sr-only">{t('loading')}</span>
      <div aria-hidden="true" className="h-7 w-1/3 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, row) => `row-${row}`).map((key) => (
        <div key={key} aria-hidden="true" className="h-12 w-full animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
