'use client';

import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';

/** Errors outside the coach area and the portal (sign-in, intake): translated, inside the root layout. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="px-4">
      <PageError {...props} home={{ href: '/', label: 'toHome' }} />
    </main>
  );
}
