import { isUuid } from '@/lib/ids';
import { CLIENT_STATUSES, type ClientStatus } from './constants';

export const CLIENT_PAGE_SIZE = 25;
export const CLIENT_SORTS = ['name', 'status', 'start', 'created'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
/** `all` (the default) and each status leave archived clients out; `archived` shows only those. */
export const CLIENT_STATUS_FILTERS = ['all', ...CLIENT_STATUSES, 'archived'] as const;
export type ClientStatusFilter = (typeof CLIENT_STATUS_FILTERS)[number];

export type ClientListParams = {
  q: string;
  status: ClientStatusFilter;
  coach: string | null;
  sort: ClientSort;
  dir: 'asc' | 'desc';
  page: number;
};

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_DIR: Record<ClientSort, 'asc' | 'desc'> = { name: 'asc', status: 'asc', start: 'desc', created: 'desc' };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/**
 * A search box's text from the query string: the first value, trimmed, at most 100 characters, without control
 * characters (PostgreSQL refuses a NUL in text; a URL may carry one).
 */
export function searchQuery(value: string | string[] | undefined): string {
  const printable = [...one(value)].filter((c) => c.charCodeAt(0) > 0x1f && c !== '\u007f').join('');
  return printable.slice(0, 100);
}

function pick<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The URL's search parameters, made safe: anything unknown falls back to the default. */
export function parseClientListParams(sp: SearchParams): ClientListParams {
  const sort = pick(one(sp.sort), CLIENT_SORTS, 'name');
  const page = Number.parseInt(one(sp.page), 10);
  const coach = one(sp.coach);
  return {
    q: searchQuery(sp.q),
    status: pick(one(sp.status), CLIENT_STATUS_FILTERS, 'all'),
    coach: isUuid(coach) ? coach.toLowerCase() : null,
    sort,
    dir: pick(one(sp.dir), ['asc', 'desc'] as const, DEFAULT_DIR[sort]),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** A link to the list with some parameters changed; defaults are left out so URLs stay short. */
export function clientListHref(params: ClientListParams, change: Partial<ClientListParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  if (next.status !== 'all') query.set('status', next.status);
  if (next.coach) query.set('coach', next.coach);
  if (next.sort !== 'name') query.set('sort', next.sort);
  if (next.dir !== DEFAULT_DIR[next.sort]) query.set('dir', next.dir);
  if (next.page > 1) query.set('page', String(next.page));
  const s = query.toString();
  return s ? `/clients?${s}` : '/clients';
}

/**
 * A LIKE pattern that matches the text literally anywhere: % and _ typed by the user are not wildcards. Case and
 * accents are left to the query, which folds both sides with search_fold (`search_fold(col) like search_fold(pattern)`):
 * lowercasing here could not match what PostgreSQL does. The text is decomposed (NFKD) before escaping, as search_fold
 * decomposes it: a full-width ％ becomes % there, so it is escaped here.
 */
export function containsPattern(q: string): string {
  return `%${q.normalize('NFKD').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function pageCount(total: number, pageSize = CLIENT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function isStatus(value: string): value is ClientStatus {
  return (CLIENT_STATUSES as readonly string[]).includes(value);
}
