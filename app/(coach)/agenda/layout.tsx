import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** The agenda's texts, for its client components only (see lib/i18n/client-namespaces.ts). */
export default function AgendaLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="agenda">{children}</ClientMessages>;
}
