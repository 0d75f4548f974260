/**
 * The manager report's data, built ONLY from the employer view (lib/plans/employer-view.ts) plus the
 * practice's branding: nothing else can reach the employer's PDF. Pure; manager-report-data.imports.test.ts
 * fails if this module imports anything beyond the employer view, the report types and i18n.
 */
import { intlLocale, TIME_ZONE } from '../i18n/locales';
import { translatorFor } from '../i18n/translator';
import type { EmployerView } from '../plans/employer-view';
import type { ManagerReportData, ReportPractice } from './types';

export function buildManagerReportData(
  view: EmployerView,
  branding: Pick<ReportPractice, 'reportColor' | 'logo'>,
  clientLabel: string,
  now = new Date(),
): ManagerReportData {
  const t = translatorFor(view.locale);
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(intlLocale(view.locale), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  // The share page uses these words inside a line ("eigenaar: leidinggevende · gepland"); in a table cell they start
  // with a capital, as in the client's report.
  const cell = (text: string) => text.charAt(0).toLocaleUpperCase(intlLocale(view.locale)) + text.slice(1);
  return {
    locale: view.locale,
    generatedAt: now.toISOString(),
    practice: { name: view.practice.name, reportColor: branding.reportColor, logo: view.practice.hasLogo ? branding.logo : null },
    coach: { name: view.coach.name, email: view.coach.email },
    clientLabel,
    items: view.items.map((item) => ({
      employerWording: item.wording,
      owner: cell(t(`share.owners.${item.owner}`)),
      dueDate: item.dueDate,
      status: cell(t(`share.statuses.${item.status}`)),
    })),
    meetings: view.meetings.map((m) => ({ date: day.format(new Date(m.startsAt)), time: time.format(new Date(m.startsAt)) })),
    confirmedAt: view.confirmedAt,
    confirmationLapsedSince: view.confirmationLapsedSince,
  };
}
