import { describe, expect, it } from 'vitest';
import { CHECK_IN_KEY, checkInV1, jdrIntakeV2 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import { completeMeasurement, saveAnswer, startMeasurement } from '@/lib/intake/service';
import { createTestClient } from '@/lib/intake/test-fixtures';
import { indexScore } from '@/lib/scoring/indices';
import { scoreMeasurement } from '@/lib/scoring/score';
import { BURNOUT_HIGH_THRESHOLD } from '@/lib/scoring/signals';
import { createPractice } from '@/lib/testing/fixtures';
import { buildClientReportData } from './client-report-data';

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
