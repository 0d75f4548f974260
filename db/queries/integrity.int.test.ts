import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pgErrorCode } from '@/db/errors';
import { clients, coachingSessions, homework, measurements, planDismissedSuggestions } from '@/db/schema';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { seedClient, seedEmployer } from './client-test-fixtures';

/** The SQLSTATE and constraint of a refused statement (null when it went through). */
async function refusal(write: Promise<unknown>): Promise<{ code: string | null; constraint: string | undefined } | null> {
  try {
    await write;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { constraint_name?: string } }).cause;
    return { code: pgErrorCode(error), constraint: cause?.constraint_name ?? (error as { constraint_name?: string }).constraint_name };
  }
}

async function twoClientsWithAMeasurement() {
  const owner = await createPractice();
  const anna = await seedClient(owner.practiceId, owner.userId, { firstName: 'Anna' });
  const bert = await seedClient(owner.practiceId, owner.userId, { firstName: 'Bert' });
  const [m] = await getDb()
    .insert(measurements)
    .values({ practiceId: owner.practiceId, clientId: anna.id, instrumentKey: 'check-in', instrumentVersion: 1, administeredBy: 'client' })
    .returning();
  return { owner, anna, bert, measurementId: m!.id };
}

describe('the database keeps a measurement with its own client', () => {
  it("refuses homework that points at another client's measurement", async () => {
    const { owner, anna, bert, measurementId } = await twoClientsWithAMeasurement();
    const row = (clientId: string) => ({
      practiceId: owner.practiceId,
      clientId,
      template: 'measure_again' as const,
      instrumentKey: 'check-in',
      instrumentVersion: 1,
      dueDate: '2026-12-01',
      assignedBy: owner.userId,
      measurementId,
    });
    expect(await refusal(getDb().insert(homework).values(row(bert.id)))).toEqual({
      code: '23503',
      constraint: 'homework_measurement_same_client_fk',
    });
    expect(await refusal(getDb().insert(homework).values(row(anna.id)))).toBeNull();
    // Moving existing homework to another client is refused as well.
    expect(
      await refusal(getDb().update(homework).set({ clientId: bert.id }).where(eq(homework.measurementId, measurementId))),
    ).toMatchObject({
      code: '23503',
    });
  });

  it("refuses a session check-in that points at another client's measurement", async () => {
    const { owner, anna, bert, measurementId } = await twoClientsWithAMeasurement();
    const row = (clientId: string) => ({
      practiceId: owner.practiceId,
      clientId,
      coachId: owner.userId,
      startsAt: new Date('2026-12-01T09:00:00Z'),
      durationMinutes: 60,
      kind: 'coaching' as const,
      location: 'video' as const,
      checkinMeasurementId: measurementId,
    });
    expect(await refusal(getDb().insert(coachingSessions).values(row(bert.id)))).toEqual({
      code: '23503',
      constraint: 'coaching_sessions_checkin_measurement_same_client_fk',
    });
    expect(await refusal(getDb().insert(coachingSessions).values(row(anna.id)))).toBeNull();
  });
});

describe('the database keeps a dismissed suggestion with its measurement’s client', () => {
  it("refuses a suggestion dismissed for one client on another client's results", async () => {
    const { owner, anna, bert, measurementId } = await twoClientsWithAMeasurement();
    const row = (clientId: string) => ({ practiceId: owner.practiceId, clientId, measurementId, suggestionKey: 'workload' });
    expect(await refusal(getDb().insert(planDismissedSuggestions).values(row(bert.id)))).toEqual({
      code: '23503',
      constraint: 'plan_dismissed_suggestions_measurement_same_client_fk',
    });
    expect(await refusal(getDb().insert(planDismissedSuggestions).values(row(anna.id)))).toBeNull();
  });
});

describe('a session handed over names a coach of its own practice', () => {
  it("refuses another practice's coach as the coach it moved from", async () => {
    const { owner, anna } = await twoClientsWithAMeasurement();
    const stranger = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const row = (movedFromCoachId: string) => ({
      practiceId: owner.practiceId,
      clientId: anna.id,
      coachId: owner.userId,
      startsAt: new Date('2026-12-01T09:00:00Z'),
      durationMinutes: 60,
      kind: 'coaching' as const,
      location: 'video' as const,
      movedFromCoachId,
      movedAt: new Date(),
    });
    expect(await refusal(getDb().insert(coachingSessions).values(row(stranger.userId)))).toEqual({
      code: '23503',
      constraint: 'coaching_sessions_moved_from_coach_fk',
    });
    expect(await refusal(getDb().insert(coachingSessions).values(row(colleague.userId)))).toBeNull();
  });
});

describe('a manager contact needs an employer', () => {
  it('refuses a client with a manager but no employer, and accepts both or neither', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId);
    const set = (values: Partial<typeof clients.$inferInsert>) => getDb().update(clients).set(values).where(eq(clients.id, client.id));
    expect(await refusal(set({ employerId: null, managerContactId: manager.id }))).toEqual({
      code: '23514',
      constraint: 'clients_manager_needs_employer',
    });
    expect(await refusal(set({ employerId: employer.id, managerContactId: manager.id }))).toBeNull();
    // Dropping the employer but keeping the manager is refused too.
    expect(await refusal(set({ employerId: null }))).toEqual({ code: '23514', constraint: 'clients_manager_needs_employer' });
    expect(await refusal(set({ employerId: null, managerContactId: null }))).toBeNull();
  });
});
