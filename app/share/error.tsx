'use client';

import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';

/**
 * An error on the employer's page: a retry and nothing else. The root boundary's way out leads to the coaches' sign-in,
 * which is no place for a manager; the language is the link's (its `?lang=`, else the browser's cookie).
 */
export default function SharedPlanError(props: ErrorBoundaryProps) {
  return (
    <main className="mx-auto max-w-xl px-4">
      <PageError {...props} home={null} />
    </main>
  );
}
