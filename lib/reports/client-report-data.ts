import 'server-only';
import { listPlanItems } from '@/db/queries/plans';
import { listSessionsForReport, type ReportClientHead, reportClientHead } from '@/db/queries/reports';
import { intlLocale, type Locale, TIME_ZONE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { GROUP_ORDER } from '@/lib/intake/results';
import { loadResultsView, type ResultsView } from '@/lib/intake/results-view';
import { inReaderLanguage } from '@/lib/plans/library-text';
import { indexScore } from '@/lib/scoring/indices';
import { describeReference } from '@/lib/scoring/profile';
import { reportBranding } from './branding';
import { initialsOf } from './file-name';
import { reportSummary } from './summary';
import type { ClientReportData, ReportTrend } from './types';

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
  const [plan, sessions, loaded] = await Promise.all([
    listPlanItems(practiceId, clientId),
    listSessionsForReport(practiceId, clientId, now),
    head.latestMeasurementId
      ? loadResultsView(practiceId, clientId, head.latestMeasurementId, { pointLabel: (d) => shortDate.format(d), forClient: true })
      : null,
  ]);
  const held = sessions.filter((s) => s.status === 'held');
  const upcoming = sessions.filter((s) => s.status === 'planned').slice(0, 2);
  const view = loaded?.status === 'completed' ? loaded : null;

  const name = (o: { nl: string; en: string }) => o[locale];
  const flags = view ? view.model.flags.map((f) => ({ label: name(f.name), score: Math.round(f.score), kind: f.kind })) : [];
  const openItems = plan.filter((p) => p.status === 'planned' || p.status === 'in_progress');
  const indices = view?.model.scores.indices ?? {};

  const data: ClientReportData = {
    locale,
    generatedAt: now.toISOString(),
    practice,
    coach: { name: head.coachName, email: head.coachEmail },
    client: { name: `${head.firstName} ${head.lastName}`.trim(), initials: initialsOf(head.firstName, head.lastName) },
    measurement: view ? { date: view.completedAt.toISOString(), instrumentName: name(view.instrument.name) } : null,
    summary: reportSummary(
      {
        profileKey: view?.model.profile?.key ?? null,
        highDemands: flags.filter((f) => f.kind === 'high_demand').map((f) => f.label),
        lowResources: flags.filter((f) => f.kind === 'low_resource').map((f) => f.label),
        burnoutSignal: Boolean(view?.model.signals.some((s) => s.key === 'burnout_high')),
        engagement: indexScore(indices, 'engagement'),
        planItems: plan.length,
        openPlanItems: openItems.length,
        sessionsHeld: held.length,
      },
      t,
    ),
    profile: view ? profileOf(view, t) : null,
    groups: view
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
                score: r.result.status === 'scored' ? Math.round(r.result.score) : null,
                flagged: flagged.has(r.key),
              })),
            },
          ];
        })
      : [],
    outcomes: view
      ? (['burnout', 'engagement'] as const).flatMap((key) => {
          if (!(key in indices)) return [];
          const score = indexScore(indices, key);
          return [
            {
              key,
              label: t(`index.name.${key}`),
              score: score === null ? null : Math.round(score),
              note: t(key === 'burnout' ? 'reports.data.burnoutNote' : 'reports.data.engagementNote'),
            },
          ];
        })
      : [],
    flags,
    ownWords: view ? view.model.ownWords.map((w) => ({ question: name(w.question), answer: w.text })) : [],
    trends: view ? trendsOf(view, locale, t, shortDate) : [],
    plan: plan.map((item) => ({
      title: inReaderLanguage(item.source, 'title', item.title, locale),
      description: inReaderLanguage(item.source, 'description', item.description, locale),
      // Addressed to the client: "owner: you", not "owner: client".
      owner: t(`planPortal.owners.${item.owner}`),
      status: t(`plan.statuses.${item.status}`),
      dueDate: item.dueDate,
      category: t(`plan.categories.${item.category}`),
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

function profileOf(view: ResultsView, t: ReturnType<typeof translatorFor>): ClientReportData['profile'] {
  const profile = view.model.profile;
  if (!profile) return null;
  const reference = describeReference(view.chosen.reference);
  const split = view.chosen.reference.kind === 'practice_median' ? view.chosen.reference : { demands: 50, resources: 50 };
  return {
    profileKey: profile.key,
    profileLabel: t(`profile.name.${profile.key}`),
    demands: Math.round(profile.demands),
    resources: Math.round(profile.resources),
    referenceLabel: t(reference.key, reference.params),
    componentsLabel: t(`results.componentSet.${view.model.componentSet.used}`),
    reference: { demands: split.demands, resources: split.resources },
    path: view.path,
  };
}

function trendsOf(view: ResultsView, locale: Locale, t: ReturnType<typeof translatorFor>, short: Intl.DateTimeFormat): ReportTrend[] {
  // A group with one measurement has no trend yet; the document says so once when none has one.
  return view.trends
    .filter((group) => group.measurements.length >= 2)
    .map((group) => {
      const series = group.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, date: short.format(new Date(p.date)) })) }));
      return {
        instrumentName: group.instrument.name[locale],
        series,
        seriesLabels: Object.fromEntries(group.series.map((s) => [s.key, t(`index.name.${s.key}`)])),
        note: null,
      };
    });
}

function nextSteps(
  upcoming: Array<{ startsAt: Date; kind: string }>,
  open: Array<{ title: string; dueDate: string | null }>,
  now: Date,
  locale: Locale,
  t: ReturnType<typeof translatorFor>,
): string[] {
  const long = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: TIME_ZONE });
  const horizon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const steps = [
    ...upcoming.map((s) =>
      t('reports.data.nextSession', { date: long.format(s.startsAt), kind: t(`sessions.kinds.${s.kind}`).toLowerCase() }),
    ),
    ...open
      .filter((i) => i.dueDate !== null && i.dueDate <= horizon)
      .sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string))
      .slice(0, 5)
      .map((i) => t('reports.data.dueSoon', { date: day.format(new Date(`${i.dueDate}T12:00:00Z`)), title: i.title })),
  ];
  return steps.length ? steps : [t('reports.data.noNextSteps')];
}
