import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { insertHomework } from '@/db/queries/homework';
import { insertSessions } from '@/db/queries/sessions';
import { practices } from '@/db/schema';
import { startMeasurement } from '@/lib/intake/service';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { type Actor, GuardError } from './guards';
import { requireHomeworkAccess, requireMeasurementAccess, requireSessionAccess } from './record-access';

const asActor = (claims: { userId: string; practiceId: string; role: Actor['role'] }): Actor => ({
  ...claims,
  name: 'Coach',
  email: 'c@example.test',
  locale: 'nl',
});

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId);
  const [session] = await insertSessions(owner.practiceId, [
    {
      clientId: client.id,
      coachId: owner.userId,
      seriesId: null,
      startsAt: new Date('2026-10-19T08:00:00Z'),
      durationMinutes: 60,
      kind: 'coaching',
      location: 'video',
    },
  ]);
  const item = await insertHomework(owner.practiceId, {
    clientId: client.id,
    template: 'energy_diary',
    instrumentKey: null,
    instrumentVersion: null,
    message: '',
    dueDate: '2026-10-26',
    assignedBy: owner.userId,
  });
  const measurement = await startMeasurement(owner.practiceId, {
    clientId: client.id,
    instrumentKey: 'check-in',
    administeredBy: 'coach',
    createdBy: owner.userId,
  });
  return { owner, client, ids: { session: session!.id, homework: item!.id, measurement: measurement.id } };
}

const checks = {
  session: requireSessionAccess,
  homework: requireHomeworkAccess,
  measurement: requireMeasurementAccess,
} as const;

async function refusal(check: Promise<unknown>) {
  const error = await check.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof GuardError ? error.code : error;
}

describe('record access: one convention for sessions, homework and measurements', () => {
  it('gives the record and its client to a coach who may reach the client', async () => {
    const { owner, client, ids } = await setup();
    const actor = asActor(owner);
    const session = await requireSessionAccess(actor, ids.session);
    expect(session.session).toMatchObject({ id: ids.session, clientId: client.id });
    expect(session.client.id).toBe(client.id);
    const item = await requireHomeworkAccess(actor, ids.homework);
    expect(item.homework).toMatchObject({ id: ids.homework, clientId: client.id });
    expect(item.client.email).toBe(client.email);
    const measurement = await requireMeasurementAccess(actor, ids.measurement);
    expect(measurement.measurement).toMatchObject({ id: ids.measurement, clientId: client.id, instrumentKey: 'check-in' });
    expect(measurement.client.id).toBe(client.id);
  });

  it('answers not_found, never null, for a malformed id, a missing record, another practice and an unassigned coach', async () => {
    const { owner, ids } = await setup();
    const stranger = asActor(await createPractice('Other'));
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const unassigned = asActor(await addCoach(owner.practiceId));
    for (const [kind, check] of Object.entries(checks)) {
      const id = ids[kind as keyof typeof ids];
      expect(await refusal(check(asActor(owner), 'not-a-uuid')), kind).toBe('not_found');
      expect(await refusal(check(asActor(owner), '00000000-0000-4000-8000-000000000000')), kind).toBe('not_found');
      expect(await refusal(check(stranger, id)), kind).toBe('not_found');
      expect(await refusal(check(unassigned, id)), kind).toBe('not_found');
    }
  });
});
