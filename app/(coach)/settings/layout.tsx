import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';

/** The settings' texts, for its client components only (see lib/i18n/client-namespaces.ts). */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="settings">{children}</ClientMessages>;
}
