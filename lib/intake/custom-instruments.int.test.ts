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

/** `definition(nl)` with one item more (the coach added it after a save whose answer was lost). */
function withItem(nl: string, text: string) {
  const d = definition(nl);
  d.items.push({ key: `exhaustion_${d.items.length + 1}`, text: { nl: text, en: '' }, subscale: 'exhaustion' });
  return d;
}

/** The versions of `key`, oldest first, with how many items each has. */
async function versionsOf(practiceId: string, key: string) {
  const rows = await getDb()
    .select({ version: customInstruments.version, definition: customInstruments.definition })
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), eq(customInstruments.key, key)));
  return rows.map((r) => [r.version, (r.definition.items as unknown[]).length]).sort(([a], [b]) => Number(a) - Number(b));
}

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

  it('the same request again with what the coach changed after its answer was lost: the next version, once', async () => {
    const owner = await createPractice();
    const save = (input: Parameters<typeof saveCustomInstrument>[2]) => saveCustomInstrument(owner.practiceId, owner.userId, input);
    const requestId = crypto.randomUUID();
    expect(await save({ requestId, definition: definition('Stress') })).toEqual({ ok: true, data: { key: 'stress', version: 1 } });
    // The answer was lost; the coach added an item and pressed Save again (the same form, so the same request id).
    const changed = withItem('Stress', 'Ik slaap slecht.');
    expect(await save({ requestId, definition: changed })).toEqual({ ok: true, data: { key: 'stress', version: 2 } });
    // That answer lost as well: the same save again, and twice at once, makes no third version.
    expect(await save({ requestId, definition: changed })).toEqual({ ok: true, data: { key: 'stress', version: 2 } });
    const both = await Promise.all([save({ requestId, definition: changed }), save({ requestId, definition: changed })]);
    expect(both).toEqual([
      { ok: true, data: { key: 'stress', version: 2 } },
      { ok: true, data: { key: 'stress', version: 2 } },
    ]);
    // The first definition again is the version it made.
    expect(await save({ requestId, definition: definition('Stress') })).toEqual({ ok: true, data: { key: 'stress', version: 1 } });
    expect(await versionsOf(owner.practiceId, 'stress')).toEqual([
      [1, 10],
      [2, 11],
    ]);
    // Typed on after that: the next version on top of this request's own latest one, twice at once still one.
    const more = withItem('Stress', 'Ik pieker.');
    more.items.push({ key: 'exhaustion_12', text: { nl: 'Ik ben moe.', en: '' }, subscale: 'exhaustion' });
    const third = await Promise.all([save({ requestId, definition: more }), save({ requestId, definition: more })]);
    expect(third).toEqual([
      { ok: true, data: { key: 'stress', version: 3 } },
      { ok: true, data: { key: 'stress', version: 3 } },
    ]);
    expect(await versionsOf(owner.practiceId, 'stress')).toEqual([
      [1, 10],
      [2, 11],
      [3, 12],
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => [a.action, a.metadata])).toEqual([
      ['instrument.created', { key: 'stress', version: 1, items: 10, subscales: 3 }],
      ['instrument.versioned', { key: 'stress', version: 2, items: 11, subscales: 3 }],
      ['instrument.versioned', { key: 'stress', version: 3, items: 12, subscales: 3 }],
    ]);
  });

  it('the same request with a changed definition after a colleague saved a version: stale, and nothing written', async () => {
    const owner = await createPractice();
    const requestId = crypto.randomUUID();
    const save = (input: Parameters<typeof saveCustomInstrument>[2]) => saveCustomInstrument(owner.practiceId, owner.userId, input);
    expect(await save({ requestId, definition: definition('Werkdruk') })).toEqual({ ok: true, data: { key: 'werkdruk', version: 1 } });
    expect(await save({ key: 'werkdruk', baseVersion: 1, definition: definition('Werkdruk (collega)') })).toEqual({
      ok: true,
      data: { key: 'werkdruk', version: 2 },
    });
    const changed = withItem('Werkdruk', 'Ik werk door in de pauze.');
    expect(await save({ requestId, definition: changed })).toEqual({ ok: false, error: 'stale' });
    // The editor of the first version, saved again from there: stale as well.
    expect(await save({ requestId, key: 'werkdruk', baseVersion: 1, definition: changed })).toEqual({ ok: false, error: 'stale' });
    expect(await versionsOf(owner.practiceId, 'werkdruk')).toEqual([
      [1, 10],
      [2, 10],
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['instrument.created', 'instrument.versioned']);
    // Reopened on the colleague's version (a reload put the draft back on top of it): the next version.
    expect(await save({ requestId, key: 'werkdruk', baseVersion: 2, definition: changed })).toEqual({
      ok: true,
      data: { key: 'werkdruk', version: 3 },
    });
    expect(await save({ requestId, key: 'werkdruk', baseVersion: 2, definition: changed })).toEqual({
      ok: true,
      data: { key: 'werkdruk', version: 3 },
    });
    expect(await versionsOf(owner.practiceId, 'werkdruk')).toEqual([
      [1, 10],
      [2, 10],
      [3, 11],
    ]);
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
