import { z } from 'zod';

/** "Needs attention" rows on the dashboard; the rest are on /attention, a page of this many at a time. */
export const ATTENTION_ON_DASHBOARD = 10;
export const ATTENTION_PAGE_SIZE = 25;

/** The list's query string: a page number, anything else (or nothing) is page 1, never an error. */
const attentionQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export function parseAttentionPage(params: Record<string, string | string[] | undefined>): number {
  const page = Array.isArray(params.page) ? params.page[0] : params.page;
  return attentionQuerySchema.parse({ page: page === '' ? undefined : page }).page;
}

export function attentionHref(page = 1): string {
  return page > 1 ? `/attention?page=${page}` : '/attention';
}

/** Why a client is on the list, most pressing first, as message keys of `coachDashboard` with their values. */
export function attentionReasons(client: { riskProfile: boolean; burnoutHigh: boolean; flagCount: number }) {
  return [
    ...(client.riskProfile ? [{ key: 'riskReasonProfile' as const }] : []),
    ...(client.burnoutHigh ? [{ key: 'riskReasonBurnout' as const }] : []),
    ...(client.flagCount > 0 ? [{ key: 'riskReasonFlags' as const, values: { count: client.flagCount } }] : []),
  ];
}
