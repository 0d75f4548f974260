import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEntry } from '@/lib/audit';
import { createPractice } from '@/lib/testing/fixtures';
import { auditLog, timelineEvents } from '../schema';
import { seedClient } from './client-test-fixtures';
import { pageTimeline } from './timeline';

describe("a client's timeline", () => {
  it('pages newest first, the id deciding between events of the same moment, with the count of all', async () => {
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
    // Newest first, so the same moment goes by id descending.
    expect(events.slice(1, 5).map((e) => e.id)).toEqual([...same].sort().reverse());
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
