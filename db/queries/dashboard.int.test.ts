import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { jdrIntakeV1 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import { attentionSummary, scoresForStorage } from '@/lib/intake/stored-scores';
import { scoreMeasurement } from '@/lib/scoring/score';
import type { MeasurementScores } from '@/lib/scoring/types';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { capturingConnection, planOf } from '@/lib/testing/query-plan';
import * as schema from '../schema';
import { coachingSessions, homework, measurements, practices } from '../schema';
import { recordCoachingAgreement, seedClient } from './client-test-fixtures';
import { dashboardHomework, pageNewSubmissions, pageOverdueHomework, pageRiskClients, practiceHasClients } from './dashboard';

const DAY = 86_400_000;

/** Every row each list has, in its order (one page large enough for these tests). */
const ALL = { limit: 100, offset: 0 };
const listNewSubmissions = async (practiceId: string, coachId: string) => (await pageNewSubmissions(practiceId, coachId, ALL)).rows;
const listOverdueHomework = async (practiceId: string, coachId: string, today: string) =>
  (await pageOverdueHomework(practiceId, coachId, today, ALL)).rows;
const listRiskClients = async (practiceId: string, coachId: string, now: Date) =>
  (await pageRiskClients(practiceId, coachId, now, ALL)).clients;

async function addHomework(practiceId: string, clientId: string, assignedBy: string, values: Partial<typeof homework.$inferInsert>) {
  const [row] = await getDb()
    .insert(homework)
    .values({ practiceId, clientId, assignedBy, template: 'energy_diary', dueDate: '2026-03-10', ...values })
    .returning();
  return row!;
}

async function addMeasurement(
  practiceId: string,
  clientId: string,
  scores: Record<string, unknown> | null,
  completedAt: Date,
  status: 'completed' | 'in_progress' = 'completed',
  instrumentKey = 'jdr-intake',
) {
  const [row] = await getDb()
    .insert(measurements)
    .values({
      practiceId,
      clientId,
      instrumentKey,
      instrumentVersion: 1,
      administeredBy: 'coach',
      status,
      scores,
      // The attention summary as completion writes it (markCompleted); `summary: false` leaves the columns empty.
      ...(status === 'completed' && writeSummary ? attentionSummary(scores) : {}),
      completedAt,
    })
    .returning({ id: measurements.id });
  return row!.id;
}

let writeSummary = true;

/** Stored scores as completion writes them (scoresForStorage adds the midpoint profile). */
const indices = (demands: number, resources: number) =>
  scoresForStorage({
    dimensions: {},
    subscales: [],
    indices: {
      demands: { status: 'scored', score: demands, answered: 3, total: 3 },
      work_resources: { status: 'scored', score: resources, answered: 3, total: 3 },
    },
  } as unknown as MeasurementScores);

describe('dashboard lists', () => {
  it('knows whether the practice has clients yet', async () => {
    const owner = await createPractice();
    expect(await practiceHasClients(owner.practiceId)).toBe(false);
    await seedClient(owner.practiceId, owner.userId);
    expect(await practiceHasClients(owner.practiceId)).toBe(true);
  });

  it('knows whether the coach sees a client yet, limited to their own when the practice says so', async () => {
    const owner = await createPractice();
    const newcomer = await addCoach(owner.practiceId);
    await seedClient(owner.practiceId, owner.userId);
    expect((await dashboardHomework(owner.practiceId, newcomer.userId, '2026-03-05', 10, null)).hasClients).toBe(true);
    expect((await dashboardHomework(owner.practiceId, newcomer.userId, '2026-03-05', 10, newcomer.userId)).hasClients).toBe(false);
    await seedClient(owner.practiceId, newcomer.userId);
    expect((await dashboardHomework(owner.practiceId, newcomer.userId, '2026-03-05', 10, newcomer.userId)).hasClients).toBe(true);
  });

  it('lists submissions not seen since they came in, of the coach’s own clients', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const mine = await seedClient(owner.practiceId, owner.userId, { firstName: 'Mijn' });
    const theirs = await seedClient(owner.practiceId, colleague.userId);
    const t = new Date('2026-03-05T10:00:00Z');
    const unseen = await addHomework(owner.practiceId, mine.id, owner.userId, { status: 'submitted', submittedAt: t });
    const seenBefore = await addHomework(owner.practiceId, mine.id, owner.userId, {
      status: 'submitted',
      submittedAt: t,
      seenAt: new Date(t.getTime() - 1000),
    });
    await addHomework(owner.practiceId, mine.id, owner.userId, {
      status: 'submitted',
      submittedAt: t,
      seenAt: new Date(t.getTime() + 1000),
    });
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

  it('leaves out overdue homework of a client who withdrew the coaching agreement, on the dashboard and the full list', async () => {
    const owner = await createPractice();
    const keeps = await seedClient(owner.practiceId, owner.userId);
    const withdrew = await seedClient(owner.practiceId, owner.userId);
    const never = await seedClient(owner.practiceId, owner.userId, {}, { agreement: false });
    const late = await addHomework(owner.practiceId, keeps.id, owner.userId, { dueDate: '2026-03-01' });
    await addHomework(owner.practiceId, withdrew.id, owner.userId, { dueDate: '2026-03-01' });
    await addHomework(owner.practiceId, never.id, owner.userId, { dueDate: '2026-03-01' });
    // The latest record counts: given, then withdrawn.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordCoachingAgreement(owner.practiceId, withdrew.id, owner.userId, 'withdrawn');
    expect((await listOverdueHomework(owner.practiceId, owner.userId, '2026-03-05')).map((r) => r.id)).toEqual([late.id]);
    const merged = await dashboardHomework(owner.practiceId, owner.userId, '2026-03-05', 5, null);
    expect(merged.overdue.rows.map((h) => h.id)).toEqual([late.id]);
    expect(merged.overdue.total).toBe(1);
  });

  it('reads the client check and the first rows of both homework lists with their counts in one statement, as the separate queries do', async () => {
    const owner = await createPractice();
    expect(await dashboardHomework(owner.practiceId, owner.userId, '2026-03-05', 10, null)).toEqual({
      hasClients: false,
      submissions: { rows: [], total: 0 },
      overdue: { rows: [], total: 0 },
    });
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Mijn' });
    const t = new Date('2026-03-05T10:00:00.123Z');
    const older = await addHomework(owner.practiceId, client.id, owner.userId, {
      status: 'submitted',
      submittedAt: new Date(t.getTime() - DAY),
    });
    const newer = await addHomework(owner.practiceId, client.id, owner.userId, { status: 'submitted', submittedAt: t });
    const late = await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-03-01', remindedAt: t });
    const later = await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-02-01' });
    const merged = await dashboardHomework(owner.practiceId, owner.userId, '2026-03-05', 10, null);
    expect(merged.hasClients).toBe(true);
    expect(merged.submissions.rows.map((h) => h.id)).toEqual([newer.id, older.id]);
    expect(merged.submissions.rows[0]).toMatchObject({ clientId: client.id, template: 'energy_diary', firstName: 'Mijn', submittedAt: t });
    expect(merged.overdue.rows.map((h) => h.id)).toEqual([later.id, late.id]);
    expect(merged.overdue.rows[1]).toMatchObject({ dueDate: '2026-03-01', remindedAt: t });
    expect(merged.submissions).toEqual(await pageNewSubmissions(owner.practiceId, owner.userId, ALL));
    expect(merged.overdue).toEqual(await pageOverdueHomework(owner.practiceId, owner.userId, '2026-03-05', ALL));
    // The first row of each, counting all of them.
    expect(await dashboardHomework(owner.practiceId, owner.userId, '2026-03-05', 1, null)).toEqual({
      hasClients: true,
      submissions: { rows: [merged.submissions.rows[0]], total: 2 },
      overdue: { rows: [merged.overdue.rows[0]], total: 2 },
    });
  });

  it('pages through both homework lists without repeating or skipping homework of the same moment', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const t = new Date('2026-03-04T09:00:00Z');
    const submitted: string[] = [];
    const late: string[] = [];
    for (let i = 0; i < 5; i++) {
      submitted.push((await addHomework(owner.practiceId, client.id, owner.userId, { status: 'submitted', submittedAt: t })).id);
      late.push((await addHomework(owner.practiceId, client.id, owner.userId, { dueDate: '2026-03-01' })).id);
    }
    for (const [load, expected] of [
      [(page: { limit: number; offset: number }) => pageNewSubmissions(owner.practiceId, owner.userId, page), submitted],
      [(page: { limit: number; offset: number }) => pageOverdueHomework(owner.practiceId, owner.userId, '2026-03-05', page), late],
    ] as const) {
      const pages = [await load({ limit: 2, offset: 0 }), await load({ limit: 2, offset: 2 }), await load({ limit: 2, offset: 4 })];
      expect(pages.map((p) => [p.rows.length, p.total])).toEqual([
        [2, 5],
        [2, 5],
        [1, 5],
      ]);
      // The same moment throughout: the id decides, so the pages together are the list in id order.
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual([...expected].sort());
      expect(await load({ limit: 2, offset: 6 })).toEqual({ rows: [], total: 0 });
    }
    // The dashboard's one statement keeps that order when it aggregates the rows.
    const merged = await dashboardHomework(owner.practiceId, owner.userId, '2026-03-05', 10, null);
    expect(merged.submissions.rows.map((h) => h.id)).toEqual([...submitted].sort());
    expect(merged.overdue.rows.map((h) => h.id)).toEqual([...late].sort());
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
    await getDb()
      .insert(coachingSessions)
      .values([
        {
          practiceId: owner.practiceId,
          clientId: planned!.id,
          coachId: owner.userId,
          startsAt: new Date(now.getTime() + 10 * DAY),
          durationMinutes: 60,
          kind: 'coaching',
          location: 'video',
        },
        {
          practiceId: owner.practiceId,
          clientId: plannedLater!.id,
          coachId: owner.userId,
          startsAt: new Date(now.getTime() + 20 * DAY),
          durationMinutes: 60,
          kind: 'coaching',
          location: 'video',
        },
      ]);
    await addMeasurement(owner.practiceId, noProfile!.id, { indices: {} }, now);
    await addMeasurement(owner.practiceId, openOnly!.id, indices(80, 20), now, 'in_progress');
    await addMeasurement(
      owner.practiceId,
      insufficient!.id,
      { indices: { demands: { status: 'insufficient' }, work_resources: { status: 'scored', score: 10 } } },
      now,
    );
    const rows = await listRiskClients(owner.practiceId, owner.userId, now);
    expect(rows.map((r) => r.firstName)).toEqual(['B-indices', 'E-later']);

    await getDb().update(coachingSessions).set({ status: 'cancelled' }).where(eq(coachingSessions.clientId, planned!.id));
    expect((await listRiskClients(owner.practiceId, owner.userId, now)).map((r) => r.firstName)).toContain('D-planned');
  });

  it('reads the latest measurement of each questionnaire: a later list that shows no signal does not hide the intake’s', async () => {
    const owner = await createPractice();
    const now = new Date();
    const make = (firstName: string) => seedClient(owner.practiceId, owner.userId, { firstName, lastName: firstName });
    const [engaged, measuredAgain] = await Promise.all(['A-engagement-later', 'B-intake-again'].map(make));
    for (const c of [engaged!, measuredAgain!]) {
      await addMeasurement(owner.practiceId, c.id, indices(80, 20), new Date(now.getTime() - 20 * DAY));
      // An engagement questionnaire afterwards: no indices, so no profile, no burnout signal, no flags.
      await addMeasurement(owner.practiceId, c.id, { indices: {} }, new Date(now.getTime() - 5 * DAY), 'completed', 'custom-uwes');
    }
    // The same intake again, now without the risk profile: like for like, that one counts.
    await addMeasurement(owner.practiceId, measuredAgain!.id, indices(40, 70), new Date(now.getTime() - 10 * DAY));
    const rows = await listRiskClients(owner.practiceId, owner.userId, now);
    expect(rows.map((r) => r.firstName)).toEqual(['A-engagement-later']);
    expect(rows[0]).toMatchObject({ riskProfile: true });
  });

  it('also lists clients whose latest burnout signal is set or who have flagged dimensions, counting the flags, from stored scores', async () => {
    const owner = await createPractice();
    const now = new Date();
    const make = (firstName: string) => seedClient(owner.practiceId, owner.userId, { firstName, lastName: firstName });
    const [burnout, flagged, calm, burnoutBefore, legacy] = await Promise.all(
      ['K-burnout', 'L-flags', 'M-calm', 'N-before', 'O-legacy'].map(make),
    );
    /** Real completion scores: every dimension at `level` (0–100 in quarters), some overridden. */
    // Demands and burnout at `level`, resources at 4 (75): never the risk profile unless overridden.
    const groupOf = (key: string) => jdrIntakeV1.dimensions.find((d) => d.key === key)?.group;
    const stored = (level: 1 | 2 | 3 | 4 | 5, overrides: Record<string, 1 | 5> = {}) =>
      scoresForStorage(
        scoreMeasurement(
          jdrIntakeV1,
          Object.fromEntries(
            allItems(jdrIntakeV1).map((i) => {
              const g = groupOf(i.dimension);
              const v = overrides[i.dimension] ?? (g === 'job_demands' || g === 'burnout' ? level : 4);
              return [i.key, i.reverse ? 6 - v : v];
            }),
          ),
        ),
        jdrIntakeV1,
      );
    const burnoutKeys = jdrIntakeV1.dimensions.filter((d) => d.group === 'burnout').map((d) => d.key);
    const highBurnout = Object.fromEntries(burnoutKeys.map((k) => [k, 5 as const]));
    // Burnout at 100, everything else in the middle: no profile risk and (with burnout not a demand or resource) no flags.
    await addMeasurement(owner.practiceId, burnout!.id, stored(3, highBurnout), new Date(now.getTime() - DAY));
    // Three demands at the maximum, the rest in the middle: three flags, no risk profile, no burnout signal.
    await addMeasurement(
      owner.practiceId,
      flagged!.id,
      stored(3, { workload: 5, aggression: 5, poor_relationships: 5 }),
      new Date(now.getTime() - DAY),
    );
    await addMeasurement(owner.practiceId, calm!.id, stored(3), new Date(now.getTime() - DAY));
    // The burnout flag of an earlier measurement does not count once a later one is calm.
    await addMeasurement(owner.practiceId, burnoutBefore!.id, stored(3, highBurnout), new Date(now.getTime() - 20 * DAY));
    await addMeasurement(owner.practiceId, burnoutBefore!.id, stored(3), new Date(now.getTime() - DAY));
    // Stored before flags existed: the stored burnout index decides.
    await addMeasurement(
      owner.practiceId,
      legacy!.id,
      { indices: { burnout: { status: 'scored', score: 80 } } },
      new Date(now.getTime() - DAY),
    );

    const rows = await listRiskClients(owner.practiceId, owner.userId, now);
    expect(rows.map((r) => [r.firstName, r.riskProfile, r.burnoutHigh, r.flagCount])).toEqual([
      ['K-burnout', false, true, 0],
      ['O-legacy', false, true, 0],
      ['L-flags', false, false, 3],
    ]);
  });

  it('puts the most pressing first, so that the capped list keeps them: profile and burnout, either, then most flags', async () => {
    const owner = await createPractice();
    const now = new Date();
    const risk = { profile: { key: 'high_demands_low_resources' } };
    const flags = (n: number) => ({ flags: Array.from({ length: n }, (_, i) => ({ dimension: `d${i}` })) });
    // Named against the expected order, so that sorting by name would fail.
    const cases: [string, Record<string, unknown>][] = [
      ['A-one-flag', flags(1)],
      ['B-four-flags', flags(4)],
      ['C-burnout', { burnoutHigh: true }],
      ['D-profile', { ...risk, ...flags(2) }],
      ['E-both', { ...risk, burnoutHigh: true }],
      ['F-four-flags', flags(4)],
    ];
    for (const [firstName, scores] of cases) {
      const client = await seedClient(owner.practiceId, owner.userId, { firstName, lastName: firstName });
      await addMeasurement(owner.practiceId, client.id, scores, new Date(now.getTime() - DAY));
    }
    const rows = await listRiskClients(owner.practiceId, owner.userId, now);
    expect(rows.map((r) => r.firstName)).toEqual(['E-both', 'D-profile', 'C-burnout', 'B-four-flags', 'F-four-flags', 'A-one-flag']);
  });

  it('pages through the list in that order, counting every client on all pages in the same statement', async () => {
    const owner = await createPractice();
    const now = new Date();
    // Seven clients with the same reasons and the same name: only the id tells them apart, and paging must not
    // repeat or skip one. Two more, more pressing, come first on page one.
    const same = [];
    for (let i = 0; i < 7; i++) {
      const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Sam', lastName: 'Gelijk' });
      await addMeasurement(owner.practiceId, client.id, { flags: [{ dimension: 'workload' }] }, new Date(now.getTime() - DAY));
      same.push(client.id);
    }
    for (const firstName of ['A-both', 'B-burnout']) {
      const client = await seedClient(owner.practiceId, owner.userId, { firstName, lastName: 'Eerst' });
      const scores = firstName === 'A-both' ? { profile: { key: 'high_demands_low_resources' }, burnoutHigh: true } : { burnoutHigh: true };
      await addMeasurement(owner.practiceId, client.id, scores, new Date(now.getTime() - DAY));
    }
    const pages = [];
    for (const offset of [0, 4, 8]) pages.push(await pageRiskClients(owner.practiceId, owner.userId, now, { limit: 4, offset }));
    expect(pages.map((p) => p.total)).toEqual([9, 9, 9]);
    expect(pages.map((p) => p.clients.length)).toEqual([4, 4, 1]);
    const ids = pages.flatMap((p) => p.clients.map((c) => c.id));
    expect(pages[0]!.clients.slice(0, 2).map((c) => c.firstName)).toEqual(['A-both', 'B-burnout']);
    expect(new Set(ids).size).toBe(9);
    // Same reasons, same name: the id decides.
    expect(ids.slice(2)).toEqual([...same].sort());
    // Past the last page: no rows, and so no count either (the page says it is empty).
    expect(await pageRiskClients(owner.practiceId, owner.userId, now, { limit: 4, offset: 12 })).toEqual({ clients: [], total: 0 });
  });

  it('reads the risk profile under the practice’s component set', async () => {
    const owner = await createPractice();
    const now = new Date();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'P-azw', lastName: 'P' });
    // AZW demands (workload, aggression, administrative burden) at 100 and AZW resources at 25; the other demands
    // at 0 and resources at 100: the wide set sees demands 33 / resources 62.5, the AZW set 100 / 25 (risk).
    const overrides: Record<string, 2 | 5> = { workload: 5, aggression: 5, administrative_burden: 5 };
    for (const k of ['career_perspective', 'development', 'influence', 'autonomy', 'manager_support']) overrides[k] = 2;
    const values = Object.fromEntries(
      allItems(jdrIntakeV1).map((i) => {
        const group = jdrIntakeV1.dimensions.find((d) => d.key === i.dimension)?.group;
        const base = group === 'job_demands' || group === 'burnout' ? 1 : 5;
        const v = overrides[i.dimension] ?? base;
        return [i.key, i.reverse ? 6 - v : v];
      }),
    );
    const scores = scoresForStorage(scoreMeasurement(jdrIntakeV1, values), jdrIntakeV1);
    expect(scores.profiles).toEqual({ jdr_wide: 'low_demands_high_resources', azw: 'high_demands_low_resources' });
    await addMeasurement(owner.practiceId, client.id, { ...scores, flags: [] }, new Date(now.getTime() - DAY));
    expect(await listRiskClients(owner.practiceId, owner.userId, now)).toEqual([]);
    await getDb().update(practices).set({ indexComponentSet: 'azw' }).where(eq(practices.id, owner.practiceId));
    expect((await listRiskClients(owner.practiceId, owner.userId, now)).map((r) => [r.firstName, r.riskProfile])).toEqual([
      ['P-azw', true],
    ]);
  });
  it('reads the attention summary columns, and the scores JSON only for a row stored without them', async () => {
    const owner = await createPractice();
    const now = new Date();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Risico', lastName: 'Risico' });
    const id = await addMeasurement(owner.practiceId, client.id, indices(80, 20), now);
    const listed = async () => (await listRiskClients(owner.practiceId, owner.userId, now)).map((r) => [r.firstName, r.riskProfile]);
    expect(await listed()).toEqual([['Risico', true]]);
    // The columns decide: a summary that says "nothing" hides the client even though the JSON says risk.
    const set = (values: Partial<typeof measurements.$inferInsert>) =>
      getDb().update(measurements).set(values).where(eq(measurements.id, id));
    await set({ attentionRiskSets: [], attentionBurnout: false, attentionFlags: 0 });
    expect(await listed()).toEqual([]);
    // Without the columns (a row written around markCompleted) the JSON is read as before.
    await set({ attentionRiskSets: null, attentionBurnout: null, attentionFlags: null });
    expect(await listed()).toEqual([['Risico', true]]);
  });

  it('backfills the summary in the migration by the same rules as attentionSummary', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const shapes: Record<string, unknown>[] = [
      indices(80, 20),
      indices(40, 70),
      { indices: {} },
      { indices: { burnout: { status: 'scored', score: 75 } } },
      { indices: { burnout: { status: 'scored', score: 60 } } },
      { profiles: { jdr_wide: 'high_demands_low_resources', azw: null }, profile: { key: 'low_demands_high_resources' } },
      { profiles: { jdr_wide: null, azw: 'high_demands_high_resources' }, profile: { key: 'high_demands_low_resources' } },
      { burnoutHigh: false, indices: { burnout: { status: 'scored', score: 90 } }, flags: [{ dimension: 'a' }, { dimension: 'b' }] },
      { burnoutHigh: true, flags: 'not a list' },
    ];
    writeSummary = false;
    try {
      for (const scores of shapes) await addMeasurement(owner.practiceId, client.id, scores, new Date());
    } finally {
      writeSummary = true;
    }
    const migration = readFileSync(path.join(process.cwd(), 'db/migrations/0011_queries.sql'), 'utf8');
    const backfill = migration.slice(migration.indexOf('UPDATE "measurements"'));
    await getDb().execute(sql.raw(backfill));
    const rows = await getDb()
      .select({
        scores: measurements.scores,
        attentionRiskSets: measurements.attentionRiskSets,
        attentionBurnout: measurements.attentionBurnout,
        attentionFlags: measurements.attentionFlags,
      })
      .from(measurements)
      .where(eq(measurements.clientId, client.id));
    expect(rows).toHaveLength(shapes.length);
    for (const { scores, ...summary } of rows) expect(summary, JSON.stringify(scores)).toEqual(attentionSummary(scores));
    expect(rows.filter((r) => r.attentionBurnout)).toHaveLength(2);
    // Not vacuous: the shapes include risk under one set only, and the midpoint fallback for a set without a profile.
    expect(rows.map((r) => r.attentionRiskSets).filter((sets) => sets?.length === 1)).toContainEqual(['jdr_wide']);
  });
});

describe('the attention list’s statement', () => {
  it('reads each client’s latest completed measurement per questionnaire in the order of its index, unsorted', async () => {
    // The statement as the app sends it, captured from a client of its own.
    const captured = capturingConnection('cross join lateral');
    try {
      const { practiceId, userId } = await createPractice();
      await pageRiskClients(practiceId, userId, new Date(), { limit: 10, offset: 0 }, drizzle(captured.sql, { schema }));
      // Which index the planner prefers depends on the table's statistics; that the lateral can be read from this
      // one without sorting depends on it being written on exactly the index's order and condition.
      const plan = await planOf(captured.sql, { text: captured.last().text }, [
        'set local enable_seqscan = off',
        'set local enable_sort = off',
      ]);
      expect(plan).toMatch(/Unique\s+\([^)]*\)\n\s+->\s+Index Scan using measurements_client_latest_per_instrument on measurements m/);
    } finally {
      await captured.sql.end({ timeout: 5 });
    }
  });
});
