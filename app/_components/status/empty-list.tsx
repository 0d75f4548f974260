import Link from 'next/link';

/**
 * A list with nothing to show on this page: why, and where to go instead. The list pages that page through a
 * dashboard card (/attention, /homework, a client's timeline) use it for an empty list and for a page past the end.
 */
export function EmptyList({ title, body, href, label }: { title: string; body?: string; href: string; label: string }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {body && <p className="text-slate-600">{body}</p>}
      <Link href={href} className="btn btn-secondary">
        {label}
      </Link>
    </div>
  );
}
