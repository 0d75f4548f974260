'use client';

import { type ErrorBoundaryProps, PageError } from '@/app/_components/status/page-error';

/** An error in the client's portal: the portal's frame stays, with a way back to the overview. */
export default function PortalError(props: ErrorBoundaryProps) {
  return <PageError {...props} home={{ href: '/portal', label: 'toPortal' }} />;
}
