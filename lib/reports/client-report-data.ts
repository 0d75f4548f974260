import 'server-only';
import { listPlanForReport, listSessionsForReport, type ReportClientHead, reportClientHead } from '@/db/queries/reports';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { axisTicks } from '@/lib/charts/axis-ticks';
import { seriesStyles } from '@/lib/charts/colors';
import { intlLocale, type Locale, TIME_ZONE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { CHECK_IN_KEY } from '@/lib/instruments/check-in';
import { INDEX_KEYS, type Instrument, scoredRange } from '@/lib/instruments/types';
import { readsOnOwnScale, scoringOf } from '@/lib/intake/own-scale';
import { GROUP_ORDER } from '@/lib/intake/results';
import { loadResultsView, type ResultsView } from '@/lib/intake/results-view';
import { instrumentsForMeasurements } from '@/lib/intake/service';
import { storedDimensions, storedIndices } from '@/lib/intake/stored-scores';
import { inReaderLanguage } from '@/lib/plans/library-text';
import { indexScore } from '@/lib/scoring/indices';
import { scoreFromDimensions } from '@/lib/scoring/score';
import { shownOwnScaleValue } from '@/lib/scoring/shown-own-scale';
import { burnoutSignals } from '@/lib/scoring/signals';
import type { MeasurementScores } from '@/lib/scoring/types';
import { reportBranding } from './branding';
import { formatReportDate } from './dates';
import { initialsOf } from './file-name';
import { reportProfile } from './report-profile';
import { reportSummary } from './summary';
import type { ClientReportData, ReportQuestionnaire, ReportTrend } from './types';

/** Plan items due within this many days are named under "next steps". */
const DUE_SOON_DAYS = 42;

/**
 * Everything the client report shows, for one client, in the client's language. The caller has checked
 * access. Figures come from the one results view model (lib/intake/results-view.ts); sessions come without
 * the coach's private notes (db/queries/reports.ts does not select them).
 */
export async function buildClientReportData(
  practiceId: string,
  clientId: string,
  now = new Date(),
  loadedHead?: ReportClientHead,
): Promise<ClientReportData | null> {
  // Round trips: the head (client, coach, practice, latest measurement) → the plan, the sessions and the
  // results view together. The caller may pass the head it already loaded.
  const head = loadedHead ?? (await reportClientHead(practiceId, clientId));
  if (!head) return null;
  const locale: Locale = head.locale === 'en' ? 'en' : 'nl';
  const t = translatorFor(locale);
  const shortDate = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: '2-digit', timeZone: TIME_ZONE });
  const practice = reportBranding(head);
  const [allItems, sessions, loaded] = await Promise.all([
    listPlanForReport(practiceId, clientId),
    listSessionsForReport(practiceId, clientId, now),
    head.latestMeasurementId
      ? loadResultsView(practiceId, clientId, head.latestMeasurementId, { pointLabel: (d) => shortDate.format(d), forClient: true })
      : null,
  ]);
  // A dropped item is no agreement: not counted, not listed (the client's portal plan does not show it either).
  const plan = allItems.filter((item) => item.status !== 'dropped');
  const held = sessions.filter((s) => s.status === 'held');
  const upcoming = sessions.filter((s) => s.status === 'planned').slice(0, 2);
  const view = loaded?.status === 'completed' ? loaded : null;

  const name = (o: { nl: string; en: string }) => o[locale];
  // Dimension scores go unrounded: the document shows them with shownDimensionValue (lib/scoring/shown-dimension-value.ts),
  // whole or, where the whole number would contradict the flag (74.6 is no "75"), with a decimal.
  const flags = view ? view.model.flags.map((f) => ({ label: name(f.name), score: f.score, kind: f.kind })) : [];
  const openItems = plan.filter((p) => p.status === 'planned' || p.status === 'in_progress');
  const indices = view?.model.scores.indices ?? {};
  // A questionnaire with cut-off bands is listed on its own scale (below), not as 0–100 bars and indices.
  const ownScale = Boolean(view?.model.ownScale);
  // Questionnaires without a JD-R profile taken after the measurement shown: beside it, never instead of it. Their
  // instruments were read by loadResultsView a moment ago (the history), so this asks the database nothing new.
  const laterRows = view ? laterMeasurements(view) : [];
  const instrumentOf = laterRows.length
    ? await instrumentsForMeasurements(
        practiceId,
        laterRows.map((m) => m.row),
      )
    : null;
  // Scored from the stored dimension scores under the practice's component set, as the trends are (no answers read).
  const set = view?.model.componentSet.requested;
  const later = laterRows.map((m) => {
    const instrument = instrumentOf?.(m.row) ?? m.groupInstrument;
    return { m, instrument, scores: scoreFromDimensions(instrument, storedDimensions(m.scores), set) };
  });
  // The summary's burnout and engagement sentences follow the newest measurement shown that has the index.
  const outcomeSources = [
    ...(view ? [{ indices, burnoutHigh: view.model.signals.some((s) => s.key === 'burnout_high') }] : []),
    ...later.map((l) => ({ indices: l.scores.indices, burnoutHigh: burnoutSignals(l.instrument, l.scores).length > 0 })),
  ].reverse();
  const burnoutFrom = outcomeSources.find((o) => o.indices.burnout);
  const engagementFrom = outcomeSources.find((o) => o.indices.engagement);

  const data: ClientReportData = {
    locale,
    generatedAt: now.toISOString(),
    practice,
    coach: { name: head.coachName, email: head.coachEmail },
    client: { name: `${head.firstName} ${head.lastName}`.trim(), initials: initialsOf(head.firstName, head.lastName) },
    measurement: view ? { date: view.completedAt.toISOString(), instrumentName: name(view.instrument.name) } : null,
    summary: reportSummary(
      {
        measuredOn: view ? formatReportDate(view.completedAt.toISOString(), locale) : null,
        profileKey: view?.model.profile?.key ?? null,
        highDemands: flags.filter((f) => f.kind === 'high_demand').map((f) => f.label),
        lowResources: flags.filter((f) => f.kind === 'low_resource').map((f) => f.label),
        burnoutSignal: Boolean(burnoutFrom?.burnoutHigh),
        engagement: engagementFrom ? indexScore(engagementFrom.indices, 'engagement') : null,
        planItems: plan.length,
        openPlanItems: openItems.length,
        sessionsHeld: held.length,
      },
      t,
    ),
    profile: view ? reportProfile(view.model.profile, { componentSet: view.model.componentSet.used, path: view.path }, t) : null,
    groups:
      view && !ownScale
        ? GROUP_ORDER.flatMap((group) => {
            const found = view.model.groups.find((g) => g.group === group);
            if (!found || group === 'burnout' || group === 'engagement') return [];
            const flagged = new Set(view.model.flags.map((f) => f.dimension));
            return [
              {
                key: group,
                title: t(`results.group.${group}.title`),
                rows: found.rows.map((r) => ({
                  key: r.key,
                  label: name(r.name),
                  score: r.result.status === 'scored' ? r.result.score : null,
                  flagged: flagged.has(r.key),
                })),
              },
            ];
          })
        : [],
    outcomes: view && !ownScale ? outcomeRows(indices, t) : [],
    questionnaires: [
      ...(view && ownScale ? [ownScaleList(view.instrument, view.model.scores, view.completedAt.toISOString(), 'main', locale)] : []),
      ...later.map(({ m, instrument, scores }) => {
        // A questionnaire whose subscales feed no index (a job crafting scale) has no 0–100 scores: its own scales then.
        const indexed = readsOnOwnScale(instrument) ? null : indexList(instrument, scores, m.date, locale, t);
        return indexed?.rows.length ? indexed : ownScaleList(instrument, scores, m.date, 'later', locale);
      }),
    ],
    flags,
    ownWords: view ? view.model.ownWords.map((w) => ({ question: name(w.question), answer: w.text })) : [],
    trends: view ? trendsOf(view, locale, t, shortDate) : [],
    plan: plan.map((item) => ({
      title: inReaderLanguage(item.source, 'title', item.title, locale),
      description: inReaderLanguage(item.source, 'description', item.description, locale),
      // Addressed to the client: "owner: you", not "owner: client"; a table cell, so with a capital ("Jij").
      owner: capitalised(t(`planPortal.owners.${item.owner}`), locale),
      status: t(`plan.statuses.${item.status}`),
      dueDate: item.dueDate,
      category: t(`plan.categories.${item.category}`),
      shared:
        item.employerWording !== null && item.releasedAt !== null
          ? { wording: item.employerWording, since: item.releasedAt.toISOString() }
          : null,
    })),
    sessions: held.map((s) => ({
      date: s.startsAt.toISOString(),
      kind: t(`sessions.kinds.${s.kind}`),
      summary: s.clientSummary.trim() || null,
      homework: s.agreedHomework
        .split('\n')
        .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
        .filter(Boolean),
    })),
    nextSteps: nextSteps(upcoming, openItems, now, locale, t),
  };
  return data;
}

function trendsOf(view: ResultsView, locale: Locale, t: ReturnType<typeof translatorFor>, short: Intl.DateTimeFormat): ReportTrend[] {
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: TIME_ZONE });
  // A group with one measurement has no trend yet; the document says so once when none has one. A questionnaire without
  // any 0–100 index (its subscales feed none) draws its dimensions on its own scale where it reads on one (sums, cut-offs);
  // otherwise a note says there is no line to draw, instead of an empty grid.
  return view.trends
    .filter((group) => group.measurements.length >= 2)
    .map((group): ReportTrend => {
      // A custom questionnaire may have no English name.
      const { name } = group.instrument;
      const instrumentName = name[locale] || name.nl || name.en;
      if (group.series.length === 0 && !group.ownScale) {
        return {
          instrumentName,
          series: [],
          dateLabels: {},
          seriesLabels: {},
          note: t('reports.client.trendWithoutScores'),
        };
      }
      // The points keep their ISO timestamps: the chart orders them by time ("2 mrt 26" does not parse, and sorted as
      // text it comes after "1 okt 26"). The display text goes beside them, as on the web chart; two measurements on
      // one day are told apart by the time.
      const dayOf = (m: { date: string }) => short.format(new Date(m.date));
      const dateLabels: Record<string, string> = Object.fromEntries(
        group.measurements.map((m) => [
          m.date,
          group.measurements.filter((o) => dayOf(o) === dayOf(m)).length > 1 ? `${dayOf(m)} ${time.format(new Date(m.date))}` : dayOf(m),
        ]),
      );
      // A questionnaire that feeds no index (a symptom list) but reads on its own scale: its dimensions over time, as the
      // coach's page draws them (lib/intake/trend.ts ownScaleTrend).
      if (group.series.length === 0 && group.ownScale) {
        const own = group.ownScale;
        return {
          instrumentName,
          series: own.series.map((s) => ({ key: s.key, points: s.points.map((p) => ({ date: p.date, value: p.value })) })),
          dateLabels,
          seriesLabels: Object.fromEntries(group.instrument.dimensions.map((d) => [d.key, d.name[locale] || d.name.nl || d.name.en])),
          note: null,
          ownScale: {
            domain: own.domain,
            ticks: axisTicks(own.domain.min, own.domain.max),
            styles: seriesStyles(own.series.map((s) => s.key)),
            caption: t('reports.client.trendOwnScale', {
              scoring: scoringOf(group.instrument.dimensions),
              min: own.domain.min,
              max: own.domain.max,
            }),
          },
        };
      }
      return {
        instrumentName,
        series: group.series.map((s) => ({ key: s.key, points: s.points.map((p) => ({ date: p.date, value: p.value })) })),
        dateLabels,
        seriesLabels: Object.fromEntries(group.series.map((s) => [s.key, t(`index.name.${s.key}`)])),
        note: null,
      };
    });
}

/**
 * The burnout and engagement indices (0–100) with what they do and do not say. Unrounded: the document shows them with
 * shownIndexValue (lib/scoring/shown-index-value.ts), whole or, where the whole number would contradict the burnout
 * signal the summary follows (69.6 is no "70"), with a decimal.
 */
function outcomeRows(indices: MeasurementScores['indices'], t: ReturnType<typeof translatorFor>): ClientReportData['outcomes'] {
  return (['burnout', 'engagement'] as const).flatMap((key) => {
    if (!(key in indices)) return [];
    const score = indexScore(indices, key);
    return [
      {
        key,
        label: t(`index.name.${key}`),
        score,
        note: t(key === 'burnout' ? 'reports.data.burnoutNote' : 'reports.data.engagementNote'),
      },
    ];
  });
}

/**
 * Whether stored scores have the two profile indices (demands and work resources). db/queries/reports.ts picks the
 * measurement the report is built on with the same rule, in SQL.
 */
function hasJdrProfile(scores: unknown): boolean {
  const indices = storedIndices(scores);
  return Boolean(indices.demands && indices.work_resources);
}

/**
 * Per instrument group the newest completed measurement, when it came after the one the report is built on and has
 * no JD-R profile (a BAT, a UWES), and is no session check-in (whose four broad scores have their own trend).
 */
function laterMeasurements(view: ResultsView) {
  const after = view.completedAt.getTime();
  return view.trends
    .flatMap((group) => {
      const newest = group.measurements[group.measurements.length - 1];
      if (!newest || newest.id === view.measurement.id || newest.row.instrumentKey === CHECK_IN_KEY) return [];
      if (Date.parse(newest.date) <= after || hasJdrProfile(newest.scores)) return [];
      return [{ ...newest, groupInstrument: group.instrument }];
    })
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/**
 * Each subscale with its mean (or sum) on the questionnaire's own scale and the band it falls in, in the JD-R order: a
 * questionnaire with cut-off bands, or one without any 0–100 index (then no band: "–").
 */
function ownScaleList(
  instrument: Instrument,
  scores: MeasurementScores,
  date: string,
  role: ReportQuestionnaire['role'],
  locale: Locale,
): ReportQuestionnaire {
  const text = (o: { nl: string; en: string }) => o[locale] || o.nl || o.en;
  const bySubscale = new Map(scores.subscales.map((s) => [s.key, s]));
  const dimensions = GROUP_ORDER.flatMap((group) => instrument.dimensions.filter((d) => d.group === group));
  const range = scoredRange(instrument.scale, instrument.recode);
  return {
    instrumentName: text(instrument.name),
    date,
    role,
    ownScale: {
      min: range.min,
      max: range.max,
      scoring: scoringOf(dimensions),
      bands: dimensions.some((d) => (d.bands?.length ?? 0) > 0),
    },
    rows: dimensions.map((d) => {
      const subscale = bySubscale.get(d.key);
      const result = subscale?.result;
      const raw = result?.status === 'scored' ? (d.scoring === 'sum' ? (result.sum ?? result.mean * result.total) : result.mean) : null;
      // As the results page shows it beside its bands (shownOwnScaleValue): never on the other side of a cut-off.
      const value =
        raw === null
          ? null
          : shownOwnScaleValue(
              raw,
              (d.bands ?? []).map((b) => b.upTo),
            );
      return {
        key: d.key,
        label: text(d.name),
        value,
        band: value !== null && subscale?.band ? { label: text(subscale.band.label), level: subscale.band.level } : null,
      };
    }),
  };
}

/**
 * A later questionnaire without cut-offs: its indices, 0–100 and unrounded, as the outcomes section shows the main
 * measurement's (the document writes them with shownIndexValue).
 */
function indexList(
  instrument: Instrument,
  scores: MeasurementScores,
  date: string,
  locale: Locale,
  t: ReturnType<typeof translatorFor>,
): ReportQuestionnaire {
  return {
    instrumentName: instrument.name[locale] || instrument.name.nl || instrument.name.en,
    date,
    role: 'later',
    ownScale: null,
    rows: INDEX_KEYS.flatMap((key) => {
      if (!scores.indices[key]) return [];
      const score = indexScore(scores.indices, key);
      const note = key === 'burnout' ? 'reports.data.burnoutNote' : key === 'engagement' ? 'reports.data.engagementNote' : null;
      return [{ key, label: t(`index.name.${key}`), value: score, band: null, note: note ? t(note) : null }];
    }),
  };
}

/** "jij" → "Jij": the words are written for use inside a sentence. */
function capitalised(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}

function nextSteps(
  upcoming: Array<{ startsAt: Date; kind: string }>,
  open: Array<{ title: string; source: string | null; dueDate: string | null }>,
  now: Date,
  locale: Locale,
  t: ReturnType<typeof translatorFor>,
): string[] {
  const long = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: TIME_ZONE });
  // Counted from today's date in Amsterdam: just after midnight there it is still yesterday in UTC.
  const today = todayIn(TIME_ZONE, now);
  const horizon = addDays(today, DUE_SOON_DAYS);
  const steps = [
    // The first upcoming session is the next one; any after it are "after that".
    ...upcoming.map((s, i) =>
      t(i === 0 ? 'reports.data.nextSession' : 'reports.data.laterSession', {
        date: long.format(s.startsAt),
        kind: t(`sessions.kinds.${s.kind}`).toLowerCase(),
      }),
    ),
    ...open
      .filter((i) => i.dueDate !== null && i.dueDate <= horizon)
      .sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string))
      .slice(0, 5)
      .map((i) =>
        // A date already past is not a step ahead: it says it was due and is still open.
        t((i.dueDate as string) < today ? 'reports.data.overdue' : 'reports.data.dueSoon', {
          date: day.format(new Date(`${i.dueDate}T12:00:00Z`)),
          // In the reader's language, as in the plan table; the sentence ends with its own full stop.
          title: inReaderLanguage(i.source, 'title', i.title, locale).trim().replace(/\.+$/, ''),
        }),
      ),
  ];
  return steps.length ? steps : [t('reports.data.noNextSteps')];
}
