import type { ReportPractice } from './types';

/** The practice's name, colour and logo for a report (a data URI: the worker has no database); react-pdf reads PNG and JPEG only. */
export function reportBranding(row: {
  practiceName: string;
  reportColor: string | null;
  logo: Buffer | null;
  logoMime: string | null;
}): ReportPractice {
  const readable = row.logo && (row.logoMime === 'image/png' || row.logoMime === 'image/jpeg');
  return {
    name: row.practiceName,
    reportColor: /^#[0-9a-f]{6}$/i.test(row.reportColor ?? '') ? (row.reportColor as string) : '#0f766e',
    logo: readable && row.logo ? `data:${row.logoMime};base64,${row.logo.toString('base64')}` : null,
  };
}
