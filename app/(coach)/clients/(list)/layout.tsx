import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** The client list's texts, for its client components only (see lib/i18n/client-namespaces.ts). */
export default function ClientsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="clients">{children}</ClientMessages>;
}
