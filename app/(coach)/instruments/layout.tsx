import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** The instrument editor's texts, for its client components only (see lib/i18n/client-namespaces.ts). */
export default function InstrumentsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="instruments">{children}</ClientMessages>;
}
