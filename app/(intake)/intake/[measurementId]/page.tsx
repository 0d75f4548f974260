import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { MeasurementForm } from '@/app/_components/intake/measurement-form';
import { ReferencePeriodNotice } from '@/app/_components/reference-period-notice';
import { completeIntakeAction, saveIntakeAnswerAction } from '@/app/(coach)/clients/[clientId]/measurements/actions';
import { requireCoachPage } from '@/lib/auth/guards';
import { requireMeasurementPage } from '@/lib/auth/record-access';
import { appLocale } from '@/lib/i18n/app-locale';
import { formInstrument } from '@/lib/intake/form-instrument';
import { referencePeriodNotice } from '@/lib/intake/reference-period';
import { loadMeasurementForFilling, recordMeasurementOpened } from '@/lib/intake/service';

type Props = { params: Promise<{ measurementId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('intake'))('pageTitle') };
}

export default async function IntakePage({ params }: Props) {
  const { measurementId } = await params;
  const actor = await requireCoachPage();
  // The caller may reach it first; only then are the answers read.
  const { client } = await requireMeasurementPage(actor, measurementId);
  const [loaded, t, locale, format] = await Promise.all([
    loadMeasurementForFilling(actor.practiceId, measurementId),
    getTranslations('intake'),
    getLocale(),
    getFormatter(),
  ]);
  if (!loaded) notFound();
  const { measurement, instrument, answers } = loaded;
  const resultsHref = `/clients/${client.id}/measurements/${measurement.id}`;
  if (measurement.status === 'completed') redirect(resultsHref);
  const clientName = `${client.firstName} ${client.lastName}`;
  // Without the coaching agreement every answer would be refused (lib/intake/service.ts saveAnswer): said up front, with
  // the way to the consent, instead of a form; the answers so far are not shown.
  if (!client.coachingAgreement) {
    const [te, tc] = await Promise.all([getTranslations('errors'), getTranslations('common')]);
    return (
      <main id="main" className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-4 px-4 py-8">
        <h1 className="text-lg">{t('heading', { client: clientName })}</h1>
        {/* AgreementRequired's text, with a plain link: its next/link would add the router's link code to this page's
            JavaScript (about 3 kB) for a notice most intakes never show. */}
        <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="agreement-required">
          {te('consent_required')} <a href={`/clients/${client.id}#consents`}>{tc('toConsents')}</a>
        </p>
        <a href={`/clients/${client.id}/measurements`} className="btn btn-secondary btn-sm self-start">
          {t('exit')}
        </a>
      </main>
    );
  }
  // The answers so far are health data: who opened them is on record before they are shown.
  await recordMeasurementOpened(actor, measurement.id);
  const uiLocale = appLocale(locale);
  // Only for an instrument that states a work period, naming that period (three months, the check-in's two weeks).
  const period = referencePeriodNotice(client, instrument);
  const notice = period && (
    <ReferencePeriodNotice
      className="max-w-3xl"
      title={t('referencePeriod.title')}
      body={`${t(period.key, {
        client: client.firstName,
        since: period.params.since ? format.dateTime(new Date(`${period.params.since}T12:00:00Z`), { dateStyle: 'long' }) : '',
      })} ${t('referencePeriod.readAs', { period: period.period[uiLocale] })}`}
    />
  );

  const header = (
    <div className="border-b border-slate-100">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-3">
          {/* Wraps rather than cut off ("Intake met T…", "Inta…" with large text): the name is the one thing to read here. */}
          <h1 className="text-lg">{t('heading', { client: clientName })}</h1>
          <span className="hidden text-sm text-slate-600 sm:inline">
            {instrument.name[uiLocale]} · {t(measurement.administeredBy === 'client' ? 'administeredByClient' : 'administeredByCoach')}
          </span>
        </div>
        {/* A plain link: leaving the questionnaire may be a full load, and next/link here cost the page 5 kB of script
            (its own copy of the link code, and a prefetch of the measurements tab's forms). */}
        <a href={`/clients/${client.id}/measurements`} className="btn btn-secondary btn-sm shrink-0">
          {t('exit')}
        </a>
      </div>
    </div>
  );

  return (
    <main id="main" className="flex-1">
      <MeasurementForm
        instrument={formInstrument(instrument, uiLocale)}
        initialAnswers={answers}
        storageKey={`measurement:${measurement.id}:coach`}
        owner={actor.userId}
        saveAction={saveIntakeAnswerAction.bind(null, measurement.id)}
        completeAction={completeIntakeAction.bind(null, measurement.id)}
        mode="coach"
        onCompletedHref={resultsHref}
        focusOnCompleted="results-title"
        header={header}
        notice={notice}
      />
    </main>
  );
}
