import { z } from 'zod';
import { addDays, isQueryDate, zonedToUtc } from '@/lib/sessions/zoned-time';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const localDate = z.string().refine(isQueryDate);

/** An entry's created_at in UTC to the microsecond, as the audit query writes it: `2026-12-05T03:33:12.123456Z`. */
const AS_OF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The shape, and a real moment: PostgreSQL refuses 2026-02-30 or 25:00 with an error, which would be a 500. */
function isPin(value: string): boolean {
  if (!AS_OF.test(value) || !isQueryDate(value.slice(0, 10))) return false;
  const seconds = `${value.slice(0, 19)}Z`;
  const parsed = new Date(seconds);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** The view's query string; anything malformed is dropped (no filter), never a 500. */
export const auditQuerySchema = z.object({
  client: optional(z.uuid()),
  user: optional(z.uuid()),
  action: optional(z.string().regex(/^[a-z_]{1,40}\.[a-z_]{1,60}$/)),
  from: optional(localDate),
  until: optional(localDate),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  // The view as its first page saw it (the newest entry's time, to the microsecond): later pages and the export show the
  // same entries. A time, not the entry's seq: that number counts every practice's entries.
  asOf: optional(z.string().refine(isPin)),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** The first value of each search parameter (Next gives arrays for repeated ones). */
export function parseAuditQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): AuditQuery {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params.entries())
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditQuerySchema.parse(Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== '' && v !== undefined)));
}

/**
 * What is wrong with the period asked for, if anything: a date outside 1900–2999 (a typing error such as 9999), or a
 * start after the end. The view and the export then show nothing and say why: dropping the date would quietly widen
 * them to the whole log.
 */
export function periodProblem(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): 'dateOutOfRange' | 'fromAfterUntil' | null {
  const first = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const [from, until] = [first('from'), first('until')];
  if ((from && !isQueryDate(from)) || (until && !isQueryDate(until))) return 'dateOutOfRange';
  if (from && until && from > until) return 'fromAfterUntil';
  return null;
}

/** The period in the practice's time zone: from the start of `from` up to the end of `until`. */
export function auditFilter(query: AuditQuery) {
  return {
    clientId: query.client,
    userId: query.user,
    action: query.action,
    from: query.from ? zonedToUtc(query.from, '00:00') : undefined,
    until: query.until ? zonedToUtc(addDays(query.until, 1), '00:00') : undefined,
    asOf: query.asOf,
  };
}

/** The query string for the same filters (for pagination links and the export), without empty values. */
export function auditQueryString(query: Partial<AuditQuery>): string {
  const params = new URLSearchParams();
  for (const key of ['client', 'user', 'action', 'from', 'until', 'page', 'asOf'] as const) {
    const value = query[key];
    if (value !== undefined && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
