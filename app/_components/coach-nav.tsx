'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FocusEvent, type KeyboardEvent, type ReactNode, useState } from 'react';

export type NavItem = { href: string; key: 'dashboard' | 'clients' | 'employers' | 'agenda' | 'instruments' | 'settings' | 'outbox' };

/** Horizontal on wide screens; on a phone a menu button opens the links and `mobileExtras` (language, sign-out). */
export function CoachNav({ items, mobileExtras }: { items: NavItem[]; mobileExtras?: ReactNode }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // The open menu lies over the page: Escape closes it and gives the focus back to its button (the nav's first), and
  // tabbing out of it closes it, so that the next focused link is not hidden under it (WCAG 2.4.11).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Closed (or on a wide screen, where the button is hidden) this changes nothing.
    if (event.key !== 'Escape') return;
    setOpen(false);
    event.currentTarget.querySelector('button')?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };
  return (
    <nav aria-label={t('main')} className="relative ml-auto lg:ml-0" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        className="btn btn-secondary lg:hidden"
        aria-expanded={open}
        aria-controls="coach-nav-list"
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t('closeMenu') : t('openMenu')}
      </button>
      <div
        id="coach-nav-list"
        className={`${open ? 'flex' : 'hidden'} absolute right-0 z-20 mt-2 w-64 flex-col gap-2 rounded-md border border-slate-200 bg-white p-2 shadow-lg lg:static lg:mt-0 lg:flex lg:w-auto lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        <ul className="flex flex-col gap-1 lg:flex-row">
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
        {mobileExtras && <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-2 lg:hidden">{mobileExtras}</div>}
      </div>
    </nav>
  );
}
