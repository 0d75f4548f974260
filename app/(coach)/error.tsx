'use client';

import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';

/** An error in a coach page: the menu stays, the page says so in the coach's language. */
export default function CoachError(props: ErrorBoundaryProps) {
  return <PageError {...props} home={{ href: '/dashboard', label: 'toDashboard' }} />;
}
