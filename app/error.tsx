'use client';

import { lazy, Suspense } from 'react';
import type { ErrorBoundaryProps } from '@/app/_components/status/page-error';

// Loaded when an error shows: every page carries this boundary, and where the coach's, the portal's or the share page's
// own boundary sits below it, that one carries the component already (Turbopack copies it into each boundary's chunk).
// Should this load fail as well, global-error.tsx takes over.
const PageError = lazy(() => import('@/app/_components/status/page-error').then((m) => ({ default: m.PageError })));

/** Errors outside the coach area and the portal (sign-in, intake): translated, inside the root layout. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="px-4">
      <Suspense fallback={null}>
        <PageError {...props} home={{ href: '/', label: 'toHome' }} />
      </Suspense>
    </main>
  );
}
