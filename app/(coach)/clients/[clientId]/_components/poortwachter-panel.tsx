import { getFormatter, getTranslations } from 'next-intl/server';
import type { ComponentType } from 'react';
import { clientPoortwachterTimeline, poortwachterTimelineOf } from '@/db/queries/poortwachter-due';
import { dateForDisplay, todayIn } from '@/lib/caseload/dates';
import {
  isMarkable,
  isOverdue,
  type MarkableKind,
  type Milestone,
  type MilestoneState,
  type SickLeaveEvent,
} from '@/lib/caseload/poortwachter';
import type { MarkPoortwachterStepInput } from '@/lib/schemas/poortwachter-step';
import type { StepDay } from './lifecycle-controls';

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
  /**
   * The button that records a step as taken (or takes it back), on the page that offers it (the overview); the plan
   * page shows the steps without it, and so carries none of its script.
   */
  StepControl?: ComponentType<{ step: MarkPoortwachterStepInput; label: string; stepName: string; day?: StepDay }>;
};

/**
 * Wet verbetering poortwachter: what the law expects by when, counted in sick days from the first sick day;
 * an earlier spell that ended less than four weeks before is counted as part of this one. The page has checked access and may have read the
 * client's sick-leave events with the client (db/queries/client-overview.ts loadClientOverview).
 * A closed trajectory (which may keep its sick leave on record) is no longer tracked: the timeline as it stood on the
 * closing day, or, should a closed record have no closing day, no timeline at all.
 */
export async function PoortwachterPanel({ practiceId, client, events, StepControl }: Props) {
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
  // A button for the steps that have passed or are due soon, and for the next one still open (a plan van aanpak is often
  // made well before its week), or to take one back; not for every step months ahead.
  const next = timeline.milestones.find((m) => isMarkable(m) && !m.done && m.state === 'upcoming');
  const markable = (m: Milestone): m is Milestone & { kind: MarkableKind } =>
    isMarkable(m) && (Boolean(m.done) || m.state !== 'upcoming' || m === next);
  const weekText = (m: Milestone) => (m.opensWeek ? t('weeks', { from: m.opensWeek, to: m.week }) : t('week', { week: m.week }));
  // Passed without being recorded as taken, in a timeline that still runs: the coach has to find out (a missed step can
  // cost the employer a wage sanction); not in one frozen at the closing or ended by recovery.
  const overdue = (m: Milestone) => !closedOn && !timeline.recoveredOn && isOverdue(m);
  // Recorded as taken after its date: said, not only a check.
  const doneText = (m: Milestone) => t(m.done! > m.due ? 'doneLateOn' : 'doneOn', { date: date(m.done!) });
  const dueText = (m: Milestone) => (m.opens ? t('window', { from: date(m.opens), to: date(m.due) }) : date(m.due));
  // Recording a step as taken asks on which day: from the period's first sick day up to today.
  const day: StepDay = { label: t('doneOnLabel'), today: todayIn(), since: timeline.since, save: t('saveDone'), cancel: t('cancelDone') };
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
            <li key={`${m.kind}-${m.week}`} className="flex items-start gap-3" data-step={m.kind} data-done={m.done ? '' : undefined}>
              {m.done ? (
                // A check, not a dot of another colour: the text beside it says "done" too.
                <span aria-hidden className="w-2.5 shrink-0 text-sm font-bold text-emerald-700">
                  ✓
                </span>
              ) : (
                <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${overdue(m) ? 'bg-red-600' : DOT[m.state]}`} />
              )}
              <div className="flex min-w-0 flex-1 flex-wrap items-center justify-between gap-x-3 gap-y-1">
                <span className={(m.state === 'passed' && !overdue(m)) || m.done ? 'text-slate-600' : 'font-medium'}>
                  {t(`milestones.${m.kind}`, { review: m.review ?? 0 })}
                  <span className="text-sm font-normal text-slate-600">
                    {' '}
                    · <span className="whitespace-nowrap">{weekText(m)}</span>
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className={`text-sm ${overdue(m) ? 'font-medium text-red-800' : 'text-slate-700'}`}>
                    {dueText(m)} · {m.done ? doneText(m) : t(overdue(m) ? 'states.overdue' : `states.${m.state}`)}
                  </span>
                  {/* A closed trajectory's timeline is frozen. */}
                  {StepControl && !closedOn && markable(m) && (
                    <StepControl
                      step={{ clientId: client.id, since: timeline.since, kind: m.kind, review: m.review ?? null, done: !m.done }}
                      label={t(m.done ? 'markOpen' : 'markDone')}
                      stepName={t(`milestones.${m.kind}`, { review: m.review ?? 0 })}
                      day={m.done ? undefined : day}
                    />
                  )}
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
