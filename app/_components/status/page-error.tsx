'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

export type ErrorBoundaryProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * What an error boundary shows instead of Next's English default: a translated sentence, a retry and a way out.
 * The digest is the id in the server log; the message itself is never shown (it may hold internals). `home`: null where
 * the reader has nowhere else in the app to go (the employer's share page).
 */
export function PageError({
  error,
  reset,
  home,
}: ErrorBoundaryProps & { home: { href: string; label: 'toDashboard' | 'toPortal' | 'toHome' } | null }) {
  const t = useTranslations('errors');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col gap-4 py-8" data-testid="page-error">
      <h1 ref={heading} tabIndex={-1} className="focus:outline-none">
        {t('errorTitle')}
      </h1>
      <p className="text-slate-700">{t('errorBody')}</p>
      {error.digest && <p className="text-sm text-slate-600">{t('errorReference', { digest: error.digest })}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={() => reset()}>
          {t('retry')}
        </button>
        {/* A plain link: after an error a full load is the safer way out, and next/link cost every page 3 kB per boundary. */}
        {home && (
          <a href={home.href} className="btn btn-secondary">
            {t(home.label)}
          </a>
        )}
      </div>
    </div>
  );
}
