import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { recordCoachingAgreement, seedClient } from '@/db/queries/client-test-fixtures';
import { homework, measurements, outbox } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { assignHomework } from '@/lib/homework/service';
import { assignment } from '@/lib/homework/test-fixtures';
import { startCoachMeasurement } from '@/lib/intake/service';
import { planSessions, startSessionCheckin } from '@/lib/sessions/service';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { createPractice } from '@/lib/testing/fixtures';

/** A client with the given consent history for the coaching agreement ('none' = nothing recorded). */
async function setup(history: 'none' | 'given' | 'withdrawn' | 'given-again') {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const row = await seedClient(actor.practiceId, actor.userId, {}, { agreement: false });
  if (history !== 'none') await recordCoachingAgreement(actor.practiceId, row.id, actor.userId, 'given');
  if (history === 'withdrawn' || history === 'given-again') {
    // Append-only history: a later row wins (created_at is the statement time, so wait a tick).
    await new Promise((r) => setTimeout(r, 5));
    await recordCoachingAgreement(actor.practiceId, row.id, actor.userId, 'withdrawn');
  }
  if (history === 'given-again') {
    await new Promise((r) => setTimeout(r, 5));
    await recordCoachingAgreement(actor.practiceId, row.id, actor.userId, 'given');
  }
  const client = await requireClientAccess(actor, row.id);
  return { actor, client };
}

async function plannedSession(actor: Actor, clientId: string) {
  const client = await requireClientAccess(actor, clientId);
  const planned = await planSessions(actor, client, {
    requestId: randomUUID(),
    date: addDays(todayIn(), 3),
    startTime: '10:00',
    endTime: '11:00',
    kind: 'coaching',
    location: 'video',
    repeat: 'none',
    count: 1,
    allowOverlap: true,
  });
  expect(planned.ok).toBe(true);
  return (await getDb().query.coachingSessions.findMany({ where: (s, { eq }) => eq(s.clientId, clientId) }))[0]!;
}

const written = async (clientId: string) => ({
  measurements: (await getDb().select().from(measurements).where(eq(measurements.clientId, clientId))).length,
  homework: (await getDb().select().from(homework).where(eq(homework.clientId, clientId))).length,
});

describe('processing needs the recorded coaching agreement', () => {
  for (const history of ['none', 'withdrawn'] as const) {
    it(`refuses measurements, check-ins and homework when the agreement is ${history === 'none' ? 'missing' : 'withdrawn'}`, async () => {
      const { actor, client } = await setup(history);
      const session = await plannedSession(actor, client.id);
      const mailsBefore = (await getDb().select().from(outbox).where(eq(outbox.practiceId, actor.practiceId))).length;

      expect(await startCoachMeasurement(actor, client.id, 'jdr-intake')).toEqual({ ok: false, error: 'consent_required' });
      expect(await startSessionCheckin(actor, session)).toEqual({ ok: false, error: 'consent_required' });
      expect(await assignHomework(actor, client, assignment('energy_diary'))).toEqual({
        ok: false,
        error: 'consent_required',
      });
      expect(await assignHomework(actor, client, assignment('measure_again', 'check-in'))).toEqual({
        ok: false,
        error: 'consent_required',
      });

      // Nothing was written and no mail went out.
      expect(await written(client.id)).toEqual({ measurements: 0, homework: 0 });
      expect((await getDb().select().from(outbox).where(eq(outbox.practiceId, actor.practiceId))).length).toBe(mailsBefore);
    });
  }

  for (const history of ['given', 'given-again'] as const) {
    it(`allows them once the agreement is ${history === 'given' ? 'given' : 'given again after a withdrawal'}`, async () => {
      const { actor, client } = await setup(history);
      const session = await plannedSession(actor, client.id);
      expect(await startCoachMeasurement(actor, client.id, 'jdr-intake')).toMatchObject({ ok: true });
      expect(await startSessionCheckin(actor, session)).toMatchObject({ ok: true });
      expect(await assignHomework(actor, client, assignment('measure_again', 'check-in'))).toMatchObject({ ok: true });
      expect(await written(client.id)).toEqual({ measurements: 3, homework: 1 });
    });
  }

  it('the refusal is a translated message in both languages', async () => {
    const nl = (await import('@/lib/i18n/messages/core.nl.json')).default as { errors: Record<string, string> };
    const en = (await import('@/lib/i18n/messages/core.en.json')).default as { errors: Record<string, string> };
    expect(nl.errors.consent_required).toMatch(/coachingsovereenkomst/);
    expect(en.errors.consent_required).toMatch(/coaching agreement/);
  });
});
