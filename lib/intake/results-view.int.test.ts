import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { jdrIntakeV2 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import { createPractice } from '@/lib/testing/fixtures';
import { loadResultsView } from './results-view';
import { completeMeasurement, saveAnswer, startMeasurement } from './service';
import { createTestClient } from './test-fixtures';

describe('the results view of a measurement', () => {
  it('compares with the measurement completed before it, not the one started before it', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    const measure = async (value: number, startedAt: string, completedAt: string) => {
      const { id } = await startMeasurement(practiceId, {
        clientId,
        instrumentKey: 'jdr-intake',
        administeredBy: 'coach',
        createdBy: userId,
      });
      for (const item of allItems(jdrIntakeV2)) await saveAnswer(practiceId, id, { itemKey: item.key, value }, 'coach');
      expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId })).toMatchObject({ ok: true });
      await getDb().execute(sql`
        update measurements set started_at = ${startedAt}::timestamptz, completed_at = ${completedAt}::timestamptz
        where practice_id = ${practiceId} and id = ${id}`);
      return id;
    };
    const january = await measure(2, '2026-01-05T10:00:00Z', '2026-01-05T11:00:00Z');
    // A "measure again" homework assigned on 1 February, completed by the client on 20 February…
    const homework = await measure(4, '2026-02-01T10:00:00Z', '2026-02-20T18:00:00Z');
    // …after the live intake of 15 February.
    const live = await measure(3, '2026-02-15T10:00:00Z', '2026-02-15T11:00:00Z');
    const view = async (id: string) => {
      const loaded = await loadResultsView(practiceId, clientId, id, { pointLabel: (d) => d.toISOString().slice(0, 10) });
      if (loaded?.status !== 'completed') throw new Error('not completed');
      return loaded;
    };
    const ofLive = await view(live);
    expect(ofLive.previous?.id).toBe(january);
    expect(ofLive.path.map((p) => p.label)).toEqual(['2026-01-05', '2026-02-15']);
    expect((await view(homework)).previous?.id).toBe(live);
  });
});
