import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { ForgetSearchParam } from '@/app/_components/forget-search-param';
import { EmptyList } from '@/app/_components/status/empty-list';
import { requireCoachPage } from '@/lib/auth/guards';
import { clientListHref, pageCount, parseClientListParams, type SearchParams } from '@/lib/caseload/list-params';
import { ClientResults } from './_components/client-results';
import { ClientListFilters } from './_components/list-filters';
import { Pagination } from './_components/pagination';
import { loadClientList } from './list-data';

export async function generateMetadata() {
  return { title: (await getTranslations('clients'))('title') };
}

export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireCoachPage();
  const sp = await searchParams;
  const params = parseClientListParams(sp);
  const [t, data] = await Promise.all([getTranslations('clients'), loadClientList(actor, params)]);
  const filtered = Boolean(params.q || params.coach || params.status !== 'all');
  const pages = pageCount(data.total);
  const pastEnd = data.rows.length === 0 && params.page > 1;
  // No clients at all yet: the empty state says what to do; a count of none and filters over nothing say it twice.
  const noClientsYet = data.total === 0 && !filtered && !pastEnd;
  // A client saved for a colleague this coach may not see (client-forms.tsx): said here once, since their record is shut.
  // Only where that rule holds for this coach: the address alone must not make the page state it.
  const handedOver = data.restricted && (sp.handedOver === 'created' || sp.handedOver === 'updated') ? sp.handedOver : null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>{t('title')}</h1>
          {/* A page past the end counts nothing (its window count is of an empty page): no "0 clients" then. */}
          {!pastEnd && !noClientsYet && (
            <p className="text-sm text-slate-600" aria-live="polite">
              {t('list.count', { count: data.total })}
              {data.restricted && ` · ${t('list.onlyAssigned')}`}
            </p>
          )}
        </div>
        <Link href="/clients/new" className="btn btn-primary">
          {t('new')}
        </Link>
      </div>

      <div aria-live="polite" className="empty:hidden">
        {sp.erased === '1' && <p className="alert alert-success">{t('list.erased')}</p>}
        {handedOver && (
          <p id="clients-handed-over" tabIndex={-1} className="alert alert-success">
            {/* Focused when the form asked (client-forms.tsx): a screen reader hears why the record did not open. */}
            <FocusOnArrival id="clients-handed-over" />
            <ForgetSearchParam name="handedOver" />
            {t(handedOver === 'created' ? 'list.handedOverCreated' : 'list.handedOverUpdated')}
          </p>
        )}
      </div>

      {!noClientsYet && <ClientListFilters params={params} coaches={data.coaches} filtered={filtered} />}

      {data.rows.length > 0 ? (
        <>
          <ClientResults rows={data.rows} params={params} />
          <Pagination page={params.page} pages={pages} href={(page) => clientListHref(params, { page })} />
        </>
      ) : pastEnd ? (
        <EmptyList
          title={t('list.pageEmptyTitle')}
          body={t('list.pageEmptyBody')}
          href={clientListHref(params, { page: 1 })}
          label={t('list.toFirstPage')}
        />
      ) : filtered ? (
        <div className="empty-state">
          <h2>{t('list.noResultsTitle')}</h2>
          <p className="text-slate-600">{t('list.noResultsBody')}</p>
          <Link href="/clients" className="btn btn-secondary">
            {t('list.reset')}
          </Link>
        </div>
      ) : (
        <div className="empty-state">
          <h2>{t('emptyTitle')}</h2>
          <p className="text-slate-600">{t('emptyBody')}</p>
          <Link href="/clients/new" className="btn btn-primary">
            {t('firstClient')}
          </Link>
        </div>
      )}
    </div>
  );
}
