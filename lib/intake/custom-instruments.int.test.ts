import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listLatestCustomInstruments } from '@/db/queries/instruments';
import { customInstruments } from '@/db/schema';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { auditFor, createPractice } from '@/lib/testing/fixtures';
import { archiveCustomInstrument, saveCustomInstrument } from './custom-instruments';
import { resolveInstrument } from './service';

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

  it('an edit of an archived questionnaire stays archived: not offered for new measurements until it is restored', async () => {
    const owner = await createPractice();
    await saveCustomInstrument(owner.practiceId, owner.userId, { definition: definition('Licentie') });
    await archiveCustomInstrument(owner.practiceId, owner.userId, 'licentie', true);
    const edited = await saveCustomInstrument(owner.practiceId, owner.userId, {
      key: 'licentie',
      baseVersion: 1,
      definition: definition('Licentie (typfout hersteld)'),
    });
    expect(edited).toEqual({ ok: true, data: { key: 'licentie', version: 2 } });
    expect(await resolveInstrument(owner.practiceId, 'licentie')).toBeNull();
    expect((await listLatestCustomInstruments(owner.practiceId)).map((i) => i.key)).not.toContain('licentie');
    expect(
      (await listLatestCustomInstruments(owner.practiceId, { includeArchived: true })).find((i) => i.key === 'licentie'),
    ).toMatchObject({ version: 2, archivedAt: expect.any(Date) });
    // Restoring brings back the edited version.
    await archiveCustomInstrument(owner.practiceId, owner.userId, 'licentie', false);
    expect((await resolveInstrument(owner.practiceId, 'licentie'))?.instrument.version).toBe(2);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual([
      'instrument.created',
      'instrument.archived',
      'instrument.versioned',
      'instrument.restored',
    ]);
  });

  it('archiving while an edit is saved archives the new version too, whichever comes first', async () => {
    for (let round = 0; round < 5; round++) {
      const owner = await createPractice();
      await saveCustomInstrument(owner.practiceId, owner.userId, { definition: definition('Gelijktijdig') });
      const [edited, archived] = await Promise.all([
        saveCustomInstrument(owner.practiceId, owner.userId, { key: 'gelijktijdig', baseVersion: 1, definition: definition('Nieuw') }),
        archiveCustomInstrument(owner.practiceId, owner.userId, 'gelijktijdig', true),
      ]);
      expect([edited.ok, archived.ok]).toEqual([true, true]);
      const rows = await getDb()
        .select({ version: customInstruments.version, archivedAt: customInstruments.archivedAt })
        .from(customInstruments)
        .where(and(eq(customInstruments.practiceId, owner.practiceId), eq(customInstruments.key, 'gelijktijdig')));
      expect(rows.map((r) => [r.version, r.archivedAt !== null]).sort()).toEqual([
        [1, true],
        [2, true],
      ]);
    }
  });
});
