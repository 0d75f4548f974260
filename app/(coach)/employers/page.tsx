import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listEmployers } from '@/db/queries/employers';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { searchQuery } from '@/lib/caseload/list-params';

export async function generateMetadata() {
  return { title: (await getTranslations('employers'))('title') };
}

export default async function EmployersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireCoachPage();
  const q = searchQuery((await searchParams).q);
  const [t, employers] = await Promise.all([
    getTranslations('employers'),
    visibleCoachFilter(actor).then((coachId) => listEmployers(actor.practiceId, { q, coachId })),
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
      {(employers.length > 0 || q) && (
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
      {employers.length === 0 ? (
        <div className="empty-state">
          <h2>{q ? t('noResults') : t('emptyTitle')}</h2>
          {!q && <p className="text-slate-600">{t('emptyBody')}</p>}
          <Link href="/employers/new" className="btn btn-primary">
            {t('new')}
          </Link>
        </div>
      ) : (
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
      )}
    </div>
  );
}
