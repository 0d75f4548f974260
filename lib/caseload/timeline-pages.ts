/** A client's latest timeline events on the overview; the whole timeline is on its own page, this many at a time. */
export const TIMELINE_ON_OVERVIEW = 20;
export const TIMELINE_PAGE_SIZE = 50;

export function timelineHref(clientId: string, page = 1): string {
  return `/clients/${clientId}/timeline${page > 1 ? `?page=${page}` : ''}`;
}
