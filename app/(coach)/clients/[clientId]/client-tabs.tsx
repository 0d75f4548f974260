'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { TABS, type TabKey } from './tabs';

/**
 * The client's sections; the overview tab stays current on its own sub-pages such as /edit. The labels come from the
 * server layout: the record's pages each send their own texts to the browser, and the tabs sit above all of them.
 */
export function ClientTabs({ clientId, label, labels }: { clientId: string; label: string; labels: Record<TabKey, string> }) {
  const pathname = usePathname();
  const base = `/clients/${clientId}`;
  const current =
    TABS.find((tab) => tab.path && (pathname === base + tab.path || pathname.startsWith(`${base}${tab.path}/`)))?.key ?? 'overview';
  const row = useRef<HTMLElement>(null);
  // On a phone the row is wider than the screen: the current tab is scrolled into it (only the row moves, not the page).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when another tab becomes current
  useEffect(() => {
    const box = row.current;
    const tab = box?.querySelector<HTMLElement>('[aria-current=page]');
    if (!box || !tab) return;
    const right = tab.offsetLeft + tab.offsetWidth;
    if (tab.offsetLeft < box.scrollLeft) box.scrollLeft = tab.offsetLeft;
    else if (right > box.scrollLeft + box.clientWidth) box.scrollLeft = right - box.clientWidth;
  }, [current]);
  return (
    <nav ref={row} aria-label={label} className="relative -mb-px overflow-x-auto">
      <ul className="flex gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={base + tab.path} aria-current={current === tab.key ? 'page' : undefined} className="client-tab">
              {labels[tab.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
