import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyList } from '@/app/_components/status/empty-list';
import { pageRiskClients } from '@/db/queries/dashboard';
import { requireCoachPage } from '@/lib/auth/guards';
import { ATTENTION_PAGE_SIZE, attentionHref } from '@/lib/caseload/attention-list';
import { pageCount } from '@/lib/caseload/list-params';
import { pageOffset, parsePageNumber } from '@/lib/list-page';
import { Pagination } from '../clients/_components/pagination';
import { attentionItems } from '../dashboard/attention-items';
import { LinkList } from '../dashboard/dashboard-list';

export async function generateMetadata() {
  return { title: (await getTranslations('attention'))('title') };
}

/**
 * The dashboard's "needs attention" in full: the coach's own clients by the same rules and order (most pressing
 * first), a page at a time. The dashboard shows the first ten and links here when there are more.
 */
export default async function AttentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoachPage();
  const page = parsePageNumber(await searchParams);
  const [t, td, { clients, total }] = await Promise.all([
    getTranslations('attention'),
    getTranslations('coachDashboard'),
    pageRiskClients(actor.practiceId, actor.userId, new Date(), {
      limit: ATTENTION_PAGE_SIZE,
      offset: pageOffset(page, ATTENTION_PAGE_SIZE),
    }),
  ]);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Link href="/dashboard" className="text-sm">
          ← {t('back')}
        </Link>
        <h1>{t('title')}</h1>
        <p className="text-sm text-slate-600">{td('riskIntro')}</p>
        {clients.length > 0 && (
          <p className="text-sm font-medium text-slate-700" data-testid="attention-count">
            {t('count', { count: total })}
          </p>
        )}
      </div>

      {clients.length > 0 ? (
        <>
          <section className="card border-l-4 border-l-amber-400" aria-label={t('listLabel')}>
            <LinkList items={attentionItems(clients, td)} />
          </section>
          <Pagination page={page} pages={pageCount(total, ATTENTION_PAGE_SIZE)} href={attentionHref} />
        </>
      ) : page > 1 ? (
        <EmptyList title={t('pageEmptyTitle')} body={t('pageEmptyBody')} href={attentionHref()} label={t('toFirstPage')} />
      ) : (
        <EmptyList title={td('riskEmpty')} href="/dashboard" label={t('toDashboard')} />
      )}
    </div>
  );
}
