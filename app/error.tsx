'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense } from 'react';
import type { ErrorBoundaryProps } from '@/app/_components/status/page-error';

// Loaded when an error shows: every page carries this boundary, and where the coach's, the portal's or the share page's
// own boundary sits below it, that one carries the component already (Turbopack copies it into each boundary's chunk).
// Should the load fail too (offline, a new version installed), the texts the root layout gives the browser still say
// what happened, with a full load of the start page as the way out.
const PageError = lazy(() =>
  import('@/app/_components/status/page-error').then(
    (m) => ({ default: m.PageError }),
    () => ({ default: Unloaded }),
  ),
);

function Unloaded() {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col gap-4 py-8" data-testid="page-error">
      <h1>{t('errorTitle')}</h1>
      <a href="/" className="btn btn-primary self-start">
        {t('toHome')}
      </a>
    </div>
  );
}

/** Errors outside the coach area and the portal (sign-in, intake): translated, inside the root layout. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="px-4" data-boundary="root">
      <Suspense fallback={null}>
        <PageError {...props} home={{ href: '/', label: 'toHome' }} />
      </Suspense>
    </main>
  );
}
