import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findCustomInstrument, insertCustomInstrument } from '@/db/queries/instruments';
import { customInstrumentSchema, parseStoredInstrument } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { instrumentIssues } from '@/lib/intake/instrument-issues';
import { withEditorDefaults } from '@/lib/intake/instrument-templates';
import { createTestClient } from '@/lib/intake/test-fixtures';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { startMeasurementAction } from '../clients/[clientId]/measurements/actions';
import MeasurementsPage from '../clients/[clientId]/measurements/page';
import EditInstrumentPage from './[key]/page';
import { archiveCustomInstrumentAction, saveCustomInstrumentAction } from './actions';
import InstrumentsPage from './page';

// The pages rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The editor and the start form ask for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
}));

/** A 0–20 definition, as saved before a scale had at most 11 values: stored as it was, past today’s checks. */
function wideDefinition(name: string) {
  return { ...batLikeInput(), name: { nl: name, en: '' }, scale: { min: 0, max: 20, labels: [] } };
}

describe('custom instruments saved before the 11-value scale limit', () => {
  let owner: Awaited<ReturnType<typeof createPractice>>;
  let clientId: string;

  beforeAll(async () => {
    owner = await createPractice();
    clientId = await createTestClient(owner.practiceId, owner.userId);
    for (const [key, name] of [
      ['breed', 'Brede schaal'],
      ['breed-oud', 'Oude brede schaal'],
    ] as const) {
      await insertCustomInstrument(owner.practiceId, { key, version: 1, definition: wideDefinition(name), createdBy: owner.userId });
    }
    expect(customInstrumentSchema.safeParse(wideDefinition('x')).success).toBe(false);
  });

  it('are listed, active and archived alike, so the coach can open, archive or restore them', async () => {
    actAs(owner);
    expect(await archiveCustomInstrumentAction({ key: 'breed-oud', archived: true })).toEqual({ ok: true, data: null });
    const page = await renderPageHtml(await InstrumentsPage());
    expect(page).toContain('<a class="font-medium" href="/instruments/breed">Brede schaal</a>');
    expect(page).toContain('schaal 0–20');
    expect(page).toContain('Gearchiveerd (1)');
    expect(page).toContain('<a href="/instruments/breed-oud">Oude brede schaal</a>');
  });

  it('open in the editor, which names the scale problem and refuses to save it until the scale is narrowed', async () => {
    actAs(owner);
    const page = await renderPageHtml(
      await EditInstrumentPage({ params: Promise.resolve({ key: 'breed' }), searchParams: Promise.resolve({}) }),
    );
    expect(page).toContain('<h1>Brede schaal</h1>');
    // Named at once, under the maximum and in the list at the top, in the editor's own words.
    const tooWide =
      'Een schaal heeft hoogstens 11 waarden (bijvoorbeeld 0 tot en met 10), tussen -100 en 100. Deze schaal loopt van 0 tot en met 20.';
    expect(page).toContain(`<p id="def-scale-max-error" class="field-error">${tooWide}</p>`);
    expect(page).toContain('data-testid="instrument-issues"');

    // What the editor checks on save (the same schema as the action), from what the page hands it.
    const stored = parseStoredInstrument((await findCustomInstrument(owner.practiceId, 'breed'))?.definition);
    expect(stored).not.toBeNull();
    const values = withEditorDefaults(stored!);
    const check = customInstrumentSchema.safeParse(values);
    expect(check.success ? [] : instrumentIssues(check.error)).toEqual([
      { path: 'scale.max', message: 'instrument.scaleTooWide', params: { min: 0, max: 20 } },
    ]);
    expect(await saveCustomInstrumentAction({ key: 'breed', baseVersion: 1, definition: values })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { 'scale.max': 'instrument.scaleTooWide' },
      params: { min: 0, max: 20 },
    });

    const narrowed = { ...values, scale: { min: 1, max: 5, labels: [] } };
    expect(await saveCustomInstrumentAction({ key: 'breed', baseVersion: 1, definition: narrowed })).toEqual({
      ok: true,
      data: { key: 'breed', version: 2 },
    });
    const after = await renderPageHtml(
      await EditInstrumentPage({ params: Promise.resolve({ key: 'breed' }), searchParams: Promise.resolve({}) }),
    );
    expect(after).not.toContain(tooWide);
  });

  it('are offered on a client’s measurements tab, as starting one takes them (read with the stored rules)', async () => {
    actAs(owner);
    await insertCustomInstrument(owner.practiceId, {
      key: 'nog-breed',
      version: 1,
      definition: wideDefinition('Nog een brede schaal'),
      createdBy: owner.userId,
    });
    const page = await renderPageHtml(await MeasurementsPage({ params: Promise.resolve({ clientId }) }));
    expect(page).toContain('<option value="nog-breed">Nog een brede schaal (versie 1)</option>');
    // Archived: not offered, as the start refuses it.
    expect(page).not.toContain('value="breed-oud"');
    expect(await startMeasurementAction({ clientId, instrumentKey: 'nog-breed' })).toMatchObject({ ok: true });
  });
});
