import { getFormatter, getTranslations } from 'next-intl/server';
import { clientPoortwachterTimeline, poortwachterTimelineOf } from '@/db/queries/poortwachter-due';
import { dateForDisplay, todayIn } from '@/lib/caseload/dates';
import type { Milestone, MilestoneState, SickLeaveEvent } from '@/lib/caseload/poortwachter';

const DOT: Record<MilestoneState, string> = {
  passed: 'bg-slate-300',
  soon: 'bg-amber-500',
  upcoming: 'bg-brand-600',
};

type Props = {
  practiceId: string;
  client: { id: string; onSickLeave: boolean; sickLeaveSince: string | null; status: string; closedOn: string | null };
  /** The client's sick-leave events when the page read them already; otherwise the panel reads them. */
  events?: readonly SickLeaveEvent[];
};

/**
 * Wet verbetering poortwachter: what the law expects by when, counted in sick days from the first sick day;
 * an earlier spell that ended less than four weeks before is counted as part of this one. The page has checked access and may have read the
 * client's sick-leave events with the client (db/queries/client-overview.ts loadClientOverview).
 * A closed trajectory (which may keep its sick leave on record) is no longer tracked: the timeline as it stood on the
 * closing day, or, should a closed record have no closing day, no timeline at all.
 */
export async function PoortwachterPanel({ practiceId, client, events }: Props) {
  const [t, format] = await Promise.all([getTranslations('clients.poortwachter'), getFormatter()]);
  const date = (d: string) => format.dateTime(dateForDisplay(d), { dateStyle: 'medium' });
  const closed = client.status === 'closed';
  if (closed && !client.closedOn) {
    return (
      <section className="card flex flex-col gap-3" aria-labelledby="poortwachter-title">
        <h2 id="poortwachter-title">{t('title')}</h2>
        <p className="text-sm text-slate-600" data-testid="poortwachter-closed">
          {t('closedUndated')}
        </p>
      </section>
    );
  }
  const closedOn = closed ? client.closedOn : null;
  // Closed: the timeline as it stood on the closing day (null for a sick leave entered after it: no panel).
  const input = { ...client, closedOn };
  const timeline = events
    ? poortwachterTimelineOf(input, events, todayIn())
    : await clientPoortwachterTimeline(practiceId, input, todayIn());
  if (!timeline) return null;
  // A first sick day after the closing is not part of the frozen period, so not "merged" into it either.
  const merged =
    client.sickLeaveSince !== null && timeline.since !== client.sickLeaveSince && !(closedOn && client.sickLeaveSince > closedOn);
  const weekText = (m: Milestone) => (m.opensWeek ? t('weeks', { from: m.opensWeek, to: m.week }) : t('week', { week: m.week }));
  const dueText = (m: Milestone) => (m.opens ? t('window', { from: date(m.opens), to: date(m.due) }) : date(m.due));
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="poortwachter-title">
      <div>
        <h2 id="poortwachter-title">{t('title')}</h2>
        <p className="text-sm text-slate-600">
          {t(closedOn ? 'sinceClosed' : 'since', { date: date(timeline.since), week: timeline.week })}
        </p>
        {merged && <p className="text-sm text-slate-600">{t('merged', { date: date(client.sickLeaveSince!) })}</p>}
        {closedOn && (
          <p className="text-sm text-slate-600" data-testid="poortwachter-closed">
            {t('closed', { date: date(closedOn) })}
          </p>
        )}
      </div>
      {/* Closed before the first step was due: nothing to list. */}
      {timeline.milestones.length > 0 && (
        <ol className="flex flex-col gap-2">
          {timeline.milestones.map((m) => (
            <li key={`${m.kind}-${m.week}`} className="flex items-start gap-3">
              <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${DOT[m.state]}`} />
              <div className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-3">
                <span className={m.state === 'passed' ? 'text-slate-600' : 'font-medium'}>
                  {t(`milestones.${m.kind}`, { review: m.review ?? 0 })}
                  <span className="text-sm font-normal text-slate-600">
                    {' '}
                    · <span className="whitespace-nowrap">{weekText(m)}</span>
                  </span>
                </span>
                <span className="text-sm text-slate-700">
                  {dueText(m)} · {t(`states.${m.state}`)}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-600">{t('note')}</p>
    </section>
  );
}
