import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listPortalHomework, listPortalSummaries, listPortalUpcomingSessions } from '@/db/queries/portal-records';
import { homeworkState } from '@/lib/homework/state';
import { homeworkTitle } from '@/lib/homework/title';
import { appLocale } from '@/lib/i18n/app-locale';
import { withYearIfOther } from '@/lib/i18n/date-options';
import { requirePortalClient } from '@/lib/portal/guards';
import { recordPortalView } from '@/lib/portal/service';
import { todayIn } from '@/lib/sessions/zoned-time';

export async function generateMetadata() {
  const t = await getTranslations('portal');
  // The layout's title template applies to the pages below it, not to this page of its own segment.
  return { title: { absolute: `${t('homeTitle')} · ${t('title')}` } };
}

const dateOnly = (date: string) => new Date(`${date}T12:00:00Z`);

export default async function PortalHomePage() {
  const client = await requirePortalClient('/portal');
  const now = new Date();
  const [t, tplan, ts, format, intlLocale, homework, upcoming, summaries, tr] = await Promise.all([
    getTranslations('portal'),
    getTranslations('planPortal'),
    getTranslations('sessions'),
    getFormatter(),
    getLocale(),
    listPortalHomework(client.practiceId, client.clientId),
    listPortalUpcomingSessions(client.practiceId, client.clientId, now),
    listPortalSummaries(client.practiceId, client.clientId),
    getTranslations('reports.downloads'),
  ]);
  await recordPortalView(client, 'home');
  const locale = appLocale(intlLocale);
  const today = todayIn(now);
  const open = homework.filter((h) => h.status !== 'submitted');
  const done = homework
    .filter((h) => h.status === 'submitted')
    .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0));

  return (
    <div className="flex flex-col gap-7">
      <div>
        <h1>{t('hello', { name: client.firstName })}</h1>
        <p className="text-slate-700">{open.length > 0 ? t('openCount', { count: open.length }) : t('nothingOpen')}</p>
      </div>

      <section className="flex flex-col gap-3" aria-labelledby="open-title">
        <h2 id="open-title">{t('openTitle')}</h2>
        {open.length === 0 ? (
          <p className="text-slate-600">{t('openEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="portal-open">
            {open.map((h) => {
              const overdue = homeworkState({ ...h, seenAt: null }, today) === 'overdue';
              return (
                <li key={h.id} className="card flex flex-col gap-3 p-4">
                  <div className="flex flex-col gap-1">
                    <h3 className="font-semibold">{homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName)}</h3>
                    <p className={`text-sm ${overdue ? 'font-medium text-amber-800' : 'text-slate-600'}`}>
                      {overdue
                        ? t('overdueSince', {
                            date: format.dateTime(
                              dateOnly(h.dueDate),
                              withYearIfOther({ day: 'numeric', month: 'long' }, h.dueDate, today),
                            ),
                          })
                        : t('dueOn', {
                            date: format.dateTime(
                              dateOnly(h.dueDate),
                              withYearIfOther({ weekday: 'long', day: 'numeric', month: 'long' }, h.dueDate, today),
                            ),
                          })}
                    </p>
                    {h.status === 'reopened' && <p className="text-sm text-violet-800">{t('reopenedNote')}</p>}
                  </div>
                  <a
                    href={`/portal/homework/${h.id}`}
                    className="btn btn-primary w-full"
                    aria-label={t('openHomeworkNamed', { task: homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName) })}
                  >
                    {t('openHomework')}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card flex flex-col gap-3 p-4" aria-labelledby="plan-link-title">
        <h2 id="plan-link-title">{tplan('title')}</h2>
        <p className="text-slate-700">{tplan('linkIntro')}</p>
        <a href="/portal/plan" className="btn btn-secondary w-full">
          {tplan('link')}
        </a>
        <p className="text-slate-700">{tr('portalIntro')}</p>
        {/* A plain link: the route answers with the PDF as an attachment (min-h-11: a 44px target). No `download`: a refusal
            page or the redirect to the sign-in page must show as a page, not be saved as a file. */}
        <a href="/portal/report" className="btn btn-secondary min-h-11 w-full">
          {tr('portal')}
        </a>
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('upcomingTitle')}</h2>
        {upcoming.length === 0 ? (
          <p className="text-slate-600">{t('upcomingEmpty')}</p>
        ) : (
          <ul className="card divide-y divide-slate-100 p-0">
            {upcoming.map((s) => (
              <li key={s.id} className="flex flex-col px-4 py-3">
                <span className="font-medium first-letter:uppercase">
                  {format.dateTime(
                    s.startsAt,
                    withYearIfOther({ weekday: 'long', day: 'numeric', month: 'long' }, todayIn(s.startsAt), today),
                  )}
                  , {format.dateTime(s.startsAt, { hour: '2-digit', minute: '2-digit' })}
                </span>
                <span className="text-sm text-slate-600">
                  {ts(`kinds.${s.kind}`)} · {ts(`locations.${s.location}`)} · {t('minutes', { count: s.durationMinutes })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="summaries-title">
        <h2 id="summaries-title">{t('summariesTitle')}</h2>
        {summaries.length === 0 ? (
          <p className="text-slate-600">{t('summariesEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {summaries.map((s) => (
              <li key={s.id} className="card flex flex-col gap-1 p-4">
                <h3 className="text-sm font-semibold text-slate-700 first-letter:uppercase">
                  {format.dateTime(s.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} ·{' '}
                  {ts(`kinds.${s.kind}`)}
                </h3>
                <p className="whitespace-pre-line">{s.clientSummary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="done-title">
        <h2 id="done-title">{t('doneTitle')}</h2>
        {done.length === 0 ? (
          <p className="text-slate-600">{t('doneEmpty')}</p>
        ) : (
          <ul className="card divide-y divide-slate-100 p-0" data-testid="portal-done">
            {done.map((h) => (
              <li key={h.id}>
                <a href={`/portal/homework/${h.id}`} className="flex min-h-11 flex-col px-4 py-3">
                  <span className="font-medium">{homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName)}</span>
                  {h.submittedAt && (
                    <span className="text-sm text-slate-600">
                      {t('submittedOn', { date: format.dateTime(h.submittedAt, { day: 'numeric', month: 'long' }) })}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
