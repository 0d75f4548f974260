import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Trend } from './charts';

/** Every element of the chart's tree with its props (the chart is a plain function of its data). */
function elements(node: ReactNode, out: Array<{ type: unknown; props: Record<string, unknown> }> = []) {
  if (Array.isArray(node)) for (const n of node) elements(n, out);
  else if (isValidElement<Record<string, unknown>>(node)) {
    out.push({ type: node.type, props: node.props });
    elements(node.props.children as ReactNode, out);
  }
  return out;
}

describe('the PDF trend chart', () => {
  it('draws burnout and engagement dashed, in the chart and in its legend, as the web chart does', () => {
    const points = (v: number) => [
      { date: '2026-06-01', value: v },
      { date: '2026-09-01', value: v + 2 },
    ];
    const tree = Trend({
      series: ['demands', 'resources', 'burnout', 'engagement'].map((key, i) => ({ key, points: points(20 + i * 10) })),
      labels: { demands: 'Taakeisen', resources: 'Hulpbronnen', burnout: 'Burn-outklachten', engagement: 'Bevlogenheid' },
    });
    const dashes = elements(tree)
      .map((e) => e.props.strokeDasharray)
      .filter(Boolean);
    // Two lines and two legend samples each; the solid demands and resources lines carry none.
    expect(dashes.filter((d) => d === '6 4')).toHaveLength(2);
    expect(dashes.filter((d) => d === '2 3')).toHaveLength(2);
  });
});
