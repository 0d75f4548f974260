import { useFormatter, useTranslations } from 'next-intl';
import { dateForDisplay, todayIn } from '@/lib/caseload/dates';
import { poortwachterMilestones, type MilestoneState } from '@/lib/caseload/poortwachter';

const DOT: Record<MilestoneState, string> = {
  passed: 'bg-slate-300',
  soon: 'bg-amber-500',
  upcoming: 'bg-brand-600',
};

/** Wet verbetering poortwachter: what the law expects by when, counted from the first sick day. */
export function PoortwachterPanel({ since }: { since: string }) {
  const t = useTranslations('clients.poortwachter');
  const format = useFormatter();
  const { week, milestones } = poortwachterMilestones(since, todayIn());
  const date = (d: string) => format.dateTime(dateForDisplay(d), { dateStyle: 'medium' });
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="poortwachter-title">
      <div>
        <h2 id="poortwachter-title">{t('title')}</h2>
        <p className="text-sm text-slate-600">{t('since', { date: date(since), week })}</p>
      </div>
      <ol className="flex flex-col gap-2">
        {milestones.map((m) => (
          <li key={`${m.kind}-${m.week}`} className="flex items-start gap-3">
            <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${DOT[m.state]}`} />
            <div className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-3">
              <span className={m.state === 'passed' ? 'text-slate-600' : 'font-medium'}>
                {t(`milestones.${m.kind}`, { review: m.review ?? 0 })}
                <span className="text-sm font-normal text-slate-600"> · {t('week', { week: m.week })}</span>
              </span>
              <span className="text-sm text-slate-700">
                {date(m.due)} · {t(`states.${m.state}`)}
              </span>
            </div>
          </li>
        ))}
      </ol>
      <p className="text-xs text-slate-600">{t('note')}</p>
    </section>
  );
}
