import { useTranslations } from 'next-intl';
import { FilterForm, FilterInput, FilterSelect } from '@/app/_components/filter-form';
import { CLIENT_SORTS, CLIENT_STATUS_FILTERS, type ClientListParams, DEFAULT_DIR } from '@/lib/caseload/list-params';

type Props = { params: ClientListParams; coaches: { id: string; name: string }[]; filtered: boolean };

export function ClientListFilters({ params, coaches, filtered }: Props) {
  const t = useTranslations('clients.list');
  const ts = useTranslations('clients.status');
  return (
    <FilterForm
      action="/clients"
      label={t('searchLabel')}
      columns="grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
      filtered={filtered}
      applyLabel={t('apply')}
      resetLabel={t('reset')}
    >
      <FilterInput
        id="q"
        name="q"
        type="search"
        label={t('search')}
        defaultValue={params.q}
        placeholder={t('searchPlaceholder')}
        className="col-span-2 lg:col-span-1"
      />
      <FilterSelect
        id="status"
        name="status"
        label={t('statusFilter')}
        defaultValue={params.status}
        options={CLIENT_STATUS_FILTERS.map((s) => ({
          value: s,
          label: s === 'all' ? t('statusAll') : s === 'archived' ? t('statusArchived') : ts(s),
        }))}
      />
      {coaches.length > 0 && (
        <FilterSelect
          id="coach"
          name="coach"
          label={t('coachFilter')}
          defaultValue={params.coach ?? ''}
          anyLabel={t('coachAll')}
          options={coaches.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      {/* A direction chosen with a column heading stays when the filters are applied (the form has no field for it). */}
      {params.dir !== DEFAULT_DIR[params.sort] && <input type="hidden" name="dir" value={params.dir} />}
      <FilterSelect
        id="sort"
        name="sort"
        label={t('sort')}
        defaultValue={params.sort}
        options={CLIENT_SORTS.map((s) => ({ value: s, label: t(`sortBy.${s}`) }))}
      />
    </FilterForm>
  );
}
