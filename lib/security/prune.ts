import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

/** When the daily prune runs (graphile-worker crontab, UTC); see lib/mail/worker.ts. */
export const PRUNE_CRONTAB = '17 3 * * * prune_expired\n';

/** Expired, never-accepted invitations stay listed (for "send again") this long after they expired. */
const INVITATION_GRACE = '30 days';

export type PruneCounts = Record<
  'portalLinks' | 'portalSessions' | 'passwordResets' | 'invitations' | 'portalLinkRequests' | 'rateLimits',
  number
>;

/**
 * Deletes what no longer lets anyone in and only keeps secrets' hashes around: expired or used portal links
 * and reset links, expired portal sessions, long-expired unaccepted invitations, old link-request counts and
 * spent limiter rows. Audit entries, share openings and the shares themselves are kept (they are the record).
 * Cross-practice on purpose: maintenance, not a request of anyone.
 */
export async function pruneExpired(now = new Date()): Promise<PruneCounts> {
  const at = now.toISOString();
  return getDb().transaction(async (tx) => {
    const n = async (query: ReturnType<typeof sql>) => (await tx.execute(query)).count ?? 0;
    return {
      portalLinks: await n(sql`delete from portal_links where expires_at <= ${at} or used_at is not null`),
      portalSessions: await n(sql`delete from portal_sessions where expires_at <= ${at}`),
      passwordResets: await n(sql`delete from password_resets where expires_at <= ${at} or used_at is not null`),
      invitations: await n(
        sql`delete from invitations where accepted_at is null and expires_at <= ${at}::timestamptz - ${INVITATION_GRACE}::interval`,
      ),
      portalLinkRequests: await n(sql`delete from portal_link_requests where created_at <= ${at}::timestamptz - interval '1 day'`),
      rateLimits: await n(sql`delete from rate_limits where expire is not null and expire <= ${now.getTime()}`),
    };
  });
}
