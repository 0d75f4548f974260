import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { ArchivedBadge, StatusBadge } from '../_components/status-badge';
import { ClientTabs } from './client-tabs';

export async function generateMetadata() {
  return { title: (await getTranslations('clients'))('recordTitle') };
}

/** Shared by every page of one client: who it is, their status, and the tabs. */
export default async function ClientLayout({ children, params }: { children: ReactNode; params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const { clientId } = await params;
  const [client, t] = await Promise.all([requireClientPage(actor, clientId), getTranslations('clients')]);
  return (
    <ClientMessages area="clientRecord">
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-3 border-b border-slate-200">
          <Link href="/clients" className="self-start text-sm">
            ← {t('backToList')}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <h1>
              {client.firstName} {client.lastName}
            </h1>
            <StatusBadge status={client.status} />
            {client.archivedAt && <ArchivedBadge />}
          </div>
          <ClientTabs clientId={client.id} />
        </header>
        {children}
      </div>
    </ClientMessages>
  );
}
