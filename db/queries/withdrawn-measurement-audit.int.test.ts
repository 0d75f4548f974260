import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { searchAudit } from '@/db/queries/audit';
import { loadClientExport } from '@/db/queries/client-export';
import { seedClient } from '@/db/queries/client-test-fixtures';
import * as schema from '@/db/schema';
import { auditLog, timelineEvents } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { requireHomeworkAccess } from '@/lib/auth/record-access';
import { assignHomework, withdrawHomework } from '@/lib/homework/service';
import { assignment } from '@/lib/homework/test-fixtures';
import { checkInV1 } from '@/lib/instruments';
import { recordMeasurementOpened } from '@/lib/intake/service';
import { saveMeasurementAnswer } from '@/lib/portal/service';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { capturingConnection, planOf } from '@/lib/testing/query-plan';

// A "measure again" homework withdrawn while its questionnaire is in progress takes its measurement with it: the
// measurement's own audit entries (started, opened) must still be the client's, in the owner's log filtered by client
// and in the client's data export, found through the withdrawal's timeline line.

const firstItem = checkInV1.sections.flatMap((section) => section.items)[0]!;

async function practiceWithClients(name: string) {
  const claims = await createPractice(name);
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const seeded = async (firstName: string) =>
    requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, { firstName, email: `${randomUUID()}@example.test` })).id);
  return { actor, eva: await seeded('Eva'), bert: await seeded('Bert') };
}

/**
 * Assigns a check-in as homework (which starts its measurement: `measurement.started`), lets the client answer once in
 * the portal, has the coach open it (`measurement.opened`), then withdraws it: homework, measurement and answers go.
 */
async function withdrawnMeasureAgain(actor: Actor, client: Awaited<ReturnType<typeof requireClientAccess>>) {
  const assigned = await assignHomework(actor, client, assignment('measure_again', 'check-in'));
  if (!assigned.ok) throw new Error(`assign failed: ${JSON.stringify(assigned)}`);
  const { homeworkId } = assigned.data;
  const who = { practiceId: actor.practiceId, clientId: client.id };
  expect(await saveMeasurementAnswer(who, homeworkId, { itemKey: firstItem.key, value: 2 })).toMatchObject({ ok: true });
  const access = await requireHomeworkAccess(actor, homeworkId);
  const measurementId = access.homework.measurementId!;
  await recordMeasurementOpened(actor, measurementId);
  expect(await withdrawHomework(actor, access, access.homework.version)).toEqual({ ok: true, data: null });
  return { homeworkId, measurementId };
}

/** The actions of the audit entries on `measurementId` in this practice's log (all of them, unfiltered). */
const measurementActions = async (practiceId: string, measurementId: string) =>
  (await auditFor(practiceId))
    .filter((a) => a.entityType === 'measurement' && a.entityId === measurementId)
    .map((a) => a.action)
    .sort();

describe('audit entries on a measurement deleted with its withdrawn "measure again" homework', () => {
  it('stay the client’s: in the owner’s log filtered by client and in the client’s data export; no one else’s', async () => {
    const { actor, eva, bert } = await practiceWithClients('Praktijk Veerkracht');
    const other = await practiceWithClients('Andere praktijk');
    const evas = await withdrawnMeasureAgain(actor, eva);
    const berts = await withdrawnMeasureAgain(actor, bert);
    const others = await withdrawnMeasureAgain(other.actor, other.eva);
    // Lines in another practice naming Eva's measurement, and a measurement of this practice that is gone without a line
    // here: ids are tenant keys, never looked up across practices.
    const stray = randomUUID();
    await getDb().insert(auditLog).values({
      practiceId: actor.practiceId,
      actorKind: 'coach',
      action: 'measurement.opened',
      entityType: 'measurement',
      entityId: stray,
    });
    await getDb()
      .insert(timelineEvents)
      .values(
        [evas.measurementId, stray].map((measurementId) => ({
          practiceId: other.actor.practiceId,
          clientId: other.bert.id,
          kind: 'homework.withdrawn',
          data: { homeworkId: randomUUID(), template: 'measure_again', measurementId },
        })),
      );
    // The entries exist: the measurement's start and the coach opening it.
    expect(await measurementActions(actor.practiceId, evas.measurementId)).toEqual(['measurement.opened', 'measurement.started']);

    // The owner's log, filtered by client: Eva's measurement's entries, named as hers; none of Bert's or the other practice's.
    const logged = async (practiceId: string, clientId: string) =>
      (await searchAudit(practiceId, { clientId }, { limit: 100, offset: 0 })).rows.filter((r) => r.entityType === 'measurement');
    const evaLog = await logged(actor.practiceId, eva.id);
    expect(evaLog.map((r) => r.action).sort()).toEqual(['measurement.opened', 'measurement.started']);
    expect(evaLog.map((r) => [r.entityId, r.clientId, r.clientFirstName])).toEqual([
      [evas.measurementId, eva.id, 'Eva'],
      [evas.measurementId, eva.id, 'Eva'],
    ]);
    expect((await logged(actor.practiceId, bert.id)).map((r) => r.entityId)).toEqual([berts.measurementId, berts.measurementId]);
    expect((await logged(other.actor.practiceId, other.eva.id)).map((r) => r.entityId)).toEqual([
      others.measurementId,
      others.measurementId,
    ]);
    expect(await logged(other.actor.practiceId, other.bert.id)).toEqual([]);
    expect(await logged(actor.practiceId, other.bert.id)).toEqual([]);
    // Unfiltered, each entry still names its own client.
    const all = (await searchAudit(actor.practiceId, {}, { limit: 100, offset: 0 })).rows.filter((r) => r.entityType === 'measurement');
    expect(new Set(all.map((r) => `${r.entityId} ${r.clientId}`))).toEqual(
      new Set([`${evas.measurementId} ${eva.id}`, `${berts.measurementId} ${bert.id}`, `${stray} null`]),
    );

    // The client's data export (GDPR access): the same entries; none of Bert's or the other practice's.
    const exported = async (practiceId: string, clientId: string) =>
      (await loadClientExport(practiceId, clientId))!.accessLog.filter((a) => a.entityType === 'measurement');
    const evaExport = await exported(actor.practiceId, eva.id);
    expect(evaExport.map((a) => a.action).sort()).toEqual(['measurement.opened', 'measurement.started']);
    expect(evaExport.map((a) => a.entityId)).toEqual([evas.measurementId, evas.measurementId]);
    expect((await exported(actor.practiceId, bert.id)).map((a) => a.entityId)).toEqual([berts.measurementId, berts.measurementId]);
    expect((await exported(other.actor.practiceId, other.eva.id)).map((a) => a.entityId)).toEqual([
      others.measurementId,
      others.measurementId,
    ]);
    expect(await exported(other.actor.practiceId, other.bert.id)).toEqual([]);
    // The homework's own entries are in both, as before.
    const withdrawal = ['homework.assigned', 'homework.withdrawn'];
    expect((await searchAudit(actor.practiceId, { clientId: eva.id }, { limit: 100, offset: 0 })).rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(withdrawal),
    );
    expect((await loadClientExport(actor.practiceId, eva.id))!.accessLog.map((a) => a.action)).toEqual(expect.arrayContaining(withdrawal));
  });
});

describe('the owner’s log filtered by client, for withdrawn records', () => {
  it('finds the withdrawal’s line through its own indexes, not by reading the practice’s timeline', async () => {
    // The statement as the app sends it, captured from a client of its own.
    const captured = capturingConnection('homework.withdrawn');
    try {
      const { actor, eva } = await practiceWithClients('Praktijk Index');
      await searchAudit(actor.practiceId, { clientId: eva.id }, { limit: 100, offset: 0 }, drizzle(captured.sql, { schema }));
      // Ruled out so that a tiny test table cannot make a scan look cheaper; what is checked is that an index fits.
      const plan = await planOf(captured.sql, { text: captured.last().text }, ['set local enable_seqscan = off']);
      expect(plan).toMatch(/Index Scan using timeline_withdrawn_measurement on timeline_events t/);
      expect(plan).toMatch(/Index Scan using timeline_withdrawn_homework on timeline_events t/);
    } finally {
      await captured.sql.end({ timeout: 5 });
    }
  });
});
