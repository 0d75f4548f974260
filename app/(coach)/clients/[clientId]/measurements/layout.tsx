import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/**
 * The measurements list's and the results page's texts for their client components: a smaller set than the rest
 * of the record's, since the results page is the heaviest page a coach opens in a session (BENCHMARKS.md).
 */
export default function MeasurementsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="measurements">{children}</ClientMessages>;
}
