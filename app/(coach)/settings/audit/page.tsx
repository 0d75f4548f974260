import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FilterForm, FilterInput, FilterSelect } from '@/app/_components/filter-form';
import { actionMessageKey } from '@/lib/audit-log/action-key';
import { AUDIT_EXPORT_MAX, auditQueryString, parseAuditQuery, periodProblem } from '@/lib/audit-log/filters';
import { auditLogPage } from '@/lib/audit-log/service';
import { requireOwnerPage } from '@/lib/auth/guards';

export async function generateMetadata() {
  return { title: (await getTranslations('auditLog'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The practice's audit log for the owner: who did what and who looked at which data. */
export default async function AuditLogPage({ searchParams }: Props) {
  const owner = await requireOwnerPage();
  const params = await searchParams;
  const [t, format, data] = await Promise.all([getTranslations('auditLog'), getFormatter(), auditLogPage(owner, parseAuditQuery(params))]);
  // A period that cannot be (9999, or backwards): said, and nothing listed rather than the whole log.
  const problem = periodProblem(params);
  const typed = (key: 'from' | 'until') => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  // The filters as applied: without a value its dropdown does not offer (see withinOptions).
  const { query } = data;
  const filtered = Boolean(query.client || query.user || query.action || query.from || query.until);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const entityLabel = (type: string) => (t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
  const subject = (row: (typeof data.rows)[number]) => {
    if (row.clientId) return row.clientFirstName ? `${row.clientFirstName} ${row.clientLastName ?? ''}`.trim() : t('erasedClient');
    // A coach's account, an employer, a questionnaire: by name, with what it is beneath (as the action's code).
    if (row.subjectName && row.entityType)
      return (
        <>
          {row.subjectName}
          <span className="block text-xs text-slate-500">{entityLabel(row.entityType)}</span>
        </>
      );
    return row.entityType ? entityLabel(row.entityType) : '—';
  };
  // The links keep the view as this page showed it (asOf): entries written since do not shift the pages or the export.
  const pinned = { ...query, asOf: data.asOf };
  const pageHref = (page: number) => `/settings/audit${auditQueryString({ ...pinned, page })}`;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>{t('title')}</h1>
          <p className="text-sm text-slate-600">{t('intro')}</p>
        </div>
        {/* No export of a period that cannot be (the alert below says why). */}
        {!problem && (
          <div className="flex flex-col items-start gap-1 sm:items-end">
            <a href={`/settings/audit/export${auditQueryString({ ...pinned, page: 1 })}`} className="btn btn-secondary" download>
              {t('export')}
            </a>
            <p className="max-w-xs text-xs text-slate-600 sm:text-right">{t('exportHint')}</p>
            {/* The export is the newest AUDIT_EXPORT_MAX (newest first, cut there): say so before it is handed over. */}
            {data.total > AUDIT_EXPORT_MAX && (
              <p className="max-w-xs text-xs font-medium text-amber-800 sm:text-right" data-testid="audit-export-truncated">
                {t('exportTruncated', { max: AUDIT_EXPORT_MAX })}
              </p>
            )}
          </div>
        )}
      </div>

      <FilterForm
        action="/settings/audit"
        label={t('filtersTitle')}
        columns="grid-cols-1 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto_auto_auto]"
        filtered={filtered}
        applyLabel={t('apply')}
        resetLabel={t('reset')}
      >
        <FilterSelect
          id="audit-client"
          name="client"
          label={t('client')}
          defaultValue={query.client ?? ''}
          anyLabel={t('any')}
          options={data.clients.map((c) => ({ value: c.id, label: `${c.lastName}, ${c.firstName}` }))}
        />
        <FilterSelect
          id="audit-user"
          name="user"
          label={t('user')}
          defaultValue={query.user ?? ''}
          anyLabel={t('any')}
          options={data.coaches.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          id="audit-action"
          name="action"
          label={t('action')}
          defaultValue={query.action ?? ''}
          anyLabel={t('any')}
          options={data.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        {(['from', 'until'] as const).map((key) => (
          // As typed, also when refused: the owner sees which date to correct.
          <FilterInput
            key={key}
            id={`audit-${key}`}
            name={key}
            type="date"
            label={t(key)}
            defaultValue={problem ? typed(key) : (query[key] ?? '')}
          />
        ))}
      </FilterForm>

      {problem ? (
        <div className="alert border-amber-300 bg-amber-50 text-amber-900" role="alert" data-testid="audit-period-problem">
          <p className="font-medium">{t('periodTitle')}</p>
          <p>{t(problem === 'dateOutOfRange' ? 'periodDateOutOfRange' : 'periodFromAfterUntil')}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-600" aria-live="polite" data-testid="audit-count">
          {t('count', { total: data.total })}
        </p>
      )}

      {problem ? null : data.rows.length === 0 ? (
        <div className="empty-state">
          <p className="text-slate-600">{t('empty')}</p>
        </div>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="min-w-full text-left text-sm" data-testid="audit-table">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('time')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('user')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('action')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('subject')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <td className="px-4 py-2 whitespace-nowrap">
                    {format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                  <td className="px-4 py-2">{row.actorName ?? t(`actorKinds.${row.actorKind}`)}</td>
                  <td className="px-4 py-2">
                    {actionLabel(actionMessageKey(row.action, row.metadata))}
                    <span className="block text-xs text-slate-500">{row.action}</span>
                  </td>
                  <td className="px-4 py-2">{subject(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {!problem && data.pages > 1 && (
        <nav aria-label={t('pagination')} className="flex items-center justify-between gap-3">
          {data.page > 1 ? (
            <Link href={pageHref(data.page - 1)} className="btn btn-secondary" rel="prev">
              {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600" aria-current="page">
            {t('pageOf', { page: data.page, pages: data.pages })}
          </span>
          {data.page < data.pages ? (
            <Link href={pageHref(data.page + 1)} className="btn btn-secondary" rel="next">
              {t('next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
