import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireClientAccessOnce, requireClientPage } from '@/lib/auth/client-access';
import { GuardError, requireCoachPage } from '@/lib/auth/guards';
import { ArchivedBadge, StatusBadge } from '../_components/status-badge';
import { ClientTabs } from './client-tabs';
import { TABS, type TabKey } from './tabs';

/**
 * The client's name in the tab ("Resultaten · Anouk de Groot · Balanspunt"): two records open side by side are told
 * apart, and a screen reader hears whose record a navigation opened. The client check is the layout's own (cached per
 * request), so the title costs no statement.
 */
export async function generateMetadata({ params }: { params: Promise<{ clientId: string }> }) {
  const [actor, { clientId }, tc] = await Promise.all([requireCoachPage(), params, getTranslations('common')]);
  // Unknown or out of reach: the layout answers "not found"; the tab says so too (a 404 thrown here left it untitled).
  const client = await requireClientAccessOnce(actor, clientId).catch((error: unknown) => {
    if (error instanceof GuardError) return null;
    throw error;
  });
  if (!client) return { title: (await getTranslations('errors'))('notFoundTitle') };
  const name = `${client.firstName} ${client.lastName}`;
  // An object, not a string: a plain string title here would drop the "· Balanspunt" for every section below (Next
  // takes each segment's template from the nearest title, not the nearest template). The default gets the root's.
  return { title: { default: name, template: `%s · ${name} · ${tc('appName')}` } };
}

/**
 * Shared by every page of one client: who it is, their status, and the tabs. The client check (once per request) is
 * here, outside this segment's loading boundary; the list's boundary (clients/loading.tsx) still wraps this layout, so
 * an unknown client's not-found page streams as a 200. Moving that boundary into a route group gives a 404, but makes
 * every link to a client prefetch this layout and its scripts: tried in c6db1de, reverted in 6f650d4.
 */
export default async function ClientLayout({ children, params }: { children: ReactNode; params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const { clientId } = await params;
  const [client, t, tt] = await Promise.all([
    requireClientPage(actor, clientId),
    getTranslations('clients'),
    getTranslations('clientTabs'),
  ]);
  // No texts for the browser here: each section's layout sends its own (lib/i18n/client-namespaces.ts).
  return (
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
        <ClientTabs
          clientId={client.id}
          label={tt('label')}
          labels={Object.fromEntries(TABS.map((tab) => [tab.key, tt(tab.key)])) as Record<TabKey, string>}
        />
      </header>
      {children}
    </div>
  );
}
