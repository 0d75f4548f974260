import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ClientListRow } from '@/db/queries/client-list';
import { dateForDisplay } from '@/lib/caseload/dates';
import type { ClientListParams, ClientSort } from '@/lib/caseload/list-params';
import { clientListHref } from '@/lib/caseload/list-params';
import { ArchivedBadge, SickLeaveBadge, StatusBadge } from './status-badge';

type Props = { rows: ClientListRow[]; params: ClientListParams };

function SortHeader({ sort, params, children }: { sort: ClientSort; params: ClientListParams; children: React.ReactNode }) {
  const active = params.sort === sort;
  const dir = active && params.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className="px-3 py-2 text-left font-medium"
    >
      <Link
        href={clientListHref(params, { sort, dir, page: 1 })}
        className="inline-flex items-center gap-1 text-slate-700 no-underline hover:text-brand-800"
      >
        {children}
        <span aria-hidden className={active ? 'text-brand-700' : 'text-slate-300'}>
          {active && params.dir === 'desc' ? '↓' : '↑'}
        </span>
      </Link>
    </th>
  );
}

function Badges({ row }: { row: ClientListRow }) {
  return (
    <span className="flex flex-wrap gap-1">
      <StatusBadge status={row.status} />
      {row.onSickLeave && <SickLeaveBadge />}
      {row.archivedAt && <ArchivedBadge />}
    </span>
  );
}

/** A table on wide screens, a list of cards on a phone; both from the same rows. */
export function ClientResults({ rows, params }: Props) {
  const t = useTranslations('clients.list');
  const format = useFormatter();
  const date = (d: string | null) => (d ? format.dateTime(dateForDisplay(d), { dateStyle: 'medium' }) : '—');
  return (
    <>
      <div className="card hidden overflow-x-auto p-0 md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <SortHeader sort="name" params={params}>
                {t('columns.name')}
              </SortHeader>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-700">
                {t('columns.employer')}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-700">
                {t('columns.coach')}
              </th>
              <SortHeader sort="status" params={params}>
                {t('columns.status')}
              </SortHeader>
              <SortHeader sort="start" params={params}>
                {t('columns.start')}
              </SortHeader>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link href={`/clients/${row.id}`} className="font-medium">
                    {row.firstName} {row.lastName}
                  </Link>
                  <div className="text-slate-600">{row.email}</div>
                </td>
                <td className="px-3 py-2">
                  {row.employerName ?? <span className="text-slate-400">—</span>}
                  {row.jobTitle && <div className="text-slate-600">{row.jobTitle}</div>}
                </td>
                <td className="px-3 py-2">{row.coachName}</td>
                <td className="px-3 py-2">
                  <Badges row={row} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">{date(row.startDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="card flex flex-col gap-1 p-4">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/clients/${row.id}`} className="min-h-11 py-2 font-medium">
                {row.firstName} {row.lastName}
              </Link>
              <Badges row={row} />
            </div>
            <p className="text-sm text-slate-600">{[row.jobTitle, row.employerName].filter(Boolean).join(' · ') || row.email}</p>
            <p className="text-sm text-slate-600">{t('cardMeta', { coach: row.coachName ?? '—', date: date(row.startDate) })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
