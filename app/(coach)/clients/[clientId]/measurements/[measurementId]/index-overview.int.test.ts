import { describe, expect, it, vi } from 'vitest';
import { jdrIntakeV1 } from '@/lib/instruments';
import { zeroToTenInstrument } from '@/lib/instruments/test-fixtures';
import { allItems } from '@/lib/instruments/types';
import type { AnswerMap } from '@/lib/intake/answers';
import { buildResults } from '@/lib/intake/results';
import { scoresForStorage, storedIndicesFor } from '@/lib/intake/stored-scores';
import { scoreMeasurement } from '@/lib/scoring/score';
import { scored } from '@/lib/scoring/test-fixtures';
import type { IndexResults } from '@/lib/scoring/types';
import { renderPageHtml } from '@/lib/testing/render-page';
import { IndexOverview } from './index-overview';

// Rendered outside Next, in Dutch, with the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

/** Every item answered at its top (`high`) or bottom, reversal taken into account; the engagement items left out if asked. */
function answers(high: boolean, { withEngagement = true } = {}): AnswerMap {
  const engagement = new Set(jdrIntakeV1.indices.engagement ?? []);
  return Object.fromEntries(
    allItems(jdrIntakeV1)
      .filter((i) => withEngagement || !engagement.has(i.dimension))
      .map((i) => [i.key, { value: high !== i.reverse ? 5 : 1, text: null, note: null }]),
  );
}

const storedOf = (answered: AnswerMap): IndexResults => {
  const values = Object.fromEntries(Object.entries(answered).map(([k, a]) => [k, a.value as number]));
  return storedIndicesFor(scoresForStorage(scoreMeasurement(jdrIntakeV1, values), jdrIntakeV1), jdrIntakeV1, 'jdr_wide');
};

async function render(current: AnswerMap, previous: IndexResults) {
  const model = buildResults(jdrIntakeV1, current, { previous: { instrument: jdrIntakeV1, indices: previous } });
  const element = await IndexOverview({
    indices: model.indices,
    previousDate: new Date('2026-01-05T10:00:00Z'),
    comparison: model.comparison,
    dimensionNames: {},
  });
  return { model, page: await renderPageHtml(element) };
}

/** The "previous / now / change" cells of one index's row in the change table. */
const changeRow = (page: string, name: string) => {
  const table = page.slice(page.indexOf('data-testid="change-since"'));
  const row = new RegExp(`<th scope="row"[^>]*>${name}</th>(.*?)</tr>`).exec(table)?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
};

describe('the change since the previous measurement', () => {
  it('shows the current score even when the previous measurement has none for that index', async () => {
    const { engagement: _, ...withoutEngagement } = storedOf(answers(false));
    const { model, page } = await render(answers(true), withoutEngagement);
    const engagement = model.indices.find((i) => i.key === 'engagement');
    expect(engagement?.change).toBeNull();
    expect(engagement?.result.status).toBe('scored');
    expect(changeRow(page, 'Bevlogenheid')).toEqual(['—', '100', 'geen score bij een van beide metingen']);
    expect(changeRow(page, 'Taakeisen')).toEqual(['0', '100', '100 hoger']);
  });

  it('shows the previous score when this measurement has none for that index', async () => {
    const { model, page } = await render(answers(false, { withEngagement: false }), storedOf(answers(true)));
    expect(model.indices.find((i) => i.key === 'engagement')?.result.status).not.toBe('scored');
    expect(changeRow(page, 'Bevlogenheid')).toEqual(['100', '—', 'geen score bij een van beide metingen']);
    expect(changeRow(page, 'Taakeisen')).toEqual(['100', '0', '100 lager']);
  });
});

describe('which dimensions count in each index', () => {
  it("names the AZW set's demands as seed 003's five parts: aggression and administrative burden count twice", async () => {
    const names = Object.fromEntries(jdrIntakeV1.dimensions.map((d) => [d.key, d.name.nl]));
    const render = async (componentSet: 'azw' | 'jdr_wide') => {
      const model = buildResults(jdrIntakeV1, answers(true), { componentSet });
      const element = await IndexOverview({
        indices: model.indices,
        previousDate: null,
        comparison: model.comparison,
        dimensionNames: names,
      });
      const page = await renderPageHtml(element);
      return /<span class="font-medium">Taakeisen<\/span>:\s*([^<]*)<\/li>/.exec(page)?.[1];
    };
    expect(await render('azw')).toBe('Werkdruk, Agressie (telt twee keer mee), Administratieve lasten (telt twee keer mee)');
    const wide = await render('jdr_wide');
    expect(wide).toContain('Werkdruk, ');
    expect(wide).not.toContain('telt');
  });
});

/**
 * A questionnaire on 0–10 with one subscale per index: burnout 69.6 (50 items: 48 at 7, 2 at 6), job demands 50.4
 * (50 items: 2 at 6, 48 at 5), work resources 30 and engagement 69.6. No burnout signal (70 or more), a "high demands,
 * low resources" profile against the midpoint (demands above 50).
 */
function edgeResults(previous: IndexResults) {
  const instrument = zeroToTenInstrument([
    { key: 'pressure', name: { nl: 'Werkdruk', en: 'Workload' }, group: 'job_demands', items: 50 },
    { key: 'support', name: { nl: 'Steun', en: 'Support' }, group: 'work_resources', items: 2 },
    { key: 'exhaustion', name: { nl: 'Uitputting', en: 'Exhaustion' }, group: 'burnout', items: 50 },
    { key: 'vigour', name: { nl: 'Vitaliteit', en: 'Vigour' }, group: 'engagement', items: 50 },
  ]);
  const value = (subscale: string, n: number) =>
    subscale === 'pressure' ? (n <= 2 ? 6 : 5) : subscale === 'support' ? 3 : n <= 48 ? 7 : 6;
  const answered: AnswerMap = Object.fromEntries(
    allItems(instrument).map((item) => [
      item.key,
      { value: value(item.dimension, Number(item.key.split('_')[1])), text: null, note: null },
    ]),
  );
  return { instrument, model: buildResults(instrument, answered, { previous: { instrument, indices: previous } }) };
}

async function renderEdge(previous: IndexResults, split?: { demands: number; resources: number }) {
  const { model } = edgeResults(previous);
  const element = await IndexOverview({
    indices: model.indices,
    previousDate: new Date('2026-01-05T10:00:00Z'),
    comparison: model.comparison,
    dimensionNames: {},
    ...(split ? { split } : {}),
  });
  return { model, page: await renderPageHtml(element) };
}

/** The values at the bars' ends (the SVG's value texts) and in the table beside the chart, per index name. */
const barValues = (page: string) => {
  const table = page.slice(0, page.indexOf('data-testid="change-since"'));
  return Object.fromEntries(
    [...table.matchAll(/<tr[^>]*><th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]),
  );
};

describe('index scores beside the burnout signal and the profile split', () => {
  it('never read on the other side: a burnout index of 69.6 is "69,6", not "70"; job demands of 50.4 "50,4", not "50"', async () => {
    const previous = { burnout: scored(54.6), demands: scored(49.6), work_resources: scored(30), engagement: scored(80.2) };
    const { model, page } = await renderEdge(previous);
    const score = (key: string) => model.indices.find((i) => i.key === key)?.result;
    expect(score('burnout')).toMatchObject({ score: 69.6 });
    expect(score('demands')).toMatchObject({ score: 50.4 });
    expect(model.signals.map((s) => s.key)).not.toContain('burnout_high');
    expect(model.profile?.key).toBe('high_demands_low_resources');

    // The bars' description read aloud, and the table beside the chart.
    expect(page).toContain(
      'Staafdiagram van de indices: Taakeisen 50,4, Hulpbronnen in het werk 30, Burn-outklachten 69,6, Bevlogenheid 70.',
    );
    expect(barValues(page)).toEqual({
      Taakeisen: '50,4',
      'Hulpbronnen in het werk': '30',
      'Burn-outklachten': '69,6',
      Bevlogenheid: '70',
    });
    // The values at the bars' ends.
    const ends = [...page.matchAll(/<text[^>]*text-anchor="start"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ends).toEqual(['50,4', '30', '69,6', '70']);

    // The change table: the same values, the difference that of the values shown. Burnout rose by exactly 15 (a sharp
    // rise): "54,6 → 69,6", not "55 → 69,6" (14.6).
    expect(changeRow(page, 'Burn-outklachten')).toEqual(['54,6', '69,6', '15 hoger']);
    expect(changeRow(page, 'Taakeisen')).toEqual(['50', '50,4', '0,4 hoger']);
    expect(changeRow(page, 'Hulpbronnen in het werk')).toEqual(['30', '30', 'gelijk']);
    expect(changeRow(page, 'Bevlogenheid')).toEqual(['80', '70', '10 lager']);
    expect(model.signals.find((s) => s.key === 'sharp_change')?.params).toEqual({ index: 'burnout', from: 54.6, to: 69.6, delta: 15 });
  });

  it('follow the split the page states: against a practice median of 51, job demands of 50.4 are low and read "50"', async () => {
    const previous = { burnout: scored(70.4), demands: scored(51.6), work_resources: scored(30), engagement: scored(70) };
    const { page } = await renderEdge(previous, { demands: 51, resources: 47.9 });
    expect(barValues(page)).toMatchObject({ Taakeisen: '50', 'Burn-outklachten': '69,6' });
    // 70.4 had the signal and reads "70"; 51.6 was high against 51 and reads "52".
    expect(changeRow(page, 'Burn-outklachten')).toEqual(['70', '69,6', '0,4 lager']);
    expect(changeRow(page, 'Taakeisen')).toEqual(['52', '50', '2 lager']);
  });
});
