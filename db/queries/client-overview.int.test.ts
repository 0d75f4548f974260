import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEntry } from '@/lib/audit';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { auditLog, coachingSessions } from '../schema';
import { getClientOverview, loadClientOverview, nextPlannedSession } from './client-overview';
import { seedClient, seedEmployer } from './client-test-fixtures';
import { clientPoortwachterTimeline, poortwachterTimelineOf } from './poortwachter-due';
import { insertTimelineEvent } from './timeline';
import { listCoaches } from './users';

const DAY = 86_400_000;

describe('loadClientOverview (one statement for the overview page)', () => {
  it('reads what the separate queries read and writes the "viewed" audit entry in the same statement', async () => {
    const owner = await createPractice();
    await addCoach(owner.practiceId);
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, {
      employerId: employer.id,
      managerContactId: manager.id,
      onSickLeave: true,
      sickLeaveSince: '2026-01-29',
    });
    const now = new Date();
    await getDb()
      .insert(coachingSessions)
      .values(
        [9, 2, -1].map((days) => ({
          practiceId: owner.practiceId,
          clientId: client.id,
          coachId: owner.userId,
          startsAt: new Date(now.getTime() + days * DAY),
          durationMinutes: 60,
          kind: 'coaching' as const,
          location: 'on_site' as const,
        })),
      );
    await insertTimelineEvent(owner.practiceId, {
      clientId: client.id,
      kind: 'client.sick_leave_started',
      data: { since: '2026-01-29' },
      occurredAt: new Date('2026-01-29T09:00:00Z'),
    });
    const entry = auditEntry({
      practiceId: owner.practiceId,
      actorUserId: owner.userId,
      action: 'client.viewed',
      entityType: 'client',
      entityId: client.id,
    });

    const loaded = await loadClientOverview(owner.practiceId, client.id, entry, now);
    expect(loaded?.overview).toEqual(await getClientOverview(owner.practiceId, client.id));
    expect(loaded?.overview.manager?.name).toBe('Marco Manager');
    expect(loaded?.next).toEqual(await nextPlannedSession(owner.practiceId, client.id, now));
    expect(loaded?.next?.startsAt.getTime()).toBe(now.getTime() + 2 * DAY);
    expect(loaded?.coaches).toEqual(await listCoaches(owner.practiceId));
    expect(poortwachterTimelineOf(client, loaded!.sickLeaveEvents, '2026-02-12')).toEqual(
      await clientPoortwachterTimeline(owner.practiceId, client, '2026-02-12'),
    );
    const logged = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'client.viewed')));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorUserId: owner.userId, entityType: 'client', entityId: client.id, actorKind: 'coach' });
  });

  it('takes a session under way as the next one, and not one that has just ended', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const now = new Date();
    const MINUTE = 60_000;
    const [, underWay] = await getDb()
      .insert(coachingSessions)
      .values(
        [-70, -30, 60].map((minutes) => ({
          practiceId: owner.practiceId,
          clientId: client.id,
          coachId: owner.userId,
          startsAt: new Date(now.getTime() + minutes * MINUTE),
          durationMinutes: 60,
          kind: 'coaching' as const,
          location: 'on_site' as const,
        })),
      )
      .returning({ id: coachingSessions.id });
    const entry = auditEntry({
      practiceId: owner.practiceId,
      actorUserId: owner.userId,
      action: 'client.viewed',
      entityType: 'client',
      entityId: client.id,
    });
    expect((await loadClientOverview(owner.practiceId, client.id, entry, now))?.next?.id).toBe(underWay!.id);
    expect((await nextPlannedSession(owner.practiceId, client.id, now))?.id).toBe(underWay!.id);
  });

  it('finds no client of another practice', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    const theirs = await seedClient(other.practiceId, other.userId);
    const entry = auditEntry({ practiceId: owner.practiceId, actorUserId: owner.userId, action: 'client.viewed' });
    expect(await loadClientOverview(owner.practiceId, theirs.id, entry)).toBeNull();
  });
});
