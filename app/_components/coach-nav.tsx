'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';

export type NavItem = { href: string; key: 'dashboard' | 'clients' | 'employers' | 'agenda' | 'settings' | 'outbox' };

export function CoachNav({ items }: { items: NavItem[] }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t('main')} className="relative">
      <button
        type="button"
        className="btn btn-secondary md:hidden"
        aria-expanded={open}
        aria-controls="coach-nav-list"
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t('closeMenu') : t('openMenu')}
      </button>
      <ul
        id="coach-nav-list"
        className={`${open ? 'flex' : 'hidden'} absolute left-0 z-10 mt-2 w-56 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg md:static md:mt-0 md:flex md:w-auto md:flex-row md:border-0 md:bg-transparent md:p-0 md:shadow-none`}
      >
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                onClick={() => setOpen(false)}
                className="flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 no-underline hover:bg-slate-100 hover:no-underline aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
