import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** This section's texts for its client components (see lib/i18n/client-namespaces.ts). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages area="clients">{children}</ClientMessages>;
}
