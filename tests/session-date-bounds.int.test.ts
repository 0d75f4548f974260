import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { planSessionAction } from '@/app/(coach)/clients/[clientId]/sessions/actions';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { coachingSessions } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { moveSession, planSessions } from '@/lib/sessions/service';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, createPractice } from '@/lib/testing/fixtures';

beforeEach(() => actAs(null));

const one = {
  startTime: '10:00',
  endTime: '11:00',
  kind: 'coaching',
  location: 'video',
  repeat: 'none',
  count: 1,
  allowOverlap: false,
} as const;

async function setup(startDate: string | null) {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, { startDate })).id);
  const sessionsOf = () => getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, client.id));
  return { claims, actor, client, sessionsOf };
}

describe('impossible session dates are refused', () => {
  it('not before the client started: planning or moving there is a field error on the date, writing nothing', async () => {
    const start = addDays(todayIn(), -30);
    const { actor, client, sessionsOf } = await setup(start);
    expect(await planSessions(actor, client, { requestId: randomUUID(), ...one, date: '2020-01-01' })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { date: 'sessions.errors.beforeClientStart' },
    });
    expect(await planSessions(actor, client, { requestId: randomUUID(), ...one, date: addDays(start, -1) })).toMatchObject({
      fieldErrors: { date: 'sessions.errors.beforeClientStart' },
    });
    expect(await sessionsOf()).toEqual([]);
    // Recording last week's session, or one on the start date itself, keeps working.
    expect(await planSessions(actor, client, { requestId: randomUUID(), ...one, date: addDays(todayIn(), -7) })).toEqual({
      ok: true,
      data: { count: 1 },
    });
    expect(
      await planSessions(actor, client, { requestId: randomUUID(), ...one, date: start, startTime: '14:00', endTime: '15:00' }),
    ).toMatchObject({ ok: true });
    const [session] = await sessionsOf();
    expect(
      await moveSession(actor, session!, {
        date: '2020-01-01',
        startTime: '10:00',
        endTime: '11:00',
        version: session!.version,
        allowOverlap: true,
      }),
    ).toMatchObject({ fieldErrors: { date: 'sessions.errors.beforeClientStart' } });
    expect((await sessionsOf()).map((s) => s.version)).toEqual([1, 1]);
  });

  it('without a start date, a session in the past can still be recorded', async () => {
    const { actor, client } = await setup(null);
    expect(await planSessions(actor, client, { requestId: randomUUID(), ...one, date: '2020-01-01' })).toEqual({
      ok: true,
      data: { count: 1 },
    });
  });

  it('a crafted request to the action is refused by the shared schema: 9999, 1900, a series past two years', async () => {
    const { claims, client, sessionsOf } = await setup(null);
    actAs(claims);
    const plan = (extra: Record<string, unknown>) =>
      planSessionAction({ requestId: randomUUID(), clientId: client.id, ...one, date: todayIn(), ...extra });
    expect(await plan({ date: '9999-12-31' })).toMatchObject({ ok: false, fieldErrors: { date: 'sessions.errors.dateOutOfRange' } });
    expect(await plan({ date: '1900-01-01' })).toMatchObject({ ok: false, fieldErrors: { date: 'sessions.errors.dateOutOfRange' } });
    expect(await plan({ date: addDays(todayIn(), 60), repeat: 'biweekly', count: 52 })).toMatchObject({
      ok: false,
      fieldErrors: { count: 'sessions.errors.seriesTooFarAhead' },
    });
    expect(await sessionsOf()).toEqual([]);
  });
});
