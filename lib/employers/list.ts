import { searchQuery } from '@/lib/caseload/list-params';
import { firstValues, pageParam } from '@/lib/list-page';

/** Employer cards on a page of /employers (two or three to a row); the count above covers them all. */
export const EMPLOYER_PAGE_SIZE = 60;

/** Clients on an employer's page, by name; when there are more, the page says how many it shows of how many. */
export const EMPLOYER_CLIENTS_SHOWN = 500;

/** The employers list's query string, made safe: the search as the client list reads it, a malformed page the first. */
export function parseEmployerList(params: Record<string, string | string[] | undefined>): { q: string; page: number } {
  return { q: searchQuery(params.q), page: pageParam.parse(firstValues(params).page) };
}

/** A page of the employers list, with the defaults left out. */
export function employersHref(q: string, page = 1): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (page > 1) query.set('page', String(page));
  const s = query.toString();
  return s ? `/employers?${s}` : '/employers';
}
