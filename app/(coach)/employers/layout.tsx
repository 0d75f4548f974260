import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** The employers' pages' texts, for its client components only (see lib/i18n/client-namespaces.ts). */
export default function EmployersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="employers">{children}</ClientMessages>;
}
