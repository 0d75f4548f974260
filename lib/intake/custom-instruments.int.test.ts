import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { customInstruments } from '@/db/schema';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { archiveCustomInstrument, saveCustomInstrument } from './custom-instruments';

const definition = (nl: string) => ({ ...batLikeInput(), name: { nl, en: '' } });

describe('custom instrument service', () => {
  it('two edits of the same version at once: one becomes version 2, the other is stale, and one audit entry is written', async () => {
    const owner = await createPractice();
    const created = await saveCustomInstrument(owner.practiceId, owner.userId, { definition: definition('Stress') });
    expect(created).toEqual({ ok: true, data: { key: 'stress', version: 1 } });
    const results = await Promise.all(
      ['Stress A', 'Stress B'].map((nl) =>
        saveCustomInstrument(owner.practiceId, owner.userId, { key: 'stress', baseVersion: 1, definition: definition(nl) }),
      ),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, data: { key: 'stress', version: 2 } }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'stale' }]);
    const rows = await getDb()
      .select({ version: customInstruments.version })
      .from(customInstruments)
      .where(and(eq(customInstruments.practiceId, owner.practiceId), eq(customInstruments.key, 'stress')));
    expect(rows.map((r) => r.version).sort()).toEqual([1, 2]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['instrument.created', 'instrument.versioned']);
  });

  it('archiving what is already archived changes nothing and audits nothing', async () => {
    const owner = await createPractice();
    await saveCustomInstrument(owner.practiceId, owner.userId, { definition: definition('Herstel') });
    expect(await archiveCustomInstrument(owner.practiceId, owner.userId, 'herstel', true)).toEqual({ ok: true, data: null });
    expect(await archiveCustomInstrument(owner.practiceId, owner.userId, 'herstel', true)).toEqual({ ok: true, data: null });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['instrument.created', 'instrument.archived']);
  });
});
