import { intlLocale, type Locale, TIME_ZONE } from '../i18n/locales';

// Building an Intl.DateTimeFormat costs ~0.1 ms (more than formatting); a report formats dozens of dates.
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** "30 november 2026" / "30 November 2026": dates written out, in the report's language. */
export function formatReportDate(iso: string, locale: Locale): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    formats.set(locale, format);
  }
  return format.format(date);
}
