import { z } from 'zod';
import { firstValues, pageParam } from '@/lib/list-page';

/** The coach's homework lists across clients (/homework): new submissions, and homework past its due date. */
export const HOMEWORK_INBOX_LISTS = ['submitted', 'overdue'] as const;
export type HomeworkInboxList = (typeof HOMEWORK_INBOX_LISTS)[number];

/** Rows of each list on the dashboard; the rest are on /homework, a page of this many at a time. */
export const HOMEWORK_ON_DASHBOARD = 10;
export const HOMEWORK_PAGE_SIZE = 25;

const inboxQuerySchema = z.object({ list: z.enum(HOMEWORK_INBOX_LISTS).catch('submitted').default('submitted'), page: pageParam });

/** The page's query string, made safe: an unknown list is the new submissions, a malformed page the first. */
export function parseHomeworkInbox(params: Record<string, string | string[] | undefined>): { list: HomeworkInboxList; page: number } {
  return inboxQuerySchema.parse(firstValues(params));
}

export function homeworkInboxHref(list: HomeworkInboxList, page = 1): string {
  const query = new URLSearchParams();
  if (list !== 'submitted') query.set('list', list);
  if (page > 1) query.set('page', String(page));
  const s = query.toString();
  return s ? `/homework?${s}` : '/homework';
}
