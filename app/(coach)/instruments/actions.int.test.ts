import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listLatestCustomInstruments } from '@/db/queries/instruments';
import { auditLog, customInstruments } from '@/db/schema';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { archiveCustomInstrumentAction, saveCustomInstrumentAction } from './actions';

let owner: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  owner = await createPractice();
});

async function rowCount() {
  return (await getDb().select().from(customInstruments).where(eq(customInstruments.practiceId, owner.practiceId))).length;
}

describe('custom instrument actions', () => {
  it('refuses duplicate keys, an empty subscale and overlapping bands, naming the culprit, and writes nothing', async () => {
    actAs(owner);
    const before = await rowCount();

    const duplicate = batLikeInput();
    duplicate.items.push({ key: 'distance_2', text: { nl: 'Nog een', en: '' }, subscale: 'distance' });
    expect(await saveCustomInstrumentAction({ definition: duplicate })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { 'items.10.key': 'instrument.duplicateItemKey' },
      params: { key: 'distance_2' },
    });

    const empty = batLikeInput();
    empty.subscales.push({ key: 'cognitief', name: { nl: 'Cognitief', en: '' }, group: 'burnout' });
    expect(await saveCustomInstrumentAction({ definition: empty })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { 'subscales.3': 'instrument.emptySubscale' },
      params: { subscale: 'cognitief' },
    });

    const overlap = batLikeInput();
    overlap.subscales[0]!.bands![1]!.upTo = 3.05;
    expect(await saveCustomInstrumentAction({ definition: overlap })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { 'subscales.0.bands.1.upTo': 'instrument.bandsOverlap' },
      params: { subscale: 'exhaustion', band: 'Verhoogd', previousBand: 'Laag', upTo: 3.05 },
    });

    expect(await saveCustomInstrumentAction({ definition: 'geen vragenlijst' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await rowCount()).toBe(before);
  });

  it('the same save sent again (its answer lost) makes one questionnaire and one version, with one audit entry each', async () => {
    const coach = await createPractice();
    actAs(coach);
    const rows = async () =>
      (await getDb().select().from(customInstruments).where(eq(customInstruments.practiceId, coach.practiceId))).map((r) => [
        r.key,
        r.version,
      ]);
    const audits = async () =>
      (await getDb().select().from(auditLog).where(eq(auditLog.practiceId, coach.practiceId))).map((a) => a.action).sort();
    const create = { requestId: crypto.randomUUID(), definition: { ...batLikeInput(), name: { nl: 'BAT-23', en: '' } } };
    expect(await saveCustomInstrumentAction(create)).toEqual({ ok: true, data: { key: 'bat-23', version: 1 } });
    expect(await saveCustomInstrumentAction(create)).toEqual({ ok: true, data: { key: 'bat-23', version: 1 } });
    // Both at once: one row, and both answered with it.
    const both = { ...create, requestId: crypto.randomUUID() };
    const [first, second] = await Promise.all([saveCustomInstrumentAction(both), saveCustomInstrumentAction(both)]);
    expect(first).toEqual(second);
    expect(first).toEqual({ ok: true, data: { key: 'bat-23-2', version: 1 } });
    const edit = { requestId: crypto.randomUUID(), key: 'bat-23', baseVersion: 1, definition: create.definition };
    expect(await saveCustomInstrumentAction(edit)).toEqual({ ok: true, data: { key: 'bat-23', version: 2 } });
    // Not "someone else saved a version" for the coach's own edit sent twice.
    expect(await saveCustomInstrumentAction(edit)).toEqual({ ok: true, data: { key: 'bat-23', version: 2 } });
    expect((await rows()).sort()).toEqual([
      ['bat-23', 1],
      ['bat-23', 2],
      ['bat-23-2', 1],
    ]);
    expect(await audits()).toEqual(['instrument.created', 'instrument.created', 'instrument.versioned']);
  });

  it('creates version 1, an edit becomes version 2 (never an update), and a stale edit is refused', async () => {
    actAs(owner);
    const created = await saveCustomInstrumentAction({ definition: { ...batLikeInput(), name: { nl: 'BAT-23', en: '' } } });
    expect(created).toEqual({ ok: true, data: { key: 'bat-23', version: 1 } });
    const again = await saveCustomInstrumentAction({ definition: { ...batLikeInput(), name: { nl: 'BAT 23', en: '' } } });
    expect(again).toEqual({ ok: true, data: { key: 'bat-23-2', version: 1 } });

    const edit = { ...batLikeInput(), name: { nl: 'BAT-23 (herzien)', en: '' } };
    expect(await saveCustomInstrumentAction({ key: 'bat-23', baseVersion: 1, definition: edit })).toEqual({
      ok: true,
      data: { key: 'bat-23', version: 2 },
    });
    expect(await saveCustomInstrumentAction({ key: 'bat-23', baseVersion: 1, definition: edit })).toEqual({ ok: false, error: 'stale' });
    expect(await saveCustomInstrumentAction({ key: 'jdr-intake', baseVersion: 1, definition: edit })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await saveCustomInstrumentAction({ key: 'onbekend', baseVersion: 1, definition: edit })).toEqual({
      ok: false,
      error: 'not_found',
    });

    const versions = await getDb()
      .select({ version: customInstruments.version })
      .from(customInstruments)
      .where(and(eq(customInstruments.practiceId, owner.practiceId), eq(customInstruments.key, 'bat-23')));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.practiceId, owner.practiceId));
    expect(audits.filter((a) => a.action === 'instrument.versioned').map((a) => a.metadata)).toEqual([
      { key: 'bat-23', version: 2, items: 10, subscales: 3 },
    ]);
  });

  it('archives and restores an instrument; another practice cannot touch it', async () => {
    actAs(owner);
    await saveCustomInstrumentAction({ definition: { ...batLikeInput(), name: { nl: 'Archief', en: '' } } });
    expect(await archiveCustomInstrumentAction({ key: 'archief', archived: true })).toEqual({ ok: true, data: null });
    expect((await listLatestCustomInstruments(owner.practiceId)).some((r) => r.key === 'archief')).toBe(false);
    expect(await archiveCustomInstrumentAction({ key: 'archief', archived: false })).toEqual({ ok: true, data: null });
    expect((await listLatestCustomInstruments(owner.practiceId)).some((r) => r.key === 'archief')).toBe(true);

    actAs(await createPractice('Andere praktijk'));
    expect(await archiveCustomInstrumentAction({ key: 'archief', archived: true })).toEqual({ ok: false, error: 'not_found' });
    expect(await saveCustomInstrumentAction({ key: 'archief', baseVersion: 1, definition: batLikeInput() })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });
});
