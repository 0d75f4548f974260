import 'server-only';
import { type AuditRow, listAuditActions, listAuditClientOptions, searchAudit } from '@/db/queries/audit';
import { listCoaches } from '@/db/queries/users';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { hasMessage, translatorFor } from '@/lib/i18n/translator';
import { instrumentName } from '@/lib/instruments/display-name';
import { todayIn, zonedIsoTime } from '@/lib/sessions/zoned-time';
import { actionMessageKey } from './action-key';
import { toCsv } from './csv';
import { AUDIT_EXPORT_MAX, AUDIT_PAGE_SIZE, type AuditQuery, auditFilter } from './filters';

/** The name of what an entry is about: a coach's account, an invitation (whom it invited), an employer, a questionnaire; else null. */
function subjectName(row: AuditRow, locale: Locale): string | null {
  if (row.subjectUserName) return row.subjectUserName;
  if (row.subjectInvitationName) return row.subjectInvitationName;
  if (row.subjectEmployerName) return row.subjectEmployerName;
  return row.subjectInstrumentKey ? instrumentName(row.subjectInstrumentName ?? undefined, locale, row.subjectInstrumentKey) : null;
}

const pagesOf = (total: number) => Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

/**
 * The entries of `page`, or of the last page when `page` is past the end (an old link, a typed number): the owner sees
 * entries, with the page they are on, not "no entries" beside a count of them. Read twice only then.
 */
async function readPage(practiceId: string, query: AuditQuery) {
  const read = (page: number) =>
    searchAudit(practiceId, auditFilter(query), { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  const result = await read(query.page);
  const last = pagesOf(result.total);
  if (query.page <= last) return { ...result, page: query.page };
  return { ...(await read(last)), page: last };
}

type FilterOptions = { actions: string[]; coaches: { id: string }[]; clients: { id: string }[] };

/**
 * The query without a user, client or action its dropdown does not offer (an old link, an action no longer in the log):
 * the dropdown would show "all" while the filter still applied. What the page shows is what it applies.
 */
function withinOptions(query: AuditQuery, { actions, coaches, clients }: FilterOptions): AuditQuery {
  const offered = (value: string | undefined, values: readonly string[]) => (value && values.includes(value) ? value : undefined);
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  return {
    ...query,
    user: offered(query.user, ids(coaches)),
    client: offered(query.client, ids(clients)),
    action: offered(query.action, actions),
  };
}

/**
 * One page of the owner's audit log view with what the filters offer. The caller has checked the owner. `query`: the one
 * applied (withinOptions), for the form and the links. `page`: the one shown (the last when the query's is past the end).
 * `asOf`: the view's pin for its links (the query's, or on a first look the newest entry's), so paging does not shift as
 * the log grows.
 */
export async function auditLogPage(owner: Actor, requested: AuditQuery) {
  const [actions, coaches, clients] = await Promise.all([
    listAuditActions(owner.practiceId),
    listCoaches(owner.practiceId),
    listAuditClientOptions(owner.practiceId),
  ]);
  const query = withinOptions(requested, { actions, coaches, clients });
  const result = await readPage(owner.practiceId, query);
  return {
    query,
    rows: result.rows.map((row) => ({ ...row, subjectName: subjectName(row, owner.locale) })),
    total: result.total,
    page: result.page,
    asOf: query.asOf ?? result.newest ?? undefined,
    pages: pagesOf(result.total),
    actions,
    coaches,
    clients,
  };
}

const clientName = (row: AuditRow) => (row.clientFirstName ? `${row.clientFirstName} ${row.clientLastName ?? ''}`.trim() : '');

/**
 * The export's file name. One cut off at AUDIT_EXPORT_MAX says so in it (`auditlog-2026-11-05-nieuwste-10000.csv`): a
 * browser's download shows no response headers, and the CSV itself stays rows only.
 */
function exportFileName(locale: Locale, truncated: boolean): string {
  const cut = truncated ? `-${translatorFor(locale)('auditLog.exportFileNewest', { max: String(AUDIT_EXPORT_MAX) })}` : '';
  return `auditlog-${todayIn()}${cut}.csv`;
}

/** The filtered log as CSV (newest first, at most AUDIT_EXPORT_MAX rows); the export itself is in the log. */
export async function exportAuditLog(
  owner: Actor,
  query: AuditQuery,
): Promise<{ csv: string; fileName: string; rows: number; truncated: boolean }> {
  const { rows, total } = await searchAudit(owner.practiceId, auditFilter(query), { limit: AUDIT_EXPORT_MAX, offset: 0 });
  // In the owner's language and the practice's time zone (with its offset); the action's code beside its label.
  const t = translatorFor(owner.locale);
  const label = (key: string, fallback: string) => (hasMessage(owner.locale, key) ? t(key) : fallback);
  const header = [
    'time',
    'user',
    'actorKind',
    'action',
    'actionCode',
    'entityType',
    'subject',
    'entityId',
    'clientId',
    'client',
    'details',
    'ip',
  ].map((column) => t(`auditLog.csv.${column}`));
  const csv = toCsv([
    header,
    ...rows.map((r) => [
      zonedIsoTime(r.createdAt),
      r.actorName ?? '',
      label(`auditLog.actorKinds.${r.actorKind}`, r.actorKind),
      label(`auditLog.actions.${actionMessageKey(r.action, r.metadata)}`, r.action),
      r.action,
      label(`auditLog.entityTypes.${r.entityType}`, r.entityType ?? ''),
      subjectName(r, owner.locale),
      r.entityId,
      r.clientId,
      clientName(r),
      JSON.stringify(r.metadata),
      r.ip,
    ]),
  ]);
  await audit({
    practiceId: owner.practiceId,
    actorUserId: owner.userId,
    action: 'practice.audit_exported',
    entityType: 'practice',
    entityId: owner.practiceId,
    // Which filters, by id only: never names.
    metadata: {
      rows: rows.length,
      filters: {
        client: query.client ?? null,
        user: query.user ?? null,
        action: query.action ?? null,
        from: query.from ?? null,
        until: query.until ?? null,
        asOf: query.asOf ?? null,
      },
    },
  });
  const truncated = total > rows.length;
  return { csv, fileName: exportFileName(owner.locale, truncated), rows: rows.length, truncated };
}
