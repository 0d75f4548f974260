import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { indexValueFormat } from '@/lib/scoring/shown-index-value';
import { TrendChartSvg } from './trend-chart';

async function html(locale: string) {
  const element = createElement(TrendChartSvg, {
    id: 'trend',
    title: 'Verloop',
    description: 'Twee metingen',
    series: [
      {
        key: 'burnout',
        points: [
          { date: '2026-01-05', value: 69.6 },
          { date: '2026-03-02', value: 70.3 },
        ],
      },
      {
        key: 'engagement',
        points: [
          { date: '2026-01-05', value: 59.6 },
          { date: '2026-03-02', value: 61.2 },
        ],
      },
    ],
    seriesNames: { burnout: 'Burn-outklachten', engagement: 'Bevlogenheid' },
    dateLabels: { '2026-01-05': '5 jan', '2026-03-02': '2 mrt' },
    missingText: 'geen score',
    tableLabel: 'Toon de cijfers als tabel',
    firstHeader: 'Index',
    formatValue: indexValueFormat(locale),
  });
  const { prelude } = await prerender(element);
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
}

describe('the trend of the indices', () => {
  it('writes a burnout index of 69.6 as "69,6" (below the signal), not "70", in the table and the tooltips; engagement of 59.6 as "59,6" (below the report\'s 60)', async () => {
    const page = await html('nl-NL');
    const cells = [...page.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['69,6', '70', '59,6', '61']);
    expect(page).toContain('Burn-outklachten, 5 jan: 69,6');
    expect(page).not.toContain('Burn-outklachten, 5 jan: 70<');
    expect(await html('en-GB')).toContain('Burn-outklachten, 5 jan: 69.6');
  });
});
