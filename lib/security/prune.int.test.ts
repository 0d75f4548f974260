import { sql } from 'drizzle-orm';
import { runOnce } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { databaseUrl, getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { taskList } from '@/lib/mail/worker';
import { PORTAL_IDLE_TIMEOUT_MS } from '@/lib/portal/rules';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { AUDIT_IP_RETENTION_DAYS, eraseOldAuditIps } from './prune';
import { consume } from './rate-limit';

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const tokens = async (table: string) =>
  (await getDb().execute<{ token_hash: string }>(sql`select token_hash from ${sql.identifier(table)} order by token_hash`)).map(
    (r) => r.token_hash,
  );

describe('the daily prune job', () => {
  it('deletes expired and used links, expired and idle sessions, reset tokens and limiter rows, and keeps the live ones', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const db = getDb();
    const p = owner.practiceId;
    await db.execute(sql`insert into portal_links (practice_id, client_id, token_hash, expires_at, used_at) values
      (${p}, ${client.id}, 'link-live', ${hours(1)}, null), (${p}, ${client.id}, 'link-expired', ${hours(-1)}, null),
      (${p}, ${client.id}, 'link-used', ${hours(1)}, now())`);
    // A session unused for longer than the idle timeout signs no one in either, though its absolute expiry is days away.
    await db.execute(sql`insert into portal_sessions (practice_id, client_id, token_hash, expires_at, last_seen_at) values
      (${p}, ${client.id}, 'session-live', ${hours(6)}, ${hours(-0.1)}), (${p}, ${client.id}, 'session-expired', ${hours(-1)}, ${hours(-1)}),
      (${p}, ${client.id}, 'session-idle', ${hours(6)}, ${hours(-PORTAL_IDLE_TIMEOUT_MS / 3_600_000 - 0.1)})`);
    await db.execute(sql`insert into password_resets (practice_id, user_id, token_hash, expires_at, used_at) values
      (${p}, ${owner.userId}, 'reset-live', ${hours(1)}, null), (${p}, ${owner.userId}, 'reset-expired', ${hours(-1)}, null),
      (${p}, ${owner.userId}, 'reset-used', ${hours(1)}, now())`);
    await db.execute(sql`insert into invitations (practice_id, email, name, token_hash, invited_by, expires_at) values
      (${p}, 'a@example.test', 'A', 'invite-live', ${owner.userId}, ${hours(24)}),
      (${p}, 'b@example.test', 'B', 'invite-recently-expired', ${owner.userId}, ${hours(-24)}),
      (${p}, 'c@example.test', 'C', 'invite-long-expired', ${owner.userId}, ${hours(-24 * 40)})`);
    await consume('totp', 'live-key');
    await db.execute(sql`insert into rate_limits (key, points, expire) values ('totp:spent', 5, ${Date.now() - 1000})`);

    // The task as the worker's crontab runs it (graphile-worker, job queue in the same database).
    await db.execute(sql`select graphile_worker.add_job('prune_expired', '{}'::json)`);
    await runOnce({ connectionString: databaseUrl(), taskList, noHandleSignals: true });

    expect(await tokens('portal_links')).toEqual(['link-live']);
    expect(await tokens('portal_sessions')).toEqual(['session-live']);
    expect(await tokens('password_resets')).toEqual(['reset-live']);
    expect(await tokens('invitations')).toEqual(['invite-live', 'invite-recently-expired']);
    const limits = (await db.execute<{ key: string }>(sql`select key from rate_limits`)).map((r) => r.key);
    expect(limits).toHaveLength(1);
    expect(limits[0]).toMatch(/^totp:[0-9a-f]{64}$/);
  });

  it('erases the IP address of audit entries older than the retention period and keeps the entries', async () => {
    const owner = await createPractice();
    const p = owner.practiceId;
    const days = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    await getDb().execute(sql`insert into audit_log (practice_id, actor_user_id, actor_kind, action, ip, created_at) values
      (${p}, ${owner.userId}, 'coach', 'client.viewed', '203.0.113.7', ${days(AUDIT_IP_RETENTION_DAYS + 1)}),
      (${p}, ${owner.userId}, 'coach', 'client.exported', '198.51.100.9', ${days(AUDIT_IP_RETENTION_DAYS - 1)})`);

    await getDb().execute(sql`select graphile_worker.add_job('prune_expired', '{}'::json)`);
    await runOnce({ connectionString: databaseUrl(), taskList, noHandleSignals: true });

    // Both entries stay (who did what, when); only the old one has lost its address.
    const entries = (await auditFor(p)).map((e) => ({ action: e.action, actorUserId: e.actorUserId, ip: e.ip }));
    expect(entries).toEqual([
      { action: 'client.viewed', actorUserId: owner.userId, ip: null },
      { action: 'client.exported', actorUserId: owner.userId, ip: '198.51.100.9' },
    ]);
  });

  it('erases a long backlog of old IP addresses batch by batch, to the last one', async () => {
    const owner = await createPractice();
    const p = owner.practiceId;
    const old = new Date(Date.now() - (AUDIT_IP_RETENTION_DAYS + 30) * 86_400_000).toISOString();
    await getDb().execute(sql`insert into audit_log (practice_id, actor_user_id, actor_kind, action, ip, created_at)
      select ${p}, ${owner.userId}, 'coach', 'client.viewed', '203.0.113.' || i, ${old}::timestamptz from generate_series(1, 7) i`);
    // Batches of 3: three statements (3, 3, 1).
    expect(await eraseOldAuditIps(new Date(), 3)).toBe(7);
    expect((await auditFor(p)).filter((e) => e.ip !== null)).toEqual([]);
  });
});
