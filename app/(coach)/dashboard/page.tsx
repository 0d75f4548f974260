import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { dashboardHomework, pageRiskClients } from '@/db/queries/dashboard';
import { listCoachSessions } from '@/db/queries/sessions';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { ATTENTION_ON_DASHBOARD, attentionHref } from '@/lib/caseload/attention-list';
import { HOMEWORK_ON_DASHBOARD, homeworkInboxHref } from '@/lib/homework/inbox';
import { appLocale } from '@/lib/i18n/app-locale';
import { addDays, startOfDay, todayIn, utcToZoned } from '@/lib/sessions/zoned-time';
import { attentionItems } from './attention-items';
import { DashboardList } from './dashboard-list';
import { GettingStarted } from './getting-started';
import { overdueItems, submissionItems } from './homework-items';
import { PoortwachterDue } from './poortwachter-due';
import { SessionList } from './session-list';

/**
 * The next days' sessions shown on the dashboard, the soonest first; the agenda lists them all. Without a limit a
 * busy coach's week (some 45 sessions in the benchmark's practice) made this card a third of the page.
 */
const WEEK_SHOWN = 10;

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const actor = await requireCoachPage();
  const now = new Date();
  const today = todayIn(now);
  // Today, then the seven days after it: on a Friday "this week" still shows next Monday.
  const weekEnd = addDays(today, 8);
  // Three statements for these lists (homework lists merged), one for the poortwachter list.
  const [t, td, format, intlLocale, { hasClients, submissions, overdue }, sessions, risk] = await Promise.all([
    getTranslations('coachDashboard'),
    getTranslations('dashboard'),
    getFormatter(),
    getLocale(),
    // "Getting started" while this coach sees no client: under "only assigned clients", none of their own yet.
    visibleCoachFilter(actor).then((visibleTo) =>
      dashboardHomework(actor.practiceId, actor.userId, today, HOMEWORK_ON_DASHBOARD, visibleTo),
    ),
    visibleCoachFilter(actor).then((visibleTo) =>
      listCoachSessions(actor.practiceId, actor.userId, visibleTo, { from: startOfDay(today), until: startOfDay(weekEnd) }),
    ),
    pageRiskClients(actor.practiceId, actor.userId, now, { limit: ATTENTION_ON_DASHBOARD, offset: 0 }),
  ]);
  const locale = appLocale(intlLocale);
  // The rest of a long list is a page of its own (the same order, a page at a time): the card links there.
  const more = (list: { rows: unknown[]; total: number }, href: string, key: 'submissionsMore' | 'overdueMore' | 'riskMore') =>
    list.total > list.rows.length ? { href, label: t(key, { count: list.total - list.rows.length }) } : undefined;
  const todays = sessions.filter((s) => utcToZoned(s.startsAt).date === today);
  const later = sessions.filter((s) => utcToZoned(s.startsAt).date !== today);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1>{td('greeting', { name: actor.name })}</h1>
        <p className="text-slate-600">{td('today', { date: format.dateTime(now, { dateStyle: 'full' }) })}</p>
      </div>
      {!hasClients && <GettingStarted owner={actor.role === 'owner'} />}

      <div className="grid gap-4 lg:grid-cols-2">
        <SessionList id="today" title={t('todayTitle')} empty={t('todayEmpty')} sessions={todays} now={now} timeOnly />
        {/* The agenda from tomorrow shows the same seven days, the ones this card leaves out included. */}
        <SessionList
          id="week"
          title={t('weekTitle')}
          empty={t('weekEmpty')}
          sessions={later}
          now={now}
          limit={WEEK_SHOWN}
          agendaLink={`/agenda?from=${addDays(today, 1)}`}
        />

        <DashboardList
          id="submissions"
          title={t('submissionsTitle')}
          empty={t('submissionsEmpty')}
          items={submissionItems(submissions.rows, format, now, locale)}
          total={submissions.total}
          footer={more(submissions, homeworkInboxHref('submitted'), 'submissionsMore')}
        />
        <DashboardList
          id="overdue"
          title={t('overdueTitle')}
          empty={t('overdueEmpty')}
          tone="warning"
          items={overdueItems(overdue.rows, format, t, locale)}
          total={overdue.total}
          footer={more(overdue, homeworkInboxHref('overdue'), 'overdueMore')}
        />
        <PoortwachterDue practiceId={actor.practiceId} coachId={actor.userId} today={today} />
        <div className="lg:col-span-2">
          <DashboardList
            id="risk"
            title={t('riskTitle')}
            intro={t('riskIntro')}
            empty={t('riskEmpty')}
            tone="warning"
            items={attentionItems(risk.clients, t)}
            total={risk.total}
            footer={more({ rows: risk.clients, total: risk.total }, attentionHref(), 'riskMore')}
          />
        </div>
      </div>
    </div>
  );
}
