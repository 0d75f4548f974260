import Link from 'next/link';

export type DashboardItem = {
  key: string;
  href: string;
  primary: string;
  secondary?: string;
  meta?: string;
  /** A next step for this row, as a link of its own: `label` shown, `name` its accessible name (which says whose row). */
  action?: { href: string; label: string; name: string };
};

/** The rows of a dashboard card, and of the full list a card links to (/attention). */
export function LinkList({ items }: { items: DashboardItem[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
          <span className="flex flex-col">
            <Link href={item.href} prefetch={false} className="font-medium">
              {item.primary}
            </Link>
            {item.secondary && <span className="text-sm text-slate-600">{item.secondary}</span>}
          </span>
          {item.meta && <span className="text-sm text-slate-500">{item.meta}</span>}
          {item.action && (
            <Link href={item.action.href} prefetch={false} className="text-sm" aria-label={item.action.name}>
              {item.action.label}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One dashboard card: a titled list of links, or a quiet line when there is nothing. */
export function DashboardList({
  id,
  title,
  intro,
  empty,
  items,
  total,
  footer,
  tone = 'default',
}: {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  /** The first items of the list. */
  items: DashboardItem[];
  /** The number of items in all (the query counts them): the badge. */
  total: number;
  /** A closing link, to the full list. */
  footer?: { href: string; label: string };
  tone?: 'default' | 'warning';
}) {
  const accent = tone === 'warning' && items.length > 0 ? 'border-l-4 border-l-amber-400' : '';
  return (
    <section className={`card flex flex-col gap-2 ${accent}`} aria-labelledby={`${id}-title`} data-testid={`dashboard-${id}`}>
      <h2 id={`${id}-title`} className="flex items-center gap-2">
        {title}
        {items.length > 0 && (
          <span className="rounded-full bg-slate-100 px-2 text-sm font-medium text-slate-700" data-testid={`dashboard-${id}-count`}>
            {total}
          </span>
        )}
      </h2>
      {intro && <p className="text-sm text-slate-600">{intro}</p>}
      {items.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : <LinkList items={items} />}
      {footer && (
        <p className="mt-auto pt-1 text-sm">
          <Link href={footer.href} prefetch={false} data-testid={`dashboard-${id}-more`}>
            {footer.label}
          </Link>
        </p>
      )}
    </section>
  );
}
