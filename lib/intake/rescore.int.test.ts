import { and, asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { pageRiskClients } from '@/db/queries/dashboard';
import { practiceMedian } from '@/db/queries/measurements';
import { auditLog, measurementAnswers, measurementIndexPoints, measurements } from '@/db/schema';
import { type Instrument, jdrIntakeV2 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import type { DimensionFlag } from '@/lib/scoring/flags';
import { SCORING_RULES_VERSION } from '@/lib/scoring/version';
import { createPractice } from '@/lib/testing/fixtures';
import { saveCustomInstrument } from './custom-instruments';
import { rescoreOlderMeasurements } from './rescore';
import { loadResultsView } from './results-view';
import { completeMeasurement, instrumentForMeasurement, saveAnswer, startMeasurement } from './service';
import { attentionSummary } from './stored-scores';
import { createTestClient } from './test-fixtures';

afterEach(() => vi.restoreAllMocks());

const NOW = new Date('2030-01-01T09:00:00Z');
const ALL = { limit: 100, offset: 0 };

/** The flag rule of scoring version 1, as those measurements were stored: by the dimension's own group. */
function versionOneFlags(instrument: Instrument, scores: { dimensions: Record<string, { status: string; score?: number }> }) {
  const flags: DimensionFlag[] = [];
  for (const d of instrument.dimensions) {
    const r = scores.dimensions[d.key];
    if (r?.status !== 'scored' || r.score === undefined) continue;
    if (d.group === 'job_demands' && r.score >= 75) flags.push({ kind: 'high_demand', dimension: d.key, group: d.group, score: r.score });
    else if ((d.group === 'work_resources' || d.group === 'personal_resources') && r.score <= 25)
      flags.push({ kind: 'low_resource', dimension: d.key, group: d.group, score: r.score });
  }
  return flags;
}

/** A measurement completed through the service, then put back as version 1 stored it (its flags, no version). */
async function completedUnderVersionOne(
  practiceId: string,
  coachId: string,
  clientId: string,
  instrumentKey: string,
  values: Record<string, number>,
) {
  const { id } = await startMeasurement(practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: coachId });
  for (const [itemKey, value] of Object.entries(values)) await saveAnswer(practiceId, id, { itemKey, value }, 'coach');
  expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId })).toEqual({ ok: true, data: null });
  const [row] = await getDb().select().from(measurements).where(eq(measurements.id, id));
  expect(row?.scoringVersion).toBe(SCORING_RULES_VERSION);
  const instrument = (await instrumentForMeasurement(practiceId, row!))!;
  const scores = { ...(row!.scores as Record<string, unknown>) };
  scores.flags = versionOneFlags(instrument, scores as never);
  await getDb()
    .update(measurements)
    .set({ scores, ...attentionSummary(scores), scoringVersion: null })
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, id)));
  return id;
}

const rowOf = async (id: string) => (await getDb().select().from(measurements).where(eq(measurements.id, id)))[0]!;
const answersOf = (practiceId: string, id: string) =>
  getDb()
    .select()
    .from(measurementAnswers)
    .where(and(eq(measurementAnswers.practiceId, practiceId), eq(measurementAnswers.measurementId, id)))
    .orderBy(asc(measurementAnswers.itemKey));
const resultsFlags = async (practiceId: string, clientId: string, id: string) => {
  const view = await loadResultsView(practiceId, clientId, id, { pointLabel: (d) => d.toISOString() });
  if (view?.status !== 'completed') throw new Error('not completed');
  return view.model.flags.map((f) => f.dimension);
};
const attention = async (practiceId: string, coachId: string) =>
  (await pageRiskClients(practiceId, coachId, NOW, ALL)).clients.map((c) => ({ id: c.id, flagCount: c.flagCount }));

describe('start-up recompute of scores stored under older rules', () => {
  it('gives a measurement completed under the old flag rule the current flags, and the attention list then shows it as the results page does', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    // Everything in the middle, learning orientation at its lowest: under version 1 nothing was flagged.
    const values = Object.fromEntries(
      allItems(jdrIntakeV2).map((i) => [i.key, i.dimension === 'learning_orientation' ? (i.reverse ? 5 : 1) : 3] as const),
    );
    const id = await completedUnderVersionOne(practiceId, userId, clientId, 'jdr-intake', values);
    const answersBefore = await answersOf(practiceId, id);
    expect(answersBefore.length).toBe(allItems(jdrIntakeV2).length);

    // Before: the results page names learning orientation, the attention list does not have the client.
    expect(await resultsFlags(practiceId, clientId, id)).toEqual(['learning_orientation']);
    expect(await attention(practiceId, userId)).toEqual([]);

    // Start-up: the migrations step recomputes it (and says so once in the log).
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await runMigrations(process.env.DATABASE_URL!);

    const after = await rowOf(id);
    expect(after.scoringVersion).toBe(SCORING_RULES_VERSION);
    expect(after.attentionFlags).toBe(1);
    expect((after.scores as { flags: DimensionFlag[] }).flags.map((f) => f.dimension)).toEqual(['learning_orientation']);
    expect(after.status).toBe('completed');
    expect(await answersOf(practiceId, id)).toEqual(answersBefore);
    expect(await attention(practiceId, userId)).toEqual([{ id: clientId, flagCount: 1 }]);
    expect((await attention(practiceId, userId))[0]!.flagCount).toBe((await resultsFlags(practiceId, clientId, id)).length);
    expect(log.mock.calls.flat().join('\n')).toMatch(/computed again under scoring rules version \d+/);
    // The system's change is in the measurement's audit trail, without scores.
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.entityId, id), eq(auditLog.action, 'measurement.rescored')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: 'system', entityType: 'measurement' });
    expect(JSON.stringify(audits[0]!.metadata)).not.toMatch(/score"|flags|learning/);

    // A second run changes nothing.
    const points = await getDb().select().from(measurementIndexPoints).where(eq(measurementIndexPoints.measurementId, id));
    const again = await rescoreOlderMeasurements(getDb());
    expect(again).toEqual({ checked: 0, changed: 0, left: [], failed: [] });
    expect(await rowOf(id)).toEqual(after);
    expect(await getDb().select().from(measurementIndexPoints).where(eq(measurementIndexPoints.measurementId, id))).toEqual(points);
  });

  it('no longer flags a custom total, under the practice’s own instrument, and keeps the practice median’s points', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId, 'Bram Bakker');
    const items = (subscale: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `${subscale}_${i + 1}`, text: { nl: `Vraag ${i + 1}`, en: '' }, subscale }));
    const saved = await saveCustomInstrument(practiceId, userId, {
      definition: {
        name: { nl: 'Werkbeleving', en: '' },
        scale: { min: 1, max: 5 },
        subscales: [
          { key: 'werkdruk', name: { nl: 'Werkdruk', en: '' }, group: 'job_demands' },
          { key: 'steun', name: { nl: 'Steun', en: '' }, group: 'work_resources' },
          { key: 'crafting', name: { nl: 'Belemmeringen verminderen', en: '' }, group: 'job_demands', feedsIndex: false },
        ],
        items: [...items('werkdruk', 3), ...items('steun', 3), ...items('crafting', 3)],
        total: { name: { nl: 'Totaal', en: 'Total' } },
      },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const values = Object.fromEntries([...items('werkdruk', 3), ...items('steun', 3), ...items('crafting', 3)].map((i) => [i.key, 5]));
    const id = await completedUnderVersionOne(practiceId, userId, clientId, saved.data.key, values);
    // Version 1 flagged the total and the scale that feeds no index beside the demand.
    expect((await rowOf(id)).attentionFlags).toBe(3);
    expect(await attention(practiceId, userId)).toEqual([{ id: clientId, flagCount: 3 }]);
    const pointsBefore = await getDb().select().from(measurementIndexPoints).where(eq(measurementIndexPoints.measurementId, id));
    expect(pointsBefore.length).toBeGreaterThan(0);

    expect(await rescoreOlderMeasurements(getDb())).toMatchObject({ changed: expect.any(Number), left: [] });
    expect(await resultsFlags(practiceId, clientId, id)).toEqual(['werkdruk']);
    expect((await rowOf(id)).attentionFlags).toBe(1);
    expect(await attention(practiceId, userId)).toEqual([{ id: clientId, flagCount: 1 }]);
    expect(await getDb().select().from(measurementIndexPoints).where(eq(measurementIndexPoints.measurementId, id))).toEqual(pointsBefore);
    const median = await practiceMedian(practiceId, {
      instrumentKey: saved.data.key,
      componentSet: pointsBefore[0]!.componentSet,
      components: pointsBefore[0]!.components,
    });
    expect(median?.n).toBe(1);
  });

  it('only raises the version of a row the current rules give again (as the seeds write them): no rewrite, no audit entry', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId, 'Noor Visser');
    const values = Object.fromEntries(allItems(jdrIntakeV2).map((i) => [i.key, 4]));
    const id = await completedUnderVersionOne(practiceId, userId, clientId, 'jdr-intake', values);
    const before = await rowOf(id);
    expect(await rescoreOlderMeasurements(getDb())).toEqual({ checked: 1, changed: 0, left: [], failed: [] });
    expect(await rowOf(id)).toEqual({ ...before, scoringVersion: SCORING_RULES_VERSION });
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.action, 'measurement.rescored')));
    expect(audits).toEqual([]);
  });

  it('rewrites only the index points when only how they are stored changed (rules v5): in one go, with no audit entry, scores untouched', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId, 'Sem de Wit');
    const values = Object.fromEntries(allItems(jdrIntakeV2).map((i) => [i.key, 4]));
    const id = await completedUnderVersionOne(practiceId, userId, clientId, 'jdr-intake', values);
    // As version 4 stored them: the same values under the signature without the scoring part.
    await getDb()
      .update(measurements)
      .set({ scores: (await rowOf(id)).scores, scoringVersion: 4 })
      .where(and(eq(measurements.practiceId, practiceId), eq(measurements.id, id)));
    const pointsOf = () =>
      getDb()
        .select()
        .from(measurementIndexPoints)
        .where(and(eq(measurementIndexPoints.practiceId, practiceId), eq(measurementIndexPoints.measurementId, id)));
    const current = await pointsOf();
    expect(current.length).toBeGreaterThan(0);
    await getDb()
      .update(measurementIndexPoints)
      .set({ components: 'v4-signature' })
      .where(and(eq(measurementIndexPoints.practiceId, practiceId), eq(measurementIndexPoints.measurementId, id)));
    const before = await rowOf(id);
    expect(await rescoreOlderMeasurements(getDb())).toEqual({ checked: 1, changed: 0, left: [], failed: [] });
    expect(await rowOf(id)).toEqual({ ...before, scoringVersion: SCORING_RULES_VERSION });
    const after = await pointsOf();
    const key = (p: { componentSet: string; components: string; demands: number; resources: number }) =>
      `${p.componentSet}:${p.components}:${p.demands}:${p.resources}`;
    expect(after.map(key).sort()).toEqual(current.map(key).sort());
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, practiceId), eq(auditLog.action, 'measurement.rescored')));
    expect(audits).toEqual([]);
  });

  it('leaves a measurement whose instrument is unknown as it is, and start-up goes on', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId, 'Esra Yilmaz');
    const [row] = await getDb()
      .insert(measurements)
      .values({
        practiceId,
        clientId,
        instrumentKey: 'retired-questionnaire',
        instrumentVersion: 7,
        administeredBy: 'coach',
        status: 'completed',
        scores: { flags: [{ kind: 'high_demand', dimension: 'x', group: 'job_demands', score: 90 }] },
        attentionFlags: 1,
        completedAt: new Date('2026-01-01T10:00:00Z'),
      })
      .returning();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await expect(runMigrations(process.env.DATABASE_URL!)).resolves.toBeUndefined();
    const lines = log.mock.calls.flat().join('\n');
    expect(lines.match(/retired-questionnaire@7/g)).toHaveLength(1);
    expect(await rowOf(row!.id)).toEqual(row);
    expect((await rescoreOlderMeasurements(getDb())).left).toEqual([
      { practiceId, measurementId: row!.id, instrument: 'retired-questionnaire@7' },
    ]);
  });

  it('goes on with the other practices when one stops on a row held too long, and takes that one at the next start-up', async () => {
    const first = await createPractice();
    const second = await createPractice();
    const values = Object.fromEntries(
      allItems(jdrIntakeV2).map((i) => [i.key, i.dimension === 'learning_orientation' ? (i.reverse ? 5 : 1) : 3] as const),
    );
    const held = await completedUnderVersionOne(
      first.practiceId,
      first.userId,
      await createTestClient(first.practiceId, first.userId),
      'jdr-intake',
      values,
    );
    const free = await completedUnderVersionOne(
      second.practiceId,
      second.userId,
      await createTestClient(second.practiceId, second.userId, 'Lotte Jansen'),
      'jdr-intake',
      values,
    );
    // Another instance (or a coach reopening it) holds the first practice's row while the recompute runs.
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await other.begin(async (tx) => {
        await tx`select id from measurements where practice_id = ${first.practiceId} and id = ${held} for update`;
        const outcome = await rescoreOlderMeasurements(getDb(), { lockTimeoutMs: 200 });
        expect(outcome.failed).toEqual([{ practiceId: first.practiceId, error: expect.stringMatching(/lock timeout/) }]);
        expect((await rowOf(free)).scoringVersion).toBe(SCORING_RULES_VERSION);
        expect((await rowOf(held)).scoringVersion).toBeNull();
      });
    } finally {
      await other.end();
    }
    const next = await rescoreOlderMeasurements(getDb());
    expect(next.failed).toEqual([]);
    expect((await rowOf(held)).scoringVersion).toBe(SCORING_RULES_VERSION);
  });
});
