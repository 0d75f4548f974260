import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordCoachingAgreement } from '@/db/queries/client-test-fixtures';
import { listAnswers } from '@/db/queries/measurements';
import { checkInV1, jdrIntakeV1 } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { answerMap } from '@/lib/intake/answers';
import { saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { formSections, formSteps, progressOf } from '@/lib/intake/form-layout';
import { instrumentTemplate, withEditorDefaults } from '@/lib/intake/instrument-templates';
import { createTestClient, valuesWhereHigh } from '@/lib/intake/test-fixtures';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { completeIntakeAction, saveIntakeAnswerAction, startMeasurementAction } from './actions';
import MeasurementsPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The start form asks for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
  usePathname: () => '/clients',
  useSearchParams: () => new URLSearchParams(),
}));

async function render(clientId: string) {
  const element = await MeasurementsPage({ params: Promise.resolve({ clientId }) });
  return renderPageHtml(element);
}

type Owner = Awaited<ReturnType<typeof createPractice>>;

async function start(owner: Owner, clientId: string, instrumentKey: string) {
  actAs(owner);
  const started = await startMeasurementAction({ clientId, instrumentKey });
  if (!started.ok) throw new Error(started.error);
  return started.data.id;
}

/** A measurement of `instrument` with every item answered, completed. */
async function completed(owner: Owner, clientId: string, instrument: typeof jdrIntakeV1) {
  const id = await start(owner, clientId, instrument.key);
  for (const [itemKey, value] of Object.entries(valuesWhereHigh(instrument, ['job_demands'])))
    expect(await saveIntakeAnswerAction(id, { itemKey, value })).toMatchObject({ ok: true });
  expect(await completeIntakeAction(id)).toEqual({ ok: true, data: { alreadyCompleted: false } });
}

describe('the measurements page', () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await createPractice();
  });

  it('names each trend chart by its questionnaire: the SVG title, its label and the table caption differ', async () => {
    const clientId = await createTestClient(owner.practiceId, owner.userId);
    await completed(owner, clientId, jdrIntakeV1);
    await completed(owner, clientId, checkInV1);
    // One measurement of each: no chart yet, a sentence that says when it comes.
    const first = await render(clientId);
    expect(first).not.toContain('<title id="chart-trend-');
    expect(first.match(/het verloop verschijnt hier vanaf de tweede/g)).toHaveLength(2);
    await completed(owner, clientId, jdrIntakeV1);
    await completed(owner, clientId, checkInV1);
    const page = await render(clientId);
    expect(page).not.toContain('het verloop verschijnt hier vanaf de tweede');
    const titles = [...page.matchAll(/<title id="chart-(trend-\d+)-title">([^<]*)<\/title>/g)].map((m) => [m[1], m[2]]);
    expect(titles.map(([, title]) => title).sort()).toEqual(
      [`Verloop van de indices: ${jdrIntakeV1.name.nl}`, `Verloop van de indices: ${checkInV1.name.nl}`].sort(),
    );
    for (const [id, title] of titles) {
      // The chart's accessible name is its title (aria-labelledby), and the table of its numbers has it as caption.
      expect(page).toContain(`aria-labelledby="chart-${id}-title chart-${id}-desc"`);
      expect(page).toContain(`<caption class="sr-only">${title}</caption>`);
    }
  });

  it('counts an open answer of whitespace alone (a newline, a tab, a no-break space) as the form does: not answered', async () => {
    const clientId = await createTestClient(owner.practiceId, owner.userId);
    const id = await start(owner, clientId, checkInV1.key);
    const [item] = checkInV1.sections[0]!.items;
    expect(await saveIntakeAnswerAction(id, { itemKey: item!.key, value: 2 })).toMatchObject({ ok: true });
    const [drains, sources] = checkInV1.openQuestions;
    expect(await saveIntakeAnswerAction(id, { itemKey: drains!.key, text: '\n' })).toMatchObject({ ok: true });
    expect(await saveIntakeAnswerAction(id, { itemKey: sources!.key, text: '\t\u00a0 \r\n' })).toMatchObject({ ok: true });

    const form = progressOf(formSteps(formSections(checkInV1)), answerMap(await listAnswers(owner.practiceId, id)));
    expect(form.answered).toBe(1);
    const page = await render(clientId);
    expect(page).toContain(`Bezig: ${form.answered} van ${form.total}`);
  });

  it('offers no “Verder invullen” for a measurement in progress once the coaching agreement is withdrawn', async () => {
    const clientId = await createTestClient(owner.practiceId, owner.userId);
    const id = await start(owner, clientId, checkInV1.key);
    expect(await render(clientId)).toContain(`href="/intake/${id}"`);
    await recordCoachingAgreement(owner.practiceId, clientId, owner.userId, 'withdrawn');
    const page = await render(clientId);
    expect(page).not.toContain(`href="/intake/${id}"`);
    expect(page).toContain('Eerst toestemming nodig');
    expect(page).toContain('data-testid="agreement-required"');
  });

  it('names a trend by the versions in it: "versies 1 en 3" beside "versie 2", not "versies 1 t/m 3"', async () => {
    const clientId = await createTestClient(owner.practiceId, owner.userId);
    const input = { ...batLikeInput(), name: { nl: 'Werkdrukmeter', en: '' } };
    // Version 2 moves the scale to 0–4 (the same answers score differently); version 3 moves it back, like version 1.
    const moved = {
      ...input,
      scale: { min: 0, max: 4, labels: [{ value: 0, nl: 'Nooit', en: 'Never' }] },
      subscales: input.subscales.map((sub) => ({ ...sub, bands: undefined })),
    };
    let key = '';
    for (const [n, definition] of [input, moved, input].entries()) {
      const saved = await saveCustomInstrument(owner.practiceId, owner.userId, key ? { key, baseVersion: n, definition } : { definition });
      if (!saved.ok) throw new Error(saved.error);
      expect(saved.data.version).toBe(n + 1);
      key = saved.data.key;
      const id = await start(owner, clientId, key);
      for (const item of input.items) expect(await saveIntakeAnswerAction(id, { itemKey: item.key, value: 3 })).toMatchObject({ ok: true });
      expect(await completeIntakeAction(id)).toMatchObject({ ok: true });
    }
    const headings = [...(await render(clientId)).matchAll(/<h3 id="trend-title-\d+"[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Verloop: Werkdrukmeter (versies 1 en 3)', 'Verloop: Werkdrukmeter (versie 2)']);
  });

  it('shows the trend of a symptom list that feeds no index (the 4DKL): each subscale’s sum over time, named and in a table', async () => {
    const clientId = await createTestClient(owner.practiceId, owner.userId);
    const template = withEditorDefaults(instrumentTemplate('fourDkl'));
    const definition = {
      ...template,
      name: { nl: 'Klachtenlijst', en: 'Symptom list' },
      items: template.items.map((item, n) => ({ ...item, text: { nl: `Vraag ${n + 1}`, en: `Question ${n + 1}` } })),
    };
    const saved = await saveCustomInstrument(owner.practiceId, owner.userId, { definition });
    if (!saved.ok) throw new Error(saved.error);
    // Everything "vaak" (3, counted as 2), then everything "nee" (0): distress 32, then 0.
    for (const value of [3, 0]) {
      const id = await start(owner, clientId, saved.data.key);
      for (const item of definition.items)
        expect(await saveIntakeAnswerAction(id, { itemKey: item.key, value })).toMatchObject({ ok: true });
      expect(await completeIntakeAction(id)).toMatchObject({ ok: true });
    }
    const page = await render(clientId);
    expect(page).toContain('Verloop: Klachtenlijst');
    expect(page).toContain('<caption class="sr-only">Verloop per onderdeel: Klachtenlijst</caption>');
    // No empty chart of indices beside it: the list feeds none.
    expect(page).not.toContain('Verloop van de indices: Klachtenlijst');
    expect(page).toContain('de som van de antwoorden (van 0 tot en met 32)');
    // The table of the figures: distress from 32 to 0, per date.
    expect(page.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toMatch(/\|Distress\|32\|0\|/);
  });
});
