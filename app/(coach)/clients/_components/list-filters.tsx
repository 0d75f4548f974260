import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { CLIENT_SORTS, CLIENT_STATUS_FILTERS, type ClientListParams } from '@/lib/caseload/list-params';

type Props = { params: ClientListParams; coaches: { id: string; name: string }[]; filtered: boolean };

/** A plain GET form: the filters live in the URL, so it works without JavaScript and can be bookmarked. */
export function ClientListFilters({ params, coaches, filtered }: Props) {
  const t = useTranslations('clients.list');
  const ts = useTranslations('clients.status');
  return (
    <form
      method="get"
      action="/clients"
      role="search"
      aria-label={t('searchLabel')}
      className="card grid grid-cols-2 gap-3 p-4 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
    >
      <div className="field col-span-2 lg:col-span-1">
        <label htmlFor="q" className="field-label">
          {t('search')}
        </label>
        <input id="q" name="q" type="search" defaultValue={params.q} placeholder={t('searchPlaceholder')} className="input" />
      </div>
      <div className="field">
        <label htmlFor="status" className="field-label">
          {t('statusFilter')}
        </label>
        <select id="status" name="status" defaultValue={params.status} className="input">
          {CLIENT_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? t('statusAll') : s === 'archived' ? t('statusArchived') : ts(s)}
            </option>
          ))}
        </select>
      </div>
      {coaches.length > 0 && (
        <div className="field">
          <label htmlFor="coach" className="field-label">
            {t('coachFilter')}
          </label>
          <select id="coach" name="coach" defaultValue={params.coach ?? ''} className="input">
            <option value="">{t('coachAll')}</option>
            {coaches.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="sort" className="field-label">
          {t('sort')}
        </label>
        <select id="sort" name="sort" defaultValue={params.sort} className="input">
          {CLIENT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sortBy.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="btn btn-primary">
          {t('apply')}
        </button>
        {filtered && (
          <Link href="/clients" className="btn btn-ghost">
            {t('reset')}
          </Link>
        )}
      </div>
    </form>
  );
}
