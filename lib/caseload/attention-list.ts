/** "Needs attention" rows on the dashboard; the rest are on /attention, a page of this many at a time. */
export const ATTENTION_ON_DASHBOARD = 10;
export const ATTENTION_PAGE_SIZE = 25;

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
