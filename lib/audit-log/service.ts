import 'server-only';
import { type AuditRow, listAuditActions, listAuditClientOptions, searchAudit } from '@/db/queries/audit';
import { listCoaches } from '@/db/queries/users';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { hasMessage, translatorFor } from '@/lib/i18n/translator';
import { instrumentName } from '@/lib/instruments/display-name';
import { zonedIsoTime } from '@/lib/sessions/zoned-time';
import { actionMessageKey } from './action-key';
import { toCsv } from './csv';
import { AUDIT_EXPORT_MAX, AUDIT_PAGE_SIZE, type AuditQuery, auditFilter } from './filters';

/** The name of what an entry is about when that is a coach's account, an employer or a questionnaire; else null. */
function subjectName(row: AuditRow, locale: Locale): string | null {
  if (row.subjectUserName) return row.subjectUserName;
  if (row.subjectEmployerName) return row.subjectEmployerName;
  return row.subjectInstrumentKey ? instrumentName(row.subjectInstrumentName ?? undefined, locale, row.subjectInstrumentKey) : null;
}

/**
 * One page of the owner's audit log view with what the filters offer. The caller has checked the owner. `asOf`: the
 * view's pin for its links (the query's, or on a first look the newest entry's), so paging does not shift as the log grows.
 */
export async function auditLogPage(owner: Actor, query: AuditQuery) {
  const pageSize = AUDIT_PAGE_SIZE;
  const [result, actions, coaches, clients] = await Promise.all([
    searchAudit(owner.practiceId, auditFilter(query), { limit: pageSize, offset: (query.page - 1) * pageSize }),
    listAuditActions(owner.practiceId),
    listCoaches(owner.practiceId),
    listAuditClientOptions(owner.practiceId),
  ]);
  return {
    rows: result.rows.map((row) => ({ ...row, subjectName: subjectName(row, owner.locale) })),
    total: result.total,
    asOf: query.asOf ?? result.newest ?? undefined,
    pages: Math.max(1, Math.ceil(result.total / pageSize)),
    actions,
    coaches,
    clients,
  };
}

const clientName = (row: AuditRow) => (row.clientFirstName ? `${row.clientFirstName} ${row.clientLastName ?? ''}`.trim() : '');

/** The filtered log as CSV (newest first, at most AUDIT_EXPORT_MAX rows); the export itself is in the log. */
export async function exportAuditLog(owner: Actor, query: AuditQuery): Promise<{ csv: string; rows: number; truncated: boolean }> {
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
  return { csv, rows: rows.length, truncated: total > rows.length };
}
