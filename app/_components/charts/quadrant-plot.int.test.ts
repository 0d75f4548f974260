import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import type { QuadrantPoint } from '@/lib/charts/geometry';
import { QuadrantPlotSvg } from './quadrant-plot';

async function html(points: QuadrantPoint[]) {
  const element = createElement(QuadrantPlotSvg, {
    id: 'quadrant',
    title: 'Profiel',
    description: 'Geen profiel',
    points,
    reference: { demands: 50, resources: 50 },
    quadrantLabels: {
      high_demands_low_resources: 'a',
      high_demands_high_resources: 'b',
      low_demands_low_resources: 'c',
      low_demands_high_resources: 'd',
    },
    axisLabels: { demands: 'Taakeisen', resources: 'Hulpbronnen' },
    tableLabel: 'Toon de cijfers als tabel',
    headers: ['Meting', 'Taakeisen', 'Hulpbronnen'],
    locale: 'nl-NL',
  });
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

describe('the quadrant plot’s table', () => {
  it('is offered with the measurements plotted, and not at all when there is none (no empty table for a screen reader)', async () => {
    const plotted = await html([{ demands: 62, resources: 38, label: '1 mrt 2026', date: '2026-03-01' }]);
    expect(plotted).toContain('Toon de cijfers als tabel');
    expect(plotted).toContain('<td');
    const empty = await html([]);
    expect(empty).not.toContain('Toon de cijfers als tabel');
    expect(empty).not.toContain('<table');
  });
});
