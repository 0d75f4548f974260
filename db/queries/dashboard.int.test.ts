import { eq } from 'drizzle-orm';
import { scoresForStorage } from '@/lib/intake/stored-scores';
import type { MeasurementScores } from '@/lib/scoring/types';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { coachingSessions, homework, measurements } from '../schema';
import { seedClient } from './client-test-fixtures';
import { listNewSubmissions, listOverdueHomework, listRiskClients, practiceHasClients } from './dashboard';

const DAY = 86_400_000;

async function addHomework(practiceId: string, clientId: string, assignedBy: string, values: Partial<typeof homework.$inferInsert>) {
  const [row] = await getDb()
    .insert(homework)
    .values({ practiceId, clientId, assignedBy, template: 'energy_diary', dueDate: '2026-03-10', ...values })
    .returning();
  return row!;
}

async function addMeasurement(practiceId: string, clientId: string, scores: Record<string, unknown> | null, completedAt: Date, status: 'completed' | 'in_progress' = 'completed') {
  await getDb().insert(measurements).values({ practiceId, clientId, instrumentKey: 'jdr-intake', instrumentVersion: 1, administeredBy: 'coach', status, scores, completedAt });
}

/** Stored scores as completion writes them (scoresForStorage adds the midpoint profile). */
const indices = (demands: number, resources: number) =>
  scoresForStorage({
    dimensions: {},
    subscales: [],
    indices: { demands: { status: 'scored', score: demands, answered: 3, total: 3 }, work_resources: { status: 'scored', score: resources, answered: 3, total: 3 } },
  } as unknown as MeasurementScores);

describe('dashboard lists', () => {
  it('knows whether the practice has clients yet', async () => {
    const owner = await createPractice();
    expect(await practiceHasClients(owner.practiceId)).toBe(false);
    await seedClient(owner.practiceId, owner.userId);
    expect(await practiceHasClients(owner.practiceId)).toBe(true);
  });

  it('lists submissions not seen since they came in, of the coach’s own clients', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const mine = await seedClient(owner.practiceId, owner.userId, { firstName: 'Mijn' });
    const theirs = await seedClient(owner.practiceId, colleague.userId);
    const t = new Date('2026-03-05T10:00:00Z');
    const unseen = await addHomework(owner.practiceId, mine.id, owner.userId, { status: 'submitted', submittedAt: t });
    const seenBefore = await addHomework(owner.practiceId, mine.id, owner.userId, { status: 'submitted', submittedAt: t, seenAt: new Date(t.getTime() - 1000) });
    await addHomework(owner.practiceId, mine.id, owner.userId, { status: 'submitted', submittedAt: t, seenAt: new Date(t.getTime() + 1000) });
    await addHomework(owner.practiceId, mine.id, owner.userId, { status: 'reopened', submittedAt: t });
    await addHomework(owner.practiceId, theirs.id, colleague.userId, { status: 'submitted', submittedAt: t });
    const rows = await listNewSubmissions(owner.practiceId, owner.userId);
    expect(rows.map((r) => r.id).sort()).toEqual([unseen.id, seenBefore.id].sort());
    expect(rows[0]!.firstName).toBe('Mijn');
  });

  it('lists homework past its due date that is not submitted', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const late = await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-03-01' });
    const lateReopened = await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-02-01', status: 'reopened' });
    await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-03-05' });
    await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-03-01', status: 'submitted', submittedAt: new Date() });
    const archived = await seedClient(owner.practiceId, owner.userId, { archivedAt: new Date() });
    await addHomework(owner.practiceId, archived.id, owner.userId, { dueDate: '2026-03-01' });
    expect((await listOverdueHomework(owner.practiceId, owner.userId, '2026-03-05')).map((r) => r.id)).toEqual([lateReopened.id, late.id]);
  });

  it('lists "high demands, low resources" clients without a session in the next two weeks, by their latest measurement', async () => {
    const owner = await createPractice();
    const now = new Date();
    const make = (firstName: string) => seedClient(owner.practiceId, owner.userId, { firstName, lastName: firstName });
    const [byIndices, recovered, planned, plannedLater, noProfile, openOnly, insufficient] = await Promise.all(
      ['B-indices', 'C-recovered', 'D-planned', 'E-later', 'F-none', 'G-open', 'H-insufficient'].map(make),
    );
    await addMeasurement(owner.practiceId, byIndices!.id, indices(72, 35), new Date(now.getTime() - 9 * DAY));
    await addMeasurement(owner.practiceId, recovered!.id, indices(72, 35), new Date(now.getTime() - 30 * DAY));
    await addMeasurement(owner.practiceId, recovered!.id, indices(40, 70), new Date(now.getTime() - 2 * DAY));
    for (const c of [planned!, plannedLater!]) await addMeasurement(owner.practiceId, c.id, indices(80, 20), now);
    await getDb().insert(coachingSessions).values([
      { practiceId: owner.practiceId, clientId: planned!.id, coachId: owner.userId, startsAt: new Date(now.getTime() + 10 * DAY), durationMinutes: 60, kind: 'coaching', location: 'video' },
      { practiceId: owner.practiceId, clientId: plannedLater!.id, coachId: owner.userId, startsAt: new Date(now.getTime() + 20 * DAY), durationMinutes: 60, kind: 'coaching', location: 'video' },
    ]);
    await addMeasurement(owner.practiceId, noProfile!.id, { indices: {} }, now);
    await addMeasurement(owner.practiceId, openOnly!.id, indices(80, 20), now, 'in_progress');
    await addMeasurement(owner.practiceId, insufficient!.id, { indices: { demands: { status: 'insufficient' }, work_resources: { status: 'scored', score: 10 } } }, now);
    const rows = await listRiskClients(owner.practiceId, owner.userId, now);
    expect(rows.map((r) => r.firstName)).toEqual(['B-indices', 'E-later']);

    await getDb().update(coachingSessions).set({ status: 'cancelled' }).where(eq(coachingSessions.clientId, planned!.id));
    expect((await listRiskClients(owner.practiceId, owner.userId, now)).map((r) => r.firstName)).toContain('D-planned');
  });
});
