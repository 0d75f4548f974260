import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { auditLog } from '../schema';

export type AuditInsert = Omit<typeof auditLog.$inferInsert, 'id' | 'createdAt'>;

export async function insertAudit(entry: AuditInsert, ex: Executor = getDb()) {
  await ex.insert(auditLog).values(entry);
}

export function listAudit(practiceId: string, filter: { action?: string; limit?: number } = {}, ex: Executor = getDb()) {
  return ex
    .select()
    .from(auditLog)
    .where(filter.action ? and(eq(auditLog.practiceId, practiceId), eq(auditLog.action, filter.action)) : eq(auditLog.practiceId, practiceId))
    .orderBy(desc(auditLog.createdAt))
    .limit(filter.limit ?? 100);
}
