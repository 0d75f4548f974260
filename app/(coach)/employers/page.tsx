import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyList } from '@/app/_components/status/empty-list';
import { pageEmployers } from '@/db/queries/employers';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { pageCount } from '@/lib/caseload/list-params';
import { EMPLOYER_PAGE_SIZE, employersHref, parseEmployerList } from '@/lib/employers/list';
import { pageOffset } from '@/lib/list-page';
import { Pagination } from '../clients/_components/pagination';

export async function generateMetadata() {
  return { title: (await getTranslations('employers'))('title') };
}

/** Every employer of the practice, a page at a time with the count of all (or of those the search finds). */
export default async function EmployersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoachPage();
  const { q, page } = parseEmployerList(await searchParams);
  const [t, { rows: employers, total }] = await Promise.all([
    getTranslations('employers'),
    visibleCoachFilter(actor).then((coachId) =>
      pageEmployers(actor.practiceId, { q, coachId }, { limit: EMPLOYER_PAGE_SIZE, offset: pageOffset(page, EMPLOYER_PAGE_SIZE) }),
    ),
  ]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>{t('title')}</h1>
          <p className="text-sm text-slate-600">{t('intro')}</p>
        </div>
        <Link href="/employers/new" className="btn btn-primary">
          {t('new')}
        </Link>
      </div>
      {(employers.length > 0 || q || page > 1) && (
        <form method="get" action="/employers" role="search" aria-label={t('searchLabel')} className="flex flex-wrap items-end gap-2">
          <div className="field min-w-60 flex-1 sm:max-w-md">
            <label htmlFor="q" className="field-label">
              {t('search')}
            </label>
            <input id="q" name="q" type="search" defaultValue={q} className="input" />
          </div>
          <button type="submit" className="btn btn-secondary">
            {t('searchSubmit')}
          </button>
        </form>
      )}
      {employers.length > 0 && (
        <p className="text-sm font-medium text-slate-700" data-testid="employers-count">
          {t('count', { count: total })}
        </p>
      )}
      {employers.length > 0 ? (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {employers.map((e) => (
              <li key={e.id} className="card flex flex-col gap-1 p-4">
                <Link href={`/employers/${e.id}`} className="text-lg font-semibold">
                  {e.name}
                </Link>
                {e.address && <p className="text-sm text-slate-600">{e.address}</p>}
                <p className="text-sm text-slate-700">{t('counts', { contacts: e.contacts, clients: e.clients })}</p>
              </li>
            ))}
          </ul>
          <Pagination page={page} pages={pageCount(total, EMPLOYER_PAGE_SIZE)} href={(p) => employersHref(q, p)} />
        </>
      ) : page > 1 ? (
        // A page past the end (the list got shorter, or a hand-made link): no row carries the count.
        <EmptyList title={t('pageEmptyTitle')} body={t('pageEmptyBody')} href={employersHref(q)} label={t('toFirstPage')} />
      ) : (
        <div className="empty-state">
          <h2>{q ? t('noResults') : t('emptyTitle')}</h2>
          {!q && <p className="text-slate-600">{t('emptyBody')}</p>}
          <Link href="/employers/new" className="btn btn-primary">
            {t('new')}
          </Link>
        </div>
      )}
    </div>
  );
}
