import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { ReferencePeriodNotice } from '@/app/_components/reference-period-notice';
import { AnswersView } from '@/app/(coach)/clients/[clientId]/homework/answers-view';
import { listAnswers } from '@/db/queries/homework';
import { findPortalSickLeave } from '@/db/queries/portal-records';
import { answerDateRange } from '@/lib/homework/answer-dates';
import { homeworkState } from '@/lib/homework/state';
import { formTemplates, isFormTemplate } from '@/lib/homework/templates';
import { homeworkTitle } from '@/lib/homework/title';
import { appLocale } from '@/lib/i18n/app-locale';
import { withYearIfOther } from '@/lib/i18n/date-options';
import { formInstrument } from '@/lib/intake/form-instrument';
import { referencePeriodNotice } from '@/lib/intake/reference-period';
import { loadMeasurementForFilling } from '@/lib/intake/service';
import { currentPortalClient, requirePortalClient } from '@/lib/portal/guards';
import { withOwnWordsTitle } from '@/lib/portal/measure-again';
import { findOwnHomeworkPage, recordPortalView } from '@/lib/portal/service';
import { todayIn } from '@/lib/sessions/zoned-time';
import { HomeworkForm } from './homework-form';
import { MeasureAgainForm } from './measure-again-form';

/** The homework's own name in the tab, so that two open homework pages (or the history) can be told apart. */
export async function generateMetadata({ params }: { params: Promise<{ homeworkId: string }> }) {
  const [{ homeworkId }, client, t, intlLocale] = await Promise.all([
    params,
    currentPortalClient(),
    getTranslations('portal'),
    getLocale(),
  ]);
  const item = client ? await findOwnHomeworkPage(client, homeworkId) : null;
  return {
    title: item ? homeworkTitle(item.template, item.instrumentKey, appLocale(intlLocale), item.instrumentName) : t('homeworkTitle'),
  };
}

export default async function PortalHomeworkPage({ params }: { params: Promise<{ homeworkId: string }> }) {
  const { homeworkId } = await params;
  const client = await requirePortalClient(`/portal/homework/${homeworkId}`);
  // Someone else's homework is "not found", like one that does not exist; nothing is written.
  const item = await findOwnHomeworkPage(client, homeworkId);
  if (!item) notFound();
  await recordPortalView(client, { homeworkId: item.id });
  const [t, format, intlLocale] = await Promise.all([getTranslations('portal'), getFormatter(), getLocale()]);
  const locale = appLocale(intlLocale);
  const submitted = item.status === 'submitted';
  const today = todayIn();
  const template = isFormTemplate(item.template) ? formTemplates[item.template] : null;

  let body: React.ReactNode;
  if (!submitted && !item.agreed) {
    // No coaching agreement (any more): no answer would be kept, so the form is not offered; the coach is the way on.
    body = (
      <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="portal-no-agreement">
        {t('homework.noAgreement')}
      </p>
    );
  } else if (template) {
    const answers = await listAnswers(client.practiceId, item.id);
    body = submitted ? (
      <AnswersView template={template} answers={answers} locale={locale} headingLevel={2} />
    ) : (
      <HomeworkForm homeworkId={item.id} groups={template.groups} locale={locale} initialAnswers={answers} dateRange={answerDateRange()} />
    );
  } else {
    const [filling, sickLeave] = await Promise.all([
      item.measurementId && !submitted
        ? loadMeasurementForFilling(client.practiceId, item.measurementId, { forClient: true })
        : Promise.resolve(null),
      submitted ? Promise.resolve(null) : findPortalSickLeave(client.practiceId, client.clientId),
    ]);
    // As at the coach's intake: on sick leave, the questions about work are about the last period they worked (only for a
    // questionnaire that states a period of work).
    const period = referencePeriodNotice(sickLeave, filling?.instrument ?? null);
    const notice = period && (
      <ReferencePeriodNotice
        title={t('homework.referencePeriod.title')}
        body={`${t(`homework.${period.key}`, {
          since: period.params.since ? format.dateTime(new Date(`${period.params.since}T12:00:00Z`), { dateStyle: 'long' }) : '',
        })} ${t('homework.referencePeriod.readAs', { period: period.period[locale] })}`}
      />
    );
    body =
      submitted || !filling ? (
        <p className="card">{t('measurementDone')}</p>
      ) : (
        <MeasureAgainForm
          homeworkId={item.id}
          instrument={withOwnWordsTitle(formInstrument(filling.instrument, locale), t('homework.ownWordsTitle'))}
          initialAnswers={filling.answers}
          notice={notice}
        />
      );
  }

  return (
    <div className="flex flex-col gap-5">
      <a href="/portal" className="inline-flex min-h-11 items-center text-sm">
        ← {t('toHome')}
      </a>
      <div className="flex flex-col gap-2">
        <h1>{homeworkTitle(item.template, item.instrumentKey, locale, item.instrumentName)}</h1>
        <p className="text-sm text-slate-600">
          {submitted && item.submittedAt
            ? t('submittedOn', { date: format.dateTime(item.submittedAt, { day: 'numeric', month: 'long' }) })
            : // Past its date, as on the portal's overview: not "please finish by" a day that has gone.
              homeworkState({ ...item, seenAt: null }, today) === 'overdue'
              ? t('overdueSince', {
                  date: format.dateTime(
                    new Date(`${item.dueDate}T12:00:00Z`),
                    withYearIfOther({ day: 'numeric', month: 'long' }, item.dueDate, today),
                  ),
                })
              : t('dueOn', {
                  date: format.dateTime(
                    new Date(`${item.dueDate}T12:00:00Z`),
                    withYearIfOther({ weekday: 'long', day: 'numeric', month: 'long' }, item.dueDate, today),
                  ),
                })}
        </p>
        {item.message && (
          <figure className="rounded-md border border-slate-200 bg-white p-3">
            <figcaption className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('coachMessage')}</figcaption>
            <blockquote className="whitespace-pre-line text-slate-800">{item.message}</blockquote>
          </figure>
        )}
        {submitted ? (
          <>
            <p id="submitted-note" tabIndex={-1} className="alert alert-success" data-testid="submitted-note">
              {/* "Measure again" shows no answers and cannot be reopened: its own note. */}
              {t(template ? 'submittedNote' : 'measurementSubmittedNote')}
            </p>
            <FocusOnArrival id="submitted-note" />
          </>
        ) : (
          template && <p className="text-slate-700">{template.intro[locale]}</p>
        )}
      </div>
      {body}
    </div>
  );
}
