import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { jdrIntakeV1 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import type { AnswerMap } from '@/lib/intake/answers';
import { buildResults } from '@/lib/intake/results';
import { scoresForStorage, storedIndicesFor } from '@/lib/intake/stored-scores';
import { scoreMeasurement } from '@/lib/scoring/score';
import type { IndexResults } from '@/lib/scoring/types';
import { dutchIntl } from '@/lib/testing/next-intl-server-mock';
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
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
  return { model, page: (await new Response(prelude).text()).replace(/<!-- -->/g, '') };
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
    expect(changeRow(page, 'Bevlogenheid')).toEqual(['—', '100', 'niet te vergelijken']);
    expect(changeRow(page, 'Taakeisen')).toEqual(['0', '100', '100 hoger']);
  });

  it('shows the previous score when this measurement has none for that index', async () => {
    const { model, page } = await render(answers(false, { withEngagement: false }), storedOf(answers(true)));
    expect(model.indices.find((i) => i.key === 'engagement')?.result.status).not.toBe('scored');
    expect(changeRow(page, 'Bevlogenheid')).toEqual(['100', '—', 'niet te vergelijken']);
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
      const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
      const page = (await new Response(prelude).text()).replace(/<!-- -->/g, '');
      return /<span class="font-medium">Taakeisen<\/span>:\s*([^<]*)<\/li>/.exec(page)?.[1];
    };
    expect(await render('azw')).toBe('Werkdruk, Agressie (telt twee keer mee), Administratieve lasten (telt twee keer mee)');
    const wide = await render('jdr_wide');
    expect(wide).toContain('Werkdruk, ');
    expect(wide).not.toContain('telt');
  });
});
