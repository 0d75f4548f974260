'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const TABS = [
  { key: 'overview', path: '' },
  { key: 'measurements', path: '/measurements' },
  { key: 'sessions', path: '/sessions' },
  { key: 'homework', path: '/homework' },
  { key: 'plan', path: '/plan' },
] as const;

/** The client's sections; the overview tab stays current on its own sub-pages such as /edit. */
export function ClientTabs({ clientId }: { clientId: string }) {
  const t = useTranslations('clientTabs');
  const pathname = usePathname();
  const base = `/clients/${clientId}`;
  const current =
    TABS.find((tab) => tab.path && (pathname === base + tab.path || pathname.startsWith(`${base}${tab.path}/`)))?.key ?? 'overview';
  return (
    <nav aria-label={t('label')} className="-mb-px overflow-x-auto">
      <ul className="flex gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={base + tab.path}
              aria-current={current === tab.key ? 'page' : undefined}
              className="flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-2.5 sm:px-3 text-sm font-medium text-slate-600 no-underline hover:border-slate-300 hover:text-slate-900 hover:no-underline aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
