import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { PORTAL_IDLE_TIMEOUT_MS } from '@/lib/portal/rules';

/** When the daily prune runs (graphile-worker crontab, UTC); see lib/mail/worker.ts. */
export const PRUNE_CRONTAB = '17 3 * * * prune_expired\n';

/** Expired, never-accepted invitations stay listed (for "send again") this long after they expired. */
const INVITATION_GRACE = '30 days';

/**
 * How long an audit entry keeps the actor's IP address (GDPR data minimisation); the entry itself stays. 90 days
 * covers an incident that is noticed or reported late (a quarter), and no more: after that an address only says
 * where someone was, not what they did.
 */
export const AUDIT_IP_RETENTION_DAYS = 90;

export type PruneCounts = Record<
  'portalLinks' | 'portalSessions' | 'passwordResets' | 'invitations' | 'portalLinkRequests' | 'rateLimits' | 'auditIps',
  number
>;

/**
 * Deletes what no longer lets anyone in and only keeps secrets' hashes around: expired or used portal links
 * and reset links, portal sessions expired or ended by the idle timeout (their hash signs no one in again), long-expired unaccepted invitations, old link-request counts and
 * spent limiter rows, and erases the IP address of audit entries older than AUDIT_IP_RETENTION_DAYS. Audit entries,
 * share openings and the shares themselves are kept (they are the record).
 * Cross-practice on purpose: maintenance, not a request of anyone.
 */
export async function pruneExpired(now = new Date()): Promise<PruneCounts> {
  const at = now.toISOString();
  const deleted = await getDb().transaction(async (tx) => {
    const n = async (query: ReturnType<typeof sql>) => (await tx.execute(query)).count ?? 0;
    return {
      portalLinks: await n(sql`delete from portal_links where expires_at <= ${at} or used_at is not null`),
      portalSessions: await n(
        sql`delete from portal_sessions where expires_at <= ${at} or last_seen_at <= ${new Date(now.getTime() - PORTAL_IDLE_TIMEOUT_MS).toISOString()}`,
      ),
      passwordResets: await n(sql`delete from password_resets where expires_at <= ${at} or used_at is not null`),
      invitations: await n(
        sql`delete from invitations where accepted_at is null and expires_at <= ${at}::timestamptz - ${INVITATION_GRACE}::interval`,
      ),
      portalLinkRequests: await n(sql`delete from portal_link_requests where created_at <= ${at}::timestamptz - interval '1 day'`),
      rateLimits: await n(sql`delete from rate_limits where expire is not null and expire <= ${now.getTime()}`),
    };
  });
  return { ...deleted, auditIps: await eraseOldAuditIps(now) };
}

/** Entries per statement when erasing IPs: the first run on an existing log has years of them to do. */
const IP_ERASE_BATCH = 10_000;

/**
 * Sets the IP of audit entries older than the retention period to null; who did what, when stays. Its own statements
 * (not in the deletes' transaction), in batches of IP_ERASE_BATCH, each its own short transaction, so no statement
 * holds many row locks or writes a burst of WAL. Found through the partial index of entries that still have an IP
 * (audit_ip_kept, migration 0021): after the first run each day reads and writes about one day of entries. Only old
 * entries are touched, which nothing else writes.
 */
export async function eraseOldAuditIps(now: Date, batch = IP_ERASE_BATCH): Promise<number> {
  const cutoff = new Date(now.getTime() - AUDIT_IP_RETENTION_DAYS * 86_400_000).toISOString();
  let erased = 0;
  for (;;) {
    const result = await getDb().execute(sql`update audit_log set ip = null where (practice_id, id) in (
      select practice_id, id from audit_log where created_at < ${cutoff} and ip is not null limit ${batch})`);
    const count = result.count ?? 0;
    erased += count;
    if (count < batch) return erased;
  }
}
