import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { EmptyList } from '@/app/_components/status/empty-list';
import { pageNewSubmissions, pageOverdueHomework } from '@/db/queries/dashboard';
import { requireCoachPage } from '@/lib/auth/guards';
import { pageCount } from '@/lib/caseload/list-params';
import { HOMEWORK_INBOX_LISTS, HOMEWORK_PAGE_SIZE, homeworkInboxHref, parseHomeworkInbox } from '@/lib/homework/inbox';
import { appLocale } from '@/lib/i18n/app-locale';
import { pageOffset } from '@/lib/list-page';
import { todayIn } from '@/lib/sessions/zoned-time';
import { Pagination } from '../clients/_components/pagination';
import { LinkList } from '../dashboard/dashboard-list';
import { overdueItems, submissionItems } from '../dashboard/homework-items';

export async function generateMetadata() {
  return { title: (await getTranslations('homeworkInbox'))('title') };
}

/**
 * The dashboard's two homework cards in full: the new submissions of the coach's own clients and their overdue
 * homework, one list at a time, by the same rules and order. The dashboard shows the first ten of each.
 */
export default async function HomeworkInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireCoachPage();
  const { list, page } = parseHomeworkInbox(await searchParams);
  const now = new Date();
  const rows = { limit: HOMEWORK_PAGE_SIZE, offset: pageOffset(page, HOMEWORK_PAGE_SIZE) };
  const [t, td, format, intlLocale, submitted, overdue] = await Promise.all([
    getTranslations('homeworkInbox'),
    getTranslations('coachDashboard'),
    getFormatter(),
    getLocale(),
    list === 'submitted' ? pageNewSubmissions(actor.practiceId, actor.userId, rows) : null,
    list === 'overdue' ? pageOverdueHomework(actor.practiceId, actor.userId, todayIn(now), rows) : null,
  ]);
  const locale = appLocale(intlLocale);
  const items = submitted ? submissionItems(submitted.rows, format, now, locale) : overdueItems(overdue!.rows, format, td, locale);
  const total = (submitted ?? overdue)!.total;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Link href="/dashboard" className="text-sm">
          ← {t('back')}
        </Link>
        <h1>{t('title')}</h1>
      </div>

      <nav aria-label={t('lists')} className="overflow-x-auto border-b border-slate-200">
        <ul className="flex gap-1">
          {HOMEWORK_INBOX_LISTS.map((key) => (
            <li key={key}>
              <Link
                href={homeworkInboxHref(key)}
                aria-current={key === list ? 'page' : undefined}
                className="-mb-px flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-slate-600 no-underline hover:border-slate-300 hover:text-slate-900 hover:no-underline aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">{t(list === 'submitted' ? 'submittedIntro' : 'overdueIntro')}</p>
        {items.length > 0 && (
          <p className="text-sm font-medium text-slate-700" data-testid="homework-inbox-count">
            {t('count', { count: total })}
          </p>
        )}
      </div>

      {items.length > 0 ? (
        <>
          <section
            className={`card ${list === 'overdue' ? 'border-l-4 border-l-amber-400' : ''}`}
            aria-label={td(list === 'submitted' ? 'submissionsTitle' : 'overdueTitle')}
          >
            <LinkList items={items} />
          </section>
          <Pagination page={page} pages={pageCount(total, HOMEWORK_PAGE_SIZE)} href={(p) => homeworkInboxHref(list, p)} />
        </>
      ) : page > 1 ? (
        <EmptyList title={t('pageEmptyTitle')} body={t('pageEmptyBody')} href={homeworkInboxHref(list)} label={t('toFirstPage')} />
      ) : (
        <EmptyList title={td(list === 'submitted' ? 'submissionsEmpty' : 'overdueEmpty')} href="/dashboard" label={t('toDashboard')} />
      )}
    </div>
  );
}
