import type { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardHomework } from '@/db/queries/dashboard';
import { homeworkTitle } from '@/lib/homework/title';
import type { Locale } from '@/lib/i18n/locales';
import type { DashboardItem } from './dashboard-list';

type Row = DashboardHomework;
type Format = Awaited<ReturnType<typeof getFormatter>>;
type Translator = Awaited<ReturnType<typeof getTranslations<'coachDashboard'>>>;

const name = (h: Row) => `${h.firstName} ${h.lastName}`;

/** New submissions, on the dashboard and on /homework: to the submission (opening it marks it seen), how long ago. */
export function submissionItems(rows: (Row & { submittedAt: Date | null })[], format: Format, now: Date, locale: Locale): DashboardItem[] {
  return rows.map((h) => ({
    key: h.id,
    href: `/clients/${h.clientId}/homework/${h.id}`,
    primary: name(h),
    secondary: homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName),
    meta: h.submittedAt ? format.relativeTime(h.submittedAt, now) : '',
  }));
}

/** Overdue homework, on the dashboard and on /homework: to the client's homework, the date it was due. */
export function overdueItems(rows: (Row & { dueDate: string })[], format: Format, t: Translator, locale: Locale): DashboardItem[] {
  return rows.map((h) => ({
    key: h.id,
    href: `/clients/${h.clientId}/homework`,
    primary: name(h),
    secondary: homeworkTitle(h.template, h.instrumentKey, locale, h.instrumentName),
    meta: t('dueSince', { date: format.dateTime(new Date(`${h.dueDate}T12:00:00Z`), { day: 'numeric', month: 'short' }) }),
  }));
}
