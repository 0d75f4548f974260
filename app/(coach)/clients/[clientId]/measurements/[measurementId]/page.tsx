import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { auditEntry } from '@/lib/audit';
import { requireCoachPage } from '@/lib/auth/guards';
import { requireMeasurementPage } from '@/lib/auth/record-access';
import { appLocale } from '@/lib/i18n/app-locale';
import { loadResultsView } from '@/lib/intake/results-view';
import { referencePoint } from '@/lib/scoring/profile';
import { localizeSignalParams } from '@/lib/scoring/signals';
import { AgreementRequired } from '../../_components/agreement-required';
import { DimensionFlags } from './dimension-flags';
import { DimensionGroups } from './dimension-groups';
import { IndexOverview } from './index-overview';
import { OwnWords } from './own-words';
import { ProfileCard } from './profile-card';
import { ReopenButton } from './reopen-button';

type Props = {
  params: Promise<{ clientId: string; measurementId: string }>;
  searchParams: Promise<{ ref?: string | string[] }>;
};

export async function generateMetadata() {
  return { title: (await getTranslations('results'))('metaTitle') };
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const [{ clientId, measurementId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireCoachPage();
  const { client } = await requireMeasurementPage(actor, measurementId, clientId);
  const [t, ts, format, locale] = await Promise.all([getTranslations('results'), getTranslations(), getFormatter(), getLocale()]);
  const view = await loadResultsView(actor.practiceId, client.id, measurementId, {
    ref: query.ref,
    pointLabel: (date) => format.dateTime(date, { dateStyle: 'medium' }),
    // Who looked at health data, in the audit log: written with the client's history, read for completed results only.
    viewed: auditEntry({
      practiceId: actor.practiceId,
      actorUserId: actor.userId,
      action: 'measurement.viewed',
      entityType: 'measurement',
      entityId: measurementId,
    }),
  });
  if (!view) notFound();
  const { measurement, instrument } = view;
  const lang = appLocale(locale);
  const listHref = `/clients/${client.id}/measurements`;

  if (view.status !== 'completed') {
    return (
      <div className="flex flex-col gap-4">
        <Link href={listHref} className="text-sm">
          ← {t('backToList')}
        </Link>
        <div className="empty-state">
          <h2>{t('notCompletedTitle', { instrument: instrument.name[lang] })}</h2>
          <p className="text-slate-600">{t('notCompletedBody')}</p>
          {/* Without the agreement no answer is saved: no way into a form that would refuse every one. */}
          {client.coachingAgreement ? (
            <Link href={`/intake/${measurement.id}`} className="btn btn-primary">
              {t('continueIntake')}
            </Link>
          ) : (
            <AgreementRequired clientId={client.id} />
          )}
        </div>
      </div>
    );
  }

  const { model, chosen, previous, path, answers } = view;
  const dimensionNames = Object.fromEntries(instrument.dimensions.map((d) => [d.key, d.name[lang]]));
  const { completedAt } = view;

  return (
    <div className="flex flex-col gap-6" data-testid="results">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Link href={listHref} className="text-sm">
            ← {t('backToList')}
          </Link>
          {/* Completing the live intake lands here: the focus goes to what the coach now reads, not to the page. */}
          <h2 id="results-title" tabIndex={-1} className="text-xl">
            {t('title', { instrument: instrument.name[lang] })}
          </h2>
          <FocusOnArrival id="results-title" />
          <p className="text-sm text-slate-600">
            {t('meta', {
              date: format.dateTime(completedAt, { dateStyle: 'long' }),
              by: measurement.administeredBy,
              version: instrument.version,
            })}
          </p>
        </div>
        {/* Reopening takes the scores away, and without the agreement nothing could be saved or completed again
            (lib/intake/service.ts reopenMeasurement refuses it too): said instead of offered. */}
        {client.coachingAgreement ? (
          <ReopenButton
            measurementId={measurement.id}
            labels={{ reopen: t('reopen'), confirm: t('reopenConfirm'), yes: t('reopenYes'), cancel: t('cancel') }}
          />
        ) : (
          <p className="max-w-xs text-sm text-slate-600" data-testid="reopen-needs-agreement">
            {t('reopenNeedsAgreement')} <Link href={`/clients/${client.id}#consents`}>{t('toConsents')}</Link>
          </p>
        )}
      </div>

      {model.signals.length > 0 && (
        <section className="rounded-lg border border-amber-300 bg-amber-50 p-5" aria-labelledby="signals-title" data-testid="signals">
          <h3 id="signals-title" className="text-lg font-semibold text-amber-950">
            {t('signalsTitle')}
          </h3>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-amber-950">
            {model.signals.map((s, i) => (
              <li key={`${s.reason}-${i}`} data-signal={s.key}>
                {ts(s.reason, localizeSignalParams(s, instrument, lang))}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-amber-900">{t('signalsNote')}</p>
        </section>
      )}

      <DimensionFlags flags={model.flags} locale={lang} />

      {(model.profile || model.indices.some((i) => i.key === 'demands' || i.key === 'work_resources')) && (
        <ProfileCard
          profile={model.profile}
          chosen={chosen}
          points={path}
          baseHref={`${listHref}/${measurement.id}`}
          componentSet={model.componentSet}
          leftOut={model.leftOut.map((l) => ({ name: l.name[lang], mirror: l.mirror[lang] }))}
        />
      )}

      {model.indices.length > 0 && (
        <IndexOverview
          indices={model.indices}
          previousDate={previous?.completedAt ?? null}
          comparison={model.comparison}
          dimensionNames={dimensionNames}
          // The split the profile card states: an index beside it never reads on its other side.
          split={referencePoint(chosen.reference)}
        />
      )}

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-2">
        <DimensionGroups groups={model.groups} locale={lang} ownScale={model.ownScale} />
      </div>

      <OwnWords model={model} instrument={instrument} answers={answers} locale={lang} />
    </div>
  );
}
