import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clients, coachingSessions, measurements, planItems, planReleases } from '@/db/schema';
import { trendChart } from '@/lib/charts/trend-chart';
import { CHECK_IN_KEY, checkInV1, jdrIntakeV2 } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { allItems, type Instrument } from '@/lib/instruments/types';
import { saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { instrumentTemplate, withEditorDefaults } from '@/lib/intake/instrument-templates';
import { completeMeasurement, saveAnswer, startMeasurement } from '@/lib/intake/service';
import { createTestClient } from '@/lib/intake/test-fixtures';
import { interventionByKey } from '@/lib/plans/library';
import { indexScore } from '@/lib/scoring/indices';
import { scoreMeasurement } from '@/lib/scoring/score';
import { BURNOUT_HIGH_THRESHOLD } from '@/lib/scoring/signals';
import { createPractice } from '@/lib/testing/fixtures';
import { buildClientReportData } from './client-report-data';
import { renderReport } from './render';

/** The PDF's text, white space as single spaces. */
async function pdfText(bytes: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return { text: text.replace(/\s+/g, ' ') };
}

/** Completes a measurement with an answer per item from `pick` (null: unanswered), dated `completedAt`. */
async function measure(
  practiceId: string,
  userId: string,
  clientId: string,
  instrumentKey: string,
  items: ReadonlyArray<{ key: string }>,
  pick: (item: { key: string }) => number | null,
  completedAt: Date,
) {
  const { id } = await startMeasurement(practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: userId });
  for (const item of items) {
    const value = pick(item);
    if (value !== null) await saveAnswer(practiceId, id, { itemKey: item.key, value }, 'coach');
  }
  expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId })).toMatchObject({ ok: true });
  await getDb().update(measurements).set({ completedAt }).where(eq(measurements.id, id));
  return id;
}

/** Intake answers: the burnout items at `burnout` (on the answer scale, before reversal), demands high, resources low. */
function intakeAnswers(burnout: number) {
  const instrument: Instrument = jdrIntakeV2;
  const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
  const { min, max } = instrument.scale;
  return (item: { key: string }) => {
    const full = allItems(instrument).find((i) => i.key === item.key);
    const group = groupOf.get(full?.dimension ?? '');
    const raw =
      group === 'burnout' ? burnout : group === 'job_demands' ? max : group === 'work_resources' ? min : Math.round((min + max) / 2);
    return full?.reverse ? min + max - raw : raw;
  };
}

async function batLikeKey(practiceId: string, userId: string) {
  const saved = await saveCustomInstrument(practiceId, userId, { definition: batLikeInput() });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.data.key;
}

/** Answers with a burnout index of `from` up to (not including) `below`: the burnout items at two neighbouring values. */
function answersWithBurnoutBetween(from: number, below: number): Record<string, number> {
  const instrument = jdrIntakeV2;
  const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
  const items = allItems(instrument);
  const burnout = items.filter((i) => groupOf.get(i.dimension) === 'burnout');
  const mid = Math.floor((instrument.scale.min + instrument.scale.max) / 2);
  for (let k = 0; k <= burnout.length; k++) {
    const values = Object.fromEntries(
      items.map((item) => {
        const n = burnout.indexOf(item);
        const raw = n < 0 ? mid : n < k ? mid + 1 : mid;
        return [item.key, item.reverse ? instrument.scale.max + instrument.scale.min - raw : raw];
      }),
    );
    const score = indexScore(scoreMeasurement(instrument, values).indices, 'burnout');
    if (score !== null && score >= from && score < below) return values;
  }
  throw new Error('no such answers');
}

describe('the client report mentions burnout complaints exactly when the coach sees the burnout signal', () => {
  it('not at a burnout index between 60 and the signal’s threshold, and yes above it', async () => {
    const { practiceId, userId } = await createPractice();
    const summaryFor = async (values: Record<string, number>) => {
      const clientId = await createTestClient(practiceId, userId);
      const { id } = await startMeasurement(practiceId, {
        clientId,
        instrumentKey: 'jdr-intake',
        administeredBy: 'coach',
        createdBy: userId,
      });
      for (const [itemKey, value] of Object.entries(values)) await saveAnswer(practiceId, id, { itemKey, value }, 'coach');
      expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId })).toMatchObject({ ok: true });
      return (await buildClientReportData(practiceId, clientId))?.summary.join(' ') ?? '';
    };
    expect(await summaryFor(answersWithBurnoutBetween(60, BURNOUT_HIGH_THRESHOLD))).not.toContain('burn-outklachten');
    expect(await summaryFor(answersWithBurnoutBetween(BURNOUT_HIGH_THRESHOLD, 80))).toContain('burn-outklachten');
  });
});

describe('the measurement the client report shows', () => {
  it('is the intake, also after a later session check-in; the check-in only when there is nothing else', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const complete = async (instrumentKey: string, items: { key: string }[], value: number) => {
      const { id } = await startMeasurement(practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: userId });
      for (const item of items) await saveAnswer(practiceId, id, { itemKey: item.key, value }, 'coach');
      expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId })).toMatchObject({ ok: true });
    };
    await complete(CHECK_IN_KEY, allItems(checkInV1), 3);
    expect((await buildClientReportData(practiceId, clientId))?.measurement?.instrumentName).toBe(checkInV1.name.nl);
    await complete('jdr-intake', allItems(jdrIntakeV2), 3);
    await complete(CHECK_IN_KEY, allItems(checkInV1), 2);
    expect((await buildClientReportData(practiceId, clientId))?.measurement?.instrumentName).toBe(jdrIntakeV2.name.nl);
  });
});

describe('the client report’s trend', () => {
  it('runs in time order in Dutch, with every measurement (two on one day too) at its own place', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const items = allItems(jdrIntakeV2);
    // Burnout falls: an improvement. As display text, "1 okt 26" sorts before "15 mei 26" and "2 mrt 26".
    await measure(practiceId, userId, clientId, 'jdr-intake', items, intakeAnswers(5), new Date('2026-03-02T09:00:00Z'));
    await measure(practiceId, userId, clientId, 'jdr-intake', items, intakeAnswers(4), new Date('2026-05-15T09:00:00Z'));
    await measure(practiceId, userId, clientId, 'jdr-intake', items, intakeAnswers(3), new Date('2026-10-01T09:00:00Z'));
    await measure(practiceId, userId, clientId, 'jdr-intake', items, intakeAnswers(1), new Date('2026-10-01T14:00:00Z'));
    const data = await buildClientReportData(practiceId, clientId);
    const trend = data?.trends[0];
    expect(trend).toBeDefined();
    // Drawn as the PDF draws it (lib/reports/pdf/charts.tsx): the burnout points from left to right.
    const chart = trendChart(trend?.series ?? [], { width: 499, height: 170 });
    const burnout = chart.series.find((s) => s.key === 'burnout')?.points ?? [];
    expect(burnout).toHaveLength(4);
    const values = [...burnout].sort((a, b) => a.x - b.x).map((p) => p.value);
    expect(values[0]).toBeGreaterThan(values[3] ?? Infinity);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(burnout.map((p) => p.x)).size).toBe(4);
    // The ticks read in Dutch, the two on 1 October told apart by the time.
    const ticks = chart.xTicks.map((tick) => trend?.dateLabels[tick.date]);
    expect(ticks).toEqual(['2 mrt 26', '15 mei 26', '1 okt 26 11:00', '1 okt 26 16:00']);
  });
});

describe('a questionnaire without a JD-R profile taken after the intake', () => {
  it('is listed beside the intake’s profile, flags and dimensions, not instead of them', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const key = await batLikeKey(practiceId, userId);
    await measure(practiceId, userId, clientId, 'jdr-intake', allItems(jdrIntakeV2), intakeAnswers(5), new Date('2026-09-01T10:00:00Z'));
    await measure(practiceId, userId, clientId, key, batLikeInput().items, () => 4, new Date('2026-11-01T10:00:00Z'));
    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.measurement?.instrumentName).toBe(jdrIntakeV2.name.nl);
    expect(data?.profile?.profileKey).toBe('high_demands_low_resources');
    expect(data?.groups.length).toBeGreaterThan(0);
    expect(data?.flags.length).toBeGreaterThan(0);
    expect(data?.outcomes.map((o) => o.key)).toEqual(['burnout', 'engagement']);
    // The summary speaks of the intake the cover names first, by its date.
    expect(data?.summary[0]).toContain('Je meting van 1 september 2026');
    expect(data?.summary.join(' ')).not.toContain('geen volledige meting');
    // The later questionnaire, on its own scale with its bands (4 on 1–5: above both cut-offs).
    expect(data?.questionnaires).toHaveLength(1);
    expect(data?.questionnaires[0]).toMatchObject({
      instrumentName: 'Burn-outvragenlijst (licentie)',
      role: 'later',
      date: '2026-11-01T10:00:00.000Z',
      ownScale: { min: 1, max: 5, scoring: 'mean' },
    });
    expect(data?.questionnaires[0]?.rows.slice(0, 2)).toEqual([
      { key: 'exhaustion', label: 'Uitputting', value: 4, band: { label: 'Hoog', level: 'red' } },
      { key: 'distance', label: 'Mentale distantie', value: 4, band: { label: 'Hoog', level: 'red' } },
    ]);
  });
});

describe('the summary’s burnout sentence with a later questionnaire', () => {
  it('follows the newest measurement with burnout scores: the later questionnaire’s bands over the intake’s index', async () => {
    const { practiceId, userId } = await createPractice();
    const key = await batLikeKey(practiceId, userId);
    const summaryAfter = async (batAnswer: number) => {
      const clientId = await createTestClient(practiceId, userId);
      await measure(practiceId, userId, clientId, 'jdr-intake', allItems(jdrIntakeV2), intakeAnswers(5), new Date('2026-09-01T10:00:00Z'));
      await measure(practiceId, userId, clientId, key, batLikeInput().items, () => batAnswer, new Date('2026-11-01T10:00:00Z'));
      return (await buildClientReportData(practiceId, clientId))?.summary.join(' ') ?? '';
    };
    // The intake's burnout index is at its top either way; the BAT-like says red (4) or green (1).
    expect(await summaryAfter(4)).toContain('burn-outklachten');
    expect(await summaryAfter(1)).not.toContain('burn-outklachten');
  });
});

describe('a questionnaire with cut-off bands in the client report', () => {
  it('lists each subscale’s mean on its own scale with its band, not a 0–100 index', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const key = await batLikeKey(practiceId, userId);
    // Exhaustion 3.25 (orange: above 3.05, up to 3.30), distance 2 (green), vigour 3 (no bands).
    const pick = (item: { key: string }) =>
      item.key.startsWith('exhaustion') ? (item.key.endsWith('_1') ? 4 : 3) : item.key.startsWith('distance') ? 2 : 3;
    await measure(practiceId, userId, clientId, key, batLikeInput().items, pick, new Date('2026-10-01T10:00:00Z'));
    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.measurement?.instrumentName).toBe('Burn-outvragenlijst (licentie)');
    expect(data?.outcomes).toEqual([]);
    expect(data?.groups).toEqual([]);
    expect(data?.questionnaires).toHaveLength(1);
    expect(data?.questionnaires[0]).toMatchObject({ role: 'main', ownScale: { min: 1, max: 5, scoring: 'mean' } });
    expect(data?.questionnaires[0]?.rows).toEqual([
      { key: 'exhaustion', label: 'Exhaustion', value: 3.25, band: { label: 'Raised', level: 'orange' } },
      { key: 'distance', label: 'Mental distance', value: 2, band: { label: 'Low', level: 'green' } },
      { key: 'vigour', label: 'Vitaliteit', value: 3, band: null },
    ]);
    // No "no complete measurement" under a cover that names one.
    expect(data?.summary[0]).not.toContain('no complete measurement');
  });
});

describe('the client report’s plan and next steps', () => {
  it('calls the first upcoming session the next one, and the one after it “after that”', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const session = { practiceId, clientId, coachId: userId, durationMinutes: 60, kind: 'coaching' as const, location: 'video' as const };
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const later = new Date(Date.now() + 9 * 86_400_000);
    await getDb()
      .insert(coachingSessions)
      .values([
        { ...session, startsAt: later },
        { ...session, startsAt: soon },
      ]);
    const day = (d: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
    const data = await buildClientReportData(practiceId, clientId);
    const sessions = data?.nextSteps.filter((s) => s.includes('(coaching session)')) ?? [];
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatch(new RegExp(`^Next session: ${day(soon)} `));
    expect(sessions[1]).toMatch(new RegExp(`^After that: ${day(later)} `));
  });

  it('name library items in the reader’s language, without a double full stop, and the owner with a capital', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const stop = interventionByKey('stop_times');
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const item = { practiceId, clientId, category: 'recovery' as const, level: 'person' as const, dueDate: soon };
    await getDb()
      .insert(planItems)
      .values([
        // Taken over from the library while the client read Dutch.
        { ...item, title: stop?.title.nl ?? '', source: 'stop_times', owner: 'client', position: 0 },
        { ...item, title: 'Call the company doctor.', source: 'manual', owner: 'manager', position: 1 },
      ]);
    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.nextSteps.some((s) => s.endsWith(`: ${stop?.title.en}.`))).toBe(true);
    expect(data?.nextSteps.some((s) => s.includes(stop?.title.nl ?? '?'))).toBe(false);
    expect(data?.nextSteps.some((s) => s.endsWith(': Call the company doctor.'))).toBe(true);
    expect(data?.nextSteps.join(' ')).not.toContain('..');
    expect(data?.plan.map((p) => p.owner)).toEqual(['You', 'Your manager']);
  });

  it('says of each released item what the employer reads and since when, and of no other item', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const item = {
      practiceId,
      clientId,
      category: 'recovery' as const,
      level: 'person' as const,
      source: 'manual',
      owner: 'client' as const,
    };
    const [shared, withdrawn] = await getDb()
      .insert(planItems)
      .values([
        { ...item, title: 'Vaste pauzes', description: 'PRIVE-MARKER-1 om mijn hartkloppingen', position: 0 },
        { ...item, title: 'Minder overleg', position: 1 },
        { ...item, title: 'Alleen voor mij', position: 2 },
      ])
      .returning();
    const release = { practiceId, clientId, releasedBy: 'client' as const };
    await getDb()
      .insert(planReleases)
      .values([
        {
          ...release,
          itemId: shared!.id,
          employerWording: 'Ik neem twee vaste pauzes per dag.',
          releasedAt: new Date('2026-11-03T09:00:00Z'),
        },
        {
          ...release,
          itemId: withdrawn!.id,
          employerWording: 'OUD-MARKER-2',
          releasedAt: new Date('2026-11-01T09:00:00Z'),
          withdrawnAt: new Date('2026-11-02T09:00:00Z'),
          withdrawnBy: 'client',
        },
      ]);
    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.plan.map((p) => [p.title, p.shared?.wording ?? null])).toEqual([
      ['Vaste pauzes', 'Ik neem twee vaste pauzes per dag.'],
      ['Minder overleg', null],
      ['Alleen voor mij', null],
    ]);
    const { text } = await pdfText(await renderReport({ kind: 'client', data: data! }));
    expect(text).toContain('Vrijgegeven voor je werkgever op 3 november 2026, in deze woorden: ‘Ik neem twee vaste pauzes per dag.’');
    // Once: the withdrawn release and the item never shared say nothing of the kind.
    expect(text.split('Vrijgegeven voor je werkgever')).toHaveLength(2);
    expect(text).not.toContain('OUD-MARKER-2');
  });

  /** A client reading English with open plan items of their own, each a title and a due date, in this order. */
  async function englishClientWithItems(items: Array<[title: string, dueDate: string]>) {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const base = {
      practiceId,
      clientId,
      category: 'recovery' as const,
      level: 'person' as const,
      source: 'manual',
      owner: 'client' as const,
    };
    await getDb()
      .insert(planItems)
      .values(items.map(([title, dueDate], position) => ({ ...base, title, dueDate, position })));
    return { practiceId, clientId };
  }

  it('counts the six weeks of "next steps" from today in Amsterdam, also just after midnight there', async () => {
    const { practiceId, clientId } = await englishClientWithItems([
      ['Last day in', '2026-04-22'],
      ['A day too far', '2026-04-23'],
    ]);
    // 00:30 on 11 March in Amsterdam, still 10 March in UTC: six weeks on is 22 April, not 21 April.
    const now = new Date('2026-03-10T23:30:00Z');
    const data = await buildClientReportData(practiceId, clientId, now);
    expect(data?.nextSteps.some((s) => s.endsWith(': Last day in.'))).toBe(true);
    expect(data?.nextSteps.some((s) => s.includes('A day too far'))).toBe(false);
  });

  it('says an open item whose date has passed was due, instead of listing it as a step ahead', async () => {
    const { practiceId, clientId } = await englishClientWithItems([
      ['Talk to the team', '2026-03-09'],
      ['Plan the week', '2026-03-10'],
    ]);
    const now = new Date('2026-03-10T12:00:00Z');
    const data = await buildClientReportData(practiceId, clientId, now);
    expect(data?.nextSteps).toContain('Was due by 9 March 2026, still open: Talk to the team.');
    expect(data?.nextSteps).toContain('Due by 10 March 2026: Plan the week.');
  });

  it('leaves a dropped item out of the plan and its count, as the client’s portal does', async () => {
    const { practiceId, clientId } = await englishClientWithItems([
      ['Kept', '2026-03-20'],
      ['Dropped duplicate', '2026-03-20'],
      ['Done already', '2026-03-01'],
    ]);
    await getDb().update(planItems).set({ status: 'dropped' }).where(eq(planItems.title, 'Dropped duplicate'));
    await getDb().update(planItems).set({ status: 'done' }).where(eq(planItems.title, 'Done already'));
    const data = await buildClientReportData(practiceId, clientId, new Date('2026-03-10T12:00:00Z'));
    expect(data?.plan.map((p) => p.title)).toEqual(['Kept', 'Done already']);
    expect(data?.summary).toContain('Your action plan contains 2 agreements; 1 is still open.');
  });
});

describe('a questionnaire without any 0–100 index in the client report', () => {
  it('is listed on its own scales (no band: “–”) and gets a note in the trend instead of an empty chart', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    // A job crafting scale: its subscales feed no index and have no cut-offs.
    const input = batLikeInput();
    const saved = await saveCustomInstrument(practiceId, userId, {
      definition: {
        ...input,
        name: { nl: 'Job crafting', en: '' },
        subscales: [
          { key: 'seeking', name: { nl: 'Hulpbronnen zoeken', en: '' }, group: 'work_resources', feedsIndex: false },
          { key: 'challenges', name: { nl: 'Uitdagingen zoeken', en: '' }, group: 'job_demands', feedsIndex: false },
        ],
        items: ['seeking_1', 'seeking_2', 'challenges_1', 'challenges_2'].map((key) => ({
          key,
          text: { nl: key, en: '' },
          subscale: key.split('_')[0]!,
        })),
      },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const items = ['seeking_1', 'seeking_2', 'challenges_1', 'challenges_2'].map((key) => ({ key }));
    await measure(practiceId, userId, clientId, 'jdr-intake', allItems(jdrIntakeV2), intakeAnswers(5), new Date('2026-09-01T10:00:00Z'));
    await measure(practiceId, userId, clientId, saved.data.key, items, () => 2, new Date('2026-10-01T10:00:00Z'));
    await measure(
      practiceId,
      userId,
      clientId,
      saved.data.key,
      items,
      (i) => (i.key.startsWith('seeking') ? 4 : 3),
      new Date('2026-11-01T10:00:00Z'),
    );
    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.measurement?.instrumentName).toBe(jdrIntakeV2.name.nl);

    // Its newest measurement, on its own scale: no header without rows.
    expect(data?.questionnaires).toHaveLength(1);
    expect(data?.questionnaires[0]).toMatchObject({ role: 'later', ownScale: { min: 1, max: 5, scoring: 'mean', bands: false } });
    expect(data?.questionnaires[0]?.rows).toEqual([
      { key: 'challenges', label: 'Uitdagingen zoeken', value: 3, band: null },
      { key: 'seeking', label: 'Hulpbronnen zoeken', value: 4, band: null },
    ]);
    // Two measurements, but no line to draw: a note, not an empty chart (and not "only one measurement so far").
    expect(data?.trends).toEqual([expect.objectContaining({ instrumentName: 'Job crafting', series: [], note: expect.any(String) })]);

    const { text } = await pdfText(await renderReport({ kind: 'client', data: data! }));
    expect(text).toContain('Later ingevuld: Job crafting');
    expect(text).toMatch(/Uitdagingen zoeken\s+3\s+–/);
    expect(text).toMatch(/Hulpbronnen zoeken\s+4\s+–/);
    expect(text).toContain('Die vragenlijst heeft geen afkappunten');
    expect(text).toContain('Deze vragenlijst geeft geen scores van 0 tot 100');
    expect(text).not.toContain('Er is nog maar één meting');
  });
});

describe('dimension scores at a flag threshold in the client report', () => {
  it('are never printed on the other side of the flag rule: a demand of 74.6 is no unflagged "75", and the flags are still listed', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    // On 0–10: time pressure 74.6 (50 items: 23 at 8, 27 at 7), workload 80, support 25.4 (50 items: 27 at 3, 23 at 2),
    // feedback 25. Flagged: workload (75 or more) and feedback (25 or less); time pressure and support are not.
    const itemsOf = (subscale: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `${subscale}_${i + 1}`, text: { nl: `${subscale} ${i + 1}`, en: '' }, subscale }));
    const items = [...itemsOf('pressure', 50), ...itemsOf('workload', 2), ...itemsOf('support', 50), ...itemsOf('feedback', 2)];
    const saved = await saveCustomInstrument(practiceId, userId, {
      definition: {
        name: { nl: 'Werkbeleving', en: '' },
        scale: { min: 0, max: 10, labels: [] },
        subscales: [
          { key: 'pressure', name: { nl: 'Tijdsdruk', en: 'Time pressure' }, group: 'job_demands' },
          { key: 'workload', name: { nl: 'Werkdruk', en: 'Workload' }, group: 'job_demands' },
          { key: 'support', name: { nl: 'Steun', en: 'Support' }, group: 'work_resources' },
          { key: 'feedback', name: { nl: 'Feedback', en: 'Feedback' }, group: 'work_resources' },
        ],
        items,
      },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const answer = (item: { key: string }) => {
      const [subscale, n] = [item.key.split('_')[0], Number(item.key.split('_')[1])];
      if (subscale === 'pressure') return n <= 23 ? 8 : 7;
      if (subscale === 'support') return n <= 27 ? 3 : 2;
      return subscale === 'workload' ? 8 : n === 1 ? 2 : 3;
    };
    await measure(practiceId, userId, clientId, saved.data.key, items, answer, new Date('2026-10-01T10:00:00Z'));

    const data = await buildClientReportData(practiceId, clientId);
    const rows = data?.groups.flatMap((g) => g.rows) ?? [];
    expect(rows.map((r) => [r.key, r.score, r.flagged])).toEqual([
      ['pressure', 74.6, false],
      ['workload', 80, true],
      ['support', 25.4, false],
      ['feedback', 25, true],
    ]);
    expect(data?.flags).toEqual([
      { label: 'Werkdruk', score: 80, kind: 'high_demand' },
      { label: 'Feedback', score: 25, kind: 'low_resource' },
    ]);

    // In Dutch: the flag lines, and the bars' values with a decimal comma where a whole number would contradict the flag.
    const { text } = await pdfText(await renderReport({ kind: 'client', data: data! }));
    expect(text).toContain('Werkdruk: 80');
    expect(text).toContain('Feedback: 25');
    // A bar chart's text runs: its labels, then its values.
    expect(text).toContain('Tijdsdruk Werkdruk (opvallend) 74,6 80 ');
    expect(text).toContain('Steun Feedback (opvallend) 25,4 25 ');

    // In English, with a decimal point.
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const english = await buildClientReportData(practiceId, clientId);
    const { text: en } = await pdfText(await renderReport({ kind: 'client', data: english! }));
    expect(en).toContain('Workload: 80');
    expect(en).toContain('Feedback: 25');
    expect(en).toContain('Time pressure Workload (stands out) 74.6 80 ');
    expect(en).toContain('Support Feedback (stands out) 25.4 25 ');
  });
});

describe('index scores at the burnout signal’s threshold in the client report', () => {
  it('are never printed on the other side of it: a burnout index of 69.6 (no signal) is no "70", in the outcomes or a later list', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    // On 0–10: job demands 50.4 (50 items: 2 at 6, 48 at 5), work resources 30, burnout 69.6 (50 items: 48 at 7, 2 at 6),
    // engagement 40. The burnout signal starts at 70: none here, so the summary says nothing of burnout complaints.
    const itemsOf = (subscale: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `${subscale}_${i + 1}`, text: { nl: `${subscale} ${i + 1}`, en: '' }, subscale }));
    const subscales = {
      pressure: { key: 'pressure', name: { nl: 'Werkdruk', en: 'Workload' }, group: 'job_demands' },
      support: { key: 'support', name: { nl: 'Steun', en: 'Support' }, group: 'work_resources' },
      exhaustion: { key: 'exhaustion', name: { nl: 'Uitputting', en: 'Exhaustion' }, group: 'burnout' },
      vigour: { key: 'vigour', name: { nl: 'Vitaliteit', en: 'Vigour' }, group: 'engagement' },
    } as const;
    const items = [...itemsOf('pressure', 50), ...itemsOf('support', 2), ...itemsOf('exhaustion', 50), ...itemsOf('vigour', 2)];
    const save = async (name: string, keys: Array<keyof typeof subscales>, list: typeof items) => {
      const saved = await saveCustomInstrument(practiceId, userId, {
        definition: {
          name: { nl: name, en: '' },
          scale: { min: 0, max: 10, labels: [] },
          subscales: keys.map((k) => subscales[k]),
          items: list,
        },
      });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      return saved.data.key;
    };
    const answer = (item: { key: string }) => {
      const [subscale, n] = [item.key.split('_')[0], Number(item.key.split('_')[1])];
      if (subscale === 'pressure') return n <= 2 ? 6 : 5;
      if (subscale === 'exhaustion') return n <= 48 ? 7 : 6;
      return subscale === 'support' ? 3 : 4;
    };
    const main = await save('Werkbeleving', ['pressure', 'support', 'exhaustion', 'vigour'], items);
    await measure(practiceId, userId, clientId, main, items, answer, new Date('2026-10-01T10:00:00Z'));
    // Later: a questionnaire of burnout complaints alone (no JD-R profile), listed beside the intake with its index.
    const exhaustionOnly = items.filter((i) => i.subscale === 'exhaustion');
    const later = await save('Uitputting', ['exhaustion'], exhaustionOnly);
    await measure(practiceId, userId, clientId, later, exhaustionOnly, answer, new Date('2026-11-01T10:00:00Z'));

    const data = await buildClientReportData(practiceId, clientId);
    expect(data?.measurement?.instrumentName).toBe('Werkbeleving');
    expect(data?.profile).toMatchObject({ profileKey: 'high_demands_low_resources', demands: 50.4, resources: 30 });
    expect(data?.outcomes.map((o) => [o.key, o.score])).toEqual([
      ['burnout', 69.6],
      ['engagement', 40],
    ]);
    expect(data?.questionnaires.map((q) => [q.role, q.rows.map((r) => [r.key, r.value])])).toEqual([['later', [['burnout', 69.6]]]]);
    expect(data?.summary.join(' ')).not.toContain('burn-outklachten');

    // In Dutch, with a decimal comma: the outcomes row, the later questionnaire's row, and the profile (one decimal).
    const { text } = await pdfText(await renderReport({ kind: 'client', data: data! }));
    expect(text).toContain('Burn-outklachten 69,6 Een hoge score is een reden voor een gesprek');
    expect(text).toContain('Bevlogenheid 40 ');
    expect(text).not.toMatch(/Burn-outklachten 70\b/);
    expect(text).toMatch(/Later ingevuld: Uitputting .*Burn-outklachten 69,6 /);
    expect(text).toContain('Taakeisen 50,4 · hulpbronnen 30');

    // In English, with a decimal point.
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, clientId));
    const { text: en } = await pdfText(await renderReport({ kind: 'client', data: (await buildClientReportData(practiceId, clientId))! }));
    expect(en).toContain('Burnout complaints 69.6 A high score is a reason to talk');
    expect(en).not.toMatch(/Burnout complaints 70\b/);
  });
});

describe('the trend of a symptom list in the client report', () => {
  it('draws each subscale’s sum over time on the list’s own scale, not a note that there is nothing to draw', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const template = withEditorDefaults(instrumentTemplate('fourDkl'));
    const definition = {
      ...template,
      name: { nl: 'Klachtenlijst', en: 'Symptom list' },
      items: template.items.map((item, n) => ({ ...item, text: { nl: `Vraag ${n + 1}`, en: `Question ${n + 1}` } })),
    };
    const saved = await saveCustomInstrument(practiceId, userId, { definition });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    await measure(practiceId, userId, clientId, 'jdr-intake', allItems(jdrIntakeV2), () => 3, new Date('2026-09-01T10:00:00Z'));
    // Everything "vaak" (3, counted as 2), then "soms" (1): distress 32, then 16.
    await measure(practiceId, userId, clientId, saved.data.key, definition.items, () => 3, new Date('2026-10-01T10:00:00Z'));
    await measure(practiceId, userId, clientId, saved.data.key, definition.items, () => 1, new Date('2026-11-01T10:00:00Z'));
    const data = await buildClientReportData(practiceId, clientId);
    const trend = data?.trends.find((t) => t.instrumentName === 'Klachtenlijst');
    expect(trend?.note).toBeNull();
    expect(trend?.ownScale?.domain).toEqual({ min: 0, max: 32 });
    expect(trend?.ownScale?.caption).toBe(
      'Per onderdeel op de eigen schaal van de vragenlijst: de som van je antwoorden (van 0 tot en met 32).',
    );
    expect(trend?.seriesLabels).toMatchObject({ distress: 'Distress' });
    expect(trend?.series.find((s) => s.key === 'distress')?.points.map((p) => p.value)).toEqual([32, 16]);
    // The document renders it (the chart's legend names the subscales).
    const pdf = await renderReport({ kind: 'client', data: data! });
    if (process.env.DUMP_PDF) (await import('node:fs')).writeFileSync(process.env.DUMP_PDF, pdf);
    const { text } = await pdfText(pdf);
    expect(text).toContain('Klachtenlijst');
    expect(text).toContain('Somatisatie');
    expect(text.replace(/\s+/g, ' ')).toContain('de som van je antwoorden (van 0 tot en met 32)');
  });
});
