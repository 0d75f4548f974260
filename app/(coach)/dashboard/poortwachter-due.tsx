import { getFormatter, getTranslations } from 'next-intl/server';
import { listPoortwachterDue } from '@/db/queries/poortwachter-due';
import { dateForDisplay } from '@/lib/caseload/dates';
import { isOverdue } from '@/lib/caseload/poortwachter';
import { DashboardList } from './dashboard-list';

/** The coach's clients on sick leave with a poortwachter step overdue (not recorded as taken) or due in the next two weeks. */
export async function PoortwachterDue({ practiceId, coachId, today }: { practiceId: string; coachId: string; today: string }) {
  const [t, format, rows] = await Promise.all([
    getTranslations('clients.poortwachter'),
    getFormatter(),
    listPoortwachterDue(practiceId, coachId, today),
  ]);
  const date = (d: string) => format.dateTime(dateForDisplay(d), { day: 'numeric', month: 'short' });
  return (
    <DashboardList
      id="poortwachter"
      title={t('dueTitle')}
      intro={t('dueIntro')}
      empty={t('dueEmpty')}
      items={rows.map((r) => ({
        key: `${r.clientId}-${r.milestone.kind}-${r.milestone.week}`,
        href: `/clients/${r.clientId}`,
        primary: `${r.firstName} ${r.lastName}`,
        secondary: t(`milestones.${r.milestone.kind}`, { review: r.milestone.review ?? 0 }),
        meta: isOverdue(r.milestone)
          ? // Passed without being recorded as taken: the coach finds out whether it happened.
            t('dueOverdue', { date: date(r.milestone.due) })
          : r.milestone.opens
            ? t('dueWindow', { from: date(r.milestone.opens), to: date(r.milestone.due) })
            : // Wage continuation ends on its day: a date, not a deadline to meet.
              t(r.milestone.kind === 'wage_continuation_ends' ? 'dueOn' : 'dueBy', { date: date(r.milestone.due) }),
      }))}
      total={rows.length}
    />
  );
}
