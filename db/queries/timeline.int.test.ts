import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import { type Executor, getDb } from '@/db/client';
import { auditEntry } from '@/lib/audit';
import { commitChange } from '@/lib/services/commit';
import { createPractice } from '@/lib/testing/fixtures';
import { capturingConnection, planOf } from '@/lib/testing/query-plan';
import * as schema from '../schema';
import { auditLog, timelineEvents } from '../schema';
import { searchAudit } from './audit';
import { seedClient } from './client-test-fixtures';
import { pageTimeline } from './timeline';

describe("a client's timeline", () => {
  it('pages newest first, the order of writing deciding between events of the same moment, with the count of all', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const other = await seedClient(owner.practiceId, owner.userId);
    const t = new Date('2026-05-01T10:00:00Z');
    const rows = await getDb()
      .insert(timelineEvents)
      .values([
        ...Array.from({ length: 4 }, () => ({ practiceId: owner.practiceId, clientId: client.id, kind: 'client.updated', occurredAt: t })),
        { practiceId: owner.practiceId, clientId: client.id, kind: 'client.created', occurredAt: new Date(t.getTime() - 60_000) },
        { practiceId: owner.practiceId, clientId: client.id, kind: 'client.archived', occurredAt: new Date(t.getTime() + 60_000) },
        { practiceId: owner.practiceId, clientId: other.id, kind: 'client.created', occurredAt: t },
      ])
      .returning({ id: timelineEvents.id, kind: timelineEvents.kind, clientId: timelineEvents.clientId });
    const same = rows.filter((r) => r.kind === 'client.updated').map((r) => r.id);

    const pages = [];
    for (const offset of [0, 2, 4]) pages.push(await pageTimeline(owner.practiceId, client.id, { limit: 2, offset }));
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    const events = pages.flatMap((p) => p.events);
    expect(events.map((e) => e.kind)).toEqual(['client.archived', ...same.map(() => 'client.updated'), 'client.created']);
    // Newest first, so the same moment goes back to front: the last written first.
    expect(events.slice(1, 5).map((e) => e.id)).toEqual([...same].reverse());
    expect(events.every((e) => e.clientId === client.id)).toBe(true);
    expect(await pageTimeline(owner.practiceId, client.id, { limit: 2, offset: 6 })).toEqual({ events: [], total: 0 });
  });

  it('writes the page’s "viewed" audit entry with the same statement', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const viewed = auditEntry({
      practiceId: owner.practiceId,
      actorUserId: owner.userId,
      action: 'client.viewed',
      entityType: 'client',
      entityId: client.id,
    });
    await pageTimeline(owner.practiceId, client.id, { limit: 10, offset: 0 }, viewed);
    const logged = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'client.viewed')));
    expect(logged.map((l) => l.entityId)).toEqual([client.id]);
  });
});

describe('the lines of one change', () => {
  // A change's timeline lines share their moment and its audit entries their transaction's now(); the ids are random.
  // Closing a trajectory, say: "Traject afgesloten", "Sessie afgezegd" twice, "Deellink ingetrokken", always so.
  it('read back newest first exactly in reverse of writing, on the timeline page and in the audit log, every time', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const kinds = ['client.closed', 'session.cancelled', 'session.cancelled', 'plan.share_revoked'] as const;
    const actions = ['client.closed', 'session.cancelled', 'session.cancelled', 'plan.share_revoked'] as const;
    for (let round = 1; round <= 5; round++) {
      const written = await commitChange({
        actor: { practiceId: owner.practiceId, userId: owner.userId, kind: 'coach' },
        write: async () => round,
        timeline: () => kinds.map((kind, n) => ({ clientId: client.id, kind, data: { round, n } })),
        audit: () => actions.map((action, n) => ({ action, entityType: 'client', entityId: client.id, metadata: { round, n } })),
      });
      expect(written.ok).toBe(true);
      const { events } = await pageTimeline(owner.practiceId, client.id, { limit: kinds.length, offset: 0 });
      expect(events.map((e) => [e.kind, e.data])).toEqual(kinds.map((kind, n) => [kind, { round, n }]).reverse());
      const { rows } = await searchAudit(owner.practiceId, {}, { limit: actions.length, offset: 0 });
      expect(rows.map((r) => [r.action, r.metadata])).toEqual(actions.map((action, n) => [action, { round, n }]).reverse());
    }
  });

  it('are paged from the indexes in that order: the timeline and the audit log pages need no sort', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    /** The plan of the page statement `read` sends (found by its order, not the count after a page past the end). */
    const planOfPage = async (table: string, read: (ex: Executor) => Promise<unknown>) => {
      const captured = capturingConnection(`"${table}"."seq" desc`);
      try {
        await read(drizzle(captured.sql, { schema }));
        // Ruled out so that a tiny test table cannot make a scan and a sort look cheaper; what is checked is that an index fits.
        return await planOf(captured.sql, captured.last(), ['set local enable_seqscan = off', 'set local enable_sort = off']);
      } finally {
        await captured.sql.end({ timeout: 5 });
      }
    };
    const timeline = await planOfPage('timeline_events', (ex) =>
      pageTimeline(owner.practiceId, client.id, { limit: 50, offset: 50 }, undefined, ex),
    );
    expect(timeline).toMatch(/Index Scan Backward using timeline_client_time on timeline_events/);
    // The audit log's later pages are read as the first one saw the log (asOf, db/queries/audit.ts).
    const audit = await planOfPage('audit_log', (ex) =>
      searchAudit(owner.practiceId, { asOf: '2099-01-01T00:00:00.000000Z' }, { limit: 50, offset: 50 }, ex),
    );
    expect(audit).toMatch(/Index Scan Backward using audit_practice_time on audit_log/);
    for (const plan of [timeline, audit]) expect(plan).not.toMatch(/Sort Key: (timeline_events|audit_log)\./);
  });
});
