import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { getDb } from './client';
import { seedClient } from './queries/client-test-fixtures';
import { auditLog, coachingSessions } from './schema';

// Migration 0020 records a session's last handover on the session; the handovers made before it are read from their audit
// entries (session.reassigned, from whom), so the outgoing coach's calendar feed still lists those as cancelled.
const backfill = readFileSync(path.join(process.cwd(), 'db', 'migrations', '0020_session-handover.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .find((statement) => statement.includes('UPDATE'));

it('records the last handover of sessions moved before migration 0020, from their audit entries', async () => {
  expect(backfill).toBeDefined();
  const owner = await createPractice();
  const a = await addCoach(owner.practiceId);
  const b = await addCoach(owner.practiceId);
  const client = await seedClient(owner.practiceId, b.userId, { firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.test' });
  const session = (coachId: string) => ({
    practiceId: owner.practiceId,
    clientId: client.id,
    coachId,
    startsAt: new Date(Date.now() + 5 * 86_400_000),
    durationMinutes: 60,
    kind: 'coaching' as const,
    location: 'video' as const,
  });
  // Moved A → B; moved A → B and back to A; never moved.
  const [movedAway, movedBack, stayed] = await getDb()
    .insert(coachingSessions)
    .values([session(b.userId), session(a.userId), session(b.userId)])
    .returning();
  const now = Date.now();
  const day = (n: number) => new Date(now - n * 86_400_000);
  const handover = (entityId: string, from: string, to: string, at: Date) => ({
    practiceId: owner.practiceId,
    actorUserId: owner.userId,
    actorKind: 'coach' as const,
    action: 'session.reassigned',
    entityType: 'session',
    entityId,
    metadata: { from, to, because: 'client.updated' },
    createdAt: at,
  });
  await getDb()
    .insert(auditLog)
    .values([
      handover(movedAway!.id, a.userId, b.userId, day(3)),
      handover(movedBack!.id, a.userId, b.userId, day(5)),
      handover(movedBack!.id, b.userId, a.userId, day(2)),
    ]);

  await getDb().execute(sql.raw(backfill as string));

  const moved = async (id: string) => {
    const [row] = await getDb()
      .select({ from: coachingSessions.movedFromCoachId, at: coachingSessions.movedAt })
      .from(coachingSessions)
      .where(and(eq(coachingSessions.practiceId, owner.practiceId), eq(coachingSessions.id, id)));
    return row;
  };
  expect(await moved(movedAway!.id)).toEqual({ from: a.userId, at: day(3) });
  // Its last handover (back to A) is from B.
  expect(await moved(movedBack!.id)).toEqual({ from: b.userId, at: day(2) });
  expect(await moved(stayed!.id)).toEqual({ from: null, at: null });
});
