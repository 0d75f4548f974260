import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { TrendChartSvg } from '@/app/_components/charts/trend-chart';
import { listLatestCustomInstruments } from '@/db/queries/instruments';
import { listClientMeasurements } from '@/db/queries/measurements';
import { getScoringSettings } from '@/db/queries/practices';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { appLocale } from '@/lib/i18n/app-locale';
import { currentBuiltInInstruments, INDEX_KEYS, parseStoredInstrument } from '@/lib/instruments';
import { formSections, formSteps } from '@/lib/intake/form-layout';
import { instrumentsForMeasurements, recordMeasurementsListed } from '@/lib/intake/service';
import { storedIndices, storedIndicesFor } from '@/lib/intake/stored-scores';
import { trendGroups, versionsText } from '@/lib/intake/trend';
import { parseComponentSet } from '@/lib/scoring/component-sets';
import { profileFromIndices } from '@/lib/scoring/profile';
import { indexValueFormat } from '@/lib/scoring/shown-index-value';
import { AgreementRequired } from '../_components/agreement-required';
import { StartMeasurementForm } from './lazy-forms';
import { OwnScaleTrendChart } from './own-scale-trend-chart';
import type { InstrumentOption } from './start-measurement-form';

type Props = { params: Promise<{ clientId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('measurements'))('title') };
}

export default async function MeasurementsPage({ params }: Props) {
  const { clientId } = await params;
  const actor = await requireCoachPage();
  const client = await requireClientPage(actor, clientId);
  const [t, ts, format, locale, rows, customs, settings] = await Promise.all([
    getTranslations('measurements'),
    getTranslations(),
    getFormatter(),
    getLocale(),
    listClientMeasurements(actor.practiceId, client.id),
    listLatestCustomInstruments(actor.practiceId),
    getScoringSettings(actor.practiceId),
  ]);
  const lang = appLocale(locale);
  // The trend's values as the results page writes them (69.6 is no "70" beside the burnout signal), against the midpoint.
  const indexValue = indexValueFormat(locale);
  // Scores and profiles of every measurement: who looked is on record.
  const [instrumentOf] = await Promise.all([
    instrumentsForMeasurements(actor.practiceId, rows),
    recordMeasurementsListed(actor, client.id, rows.length),
  ]);

  const options: InstrumentOption[] = [
    ...currentBuiltInInstruments().map((i) => ({ key: i.key, label: i.name[lang], group: 'built_in' as const })),
    // Read with the stored rules, as starting a measurement does (lib/intake/service.ts resolveInstrument): a version
    // saved before the 11-value scale limit can still be started, so it is offered.
    ...customs.flatMap((c) => {
      const def = parseStoredInstrument(c.definition);
      if (!def) return [];
      const name = def.name[lang] || def.name.nl || def.name.en;
      return [{ key: c.key, label: t('customOption', { name, version: c.version }), group: 'custom' as const }];
    }),
  ];

  const completed = rows.filter((r) => r.status === 'completed' && r.completedAt);
  const trendInput = completed.map((r) => ({ id: r.id, date: (r.completedAt as Date).toISOString(), scores: r.scores }));
  // Like with like: one trend per comparable instrument (the check-in gets its own beside the intake).
  const byId = new Map(completed.map((r) => [r.id, r]));
  const set = parseComponentSet(settings?.componentSet);
  const groups = trendGroups(trendInput, (m) => instrumentOf(byId.get(m.id)!), set);
  const dayOf = (m: { date: string }) => format.dateTime(new Date(m.date), { day: 'numeric', month: 'short', year: '2-digit' });
  // Two measurements on one day are told apart by the time.
  const dateLabels = Object.fromEntries(
    trendInput.map((m) => [
      m.date,
      trendInput.filter((o) => dayOf(o) === dayOf(m)).length > 1
        ? `${dayOf(m)} ${format.dateTime(new Date(m.date), { timeStyle: 'short' })}`
        : dayOf(m),
    ]),
  );
  const indexNames = Object.fromEntries(INDEX_KEYS.map((k) => [k, ts(`index.name.${k}`)]));
  // A trend's heading and its chart's name (the SVG title, its label and the table's caption) name its questionnaire,
  // so that each chart is told apart; the same questionnaire in two trends (versions that do not compare) by its versions.
  const named = (
    group: (typeof groups)[number],
    key: 'trendTitleFor' | 'trendChartTitleFor' | 'trendOwnScaleChartTitle',
    withVersions: 'trendTitleForVersions' | 'trendChartTitleForVersions' | 'trendOwnScaleChartTitleForVersions',
  ) =>
    groups.filter((g) => g.instrument.key === group.instrument.key).length > 1
      ? t(withVersions, {
          instrument: group.instrument.name[lang],
          count: group.versionList.length,
          // The group's own versions, listed ("1 en 3"): a range "1 t/m 3" would name a version 2 that has a trend of its own.
          versions: versionsText(group.versionList, {
            range: (first, last) => t('versionRange', { first, last }),
            list: (parts) => format.list(parts, { type: 'conjunction' }),
          }),
        })
      : t(key, { instrument: group.instrument.name[lang] });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl">{t('title')}</h2>
          <p className="text-sm text-slate-600">{t('intro')}</p>
        </div>
        <Link href="/instruments" className="text-sm">
          {t('manageInstruments')}
        </Link>
      </div>

      <section className="card flex flex-col gap-3" aria-labelledby="start-title">
        <div>
          <h3 id="start-title" className="text-lg font-semibold">
            {t('startTitle')}
          </h3>
          <p className="text-sm text-slate-600">{t('startIntro')}</p>
        </div>
        {client.coachingAgreement ? (
          <StartMeasurementForm clientId={client.id} options={options} />
        ) : (
          <AgreementRequired clientId={client.id} />
        )}
      </section>

      {groups.map((group, n) =>
        group.series.length === 0 && !group.ownScale ? null : (
          <section
            key={`${group.instrument.key}-${n}`}
            className="card flex flex-col gap-3"
            aria-labelledby={`trend-title-${n}`}
            data-testid="trend"
            data-instrument={group.instrument.key}
          >
            <div>
              <h3 id={`trend-title-${n}`} className="text-lg font-semibold">
                {named(group, 'trendTitleFor', 'trendTitleForVersions')}
              </h3>
              {/* One point is no trend: a chart of a single cluster of dots says less than this sentence. */}
              <p className="text-sm text-slate-600">
                {group.measurements.length < 2
                  ? t('trendFromSecond')
                  : t(group.series.length > 0 ? 'trendIntro' : 'trendIntroOwnScale', { count: group.measurements.length })}
              </p>
              {groups.length > 1 && <p className="text-sm text-slate-600">{t('trendSeparate')}</p>}
            </div>
            {group.measurements.length > 1 && group.series.length > 0 && (
              <TrendChartSvg
                id={`trend-${n}`}
                title={named(group, 'trendChartTitleFor', 'trendChartTitleForVersions')}
                description={t('trendChartDescription', { count: group.measurements.length })}
                series={group.series}
                seriesNames={indexNames}
                dateLabels={dateLabels}
                missingText={t('noScore')}
                tableLabel={t('showTable')}
                firstHeader={t('index')}
                formatValue={indexValue}
              />
            )}
            {group.measurements.length > 1 && group.ownScale && (
              <OwnScaleTrendChart
                id={`trend-own-${n}`}
                instrument={group.instrument}
                trend={group.ownScale}
                count={group.measurements.length}
                title={named(group, 'trendOwnScaleChartTitle', 'trendOwnScaleChartTitleForVersions')}
                dateLabels={dateLabels}
                locale={lang}
                afterIndices={group.series.length > 0}
              />
            )}
          </section>
        ),
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="list-title">
        <h3 id="list-title" className="text-lg font-semibold">
          {t('listTitle')}
        </h3>
        {rows.length === 0 ? (
          <div className="empty-state">
            <p className="font-medium">{t('emptyTitle')}</p>
            <p className="text-slate-600">{t('emptyBody')}</p>
          </div>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="measurement-list">
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('started')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('instrument')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('administeredBy')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('status')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('profileMidpoint')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...rows].reverse().map((row) => {
                  const instrument = instrumentOf(row);
                  const total = instrument ? formSteps(formSections(instrument)).length : null;
                  const profile =
                    row.status === 'completed'
                      ? profileFromIndices(instrument ? storedIndicesFor(row.scores, instrument, set) : storedIndices(row.scores))
                      : null;
                  return (
                    <tr key={row.id} className="border-b border-slate-100 align-top">
                      <td className="py-3 pr-4 whitespace-nowrap">{format.dateTime(row.startedAt, { dateStyle: 'medium' })}</td>
                      <td className="py-3 pr-4">
                        {instrument ? instrument.name[lang] : row.instrumentKey}
                        {instrument?.origin === 'custom' && (
                          <span className="text-slate-500"> · {t('version', { version: row.instrumentVersion })}</span>
                        )}
                      </td>
                      <td className="py-3 pr-4">{row.administeredBy === 'client' ? t('byClient') : t('byCoach')}</td>
                      <td className="py-3 pr-4">
                        {row.status === 'completed' && row.completedAt ? (
                          <span className="inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-emerald-900">
                            {t('completedOn', { date: format.dateTime(row.completedAt, { dateStyle: 'medium' }) })}
                          </span>
                        ) : (
                          <span className="inline-flex rounded-full bg-amber-50 px-2 py-0.5 text-amber-900">
                            {total === null ? t('inProgress') : t('inProgressCount', { answered: row.answered, total })}
                          </span>
                        )}
                      </td>
                      <td className="py-3 pr-4">
                        {profile ? ts(`profile.short.${profile.key}`) : <span className="text-slate-500">—</span>}
                      </td>
                      <td className="py-3 text-right whitespace-nowrap">
                        {row.status === 'completed' ? (
                          <Link href={`/clients/${client.id}/measurements/${row.id}`}>{t('viewResults')}</Link>
                        ) : client.coachingAgreement ? (
                          <Link href={`/intake/${row.id}`}>{t('continue')}</Link>
                        ) : (
                          // Without the agreement every answer would be refused: the notice above says why.
                          <span className="text-slate-600">{t('continueNeedsAgreement')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
