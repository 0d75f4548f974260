import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { dimensionValueFormat } from '../../scoring/shown-dimension-value';
import { Bars, fitLabel, Trend } from './charts';
import { INK } from './theme';

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

/** The text of every element in the tree, in order. */
function texts(node: ReactNode): string[] {
  return elements(node)
    .map((e) => e.props.children)
    .filter((c): c is string => typeof c === 'string');
}

describe('the PDF trend chart’s dates', () => {
  it('labels the ticks with the display text given beside the ISO dates, in time order', () => {
    const tree = Trend({
      series: [
        {
          key: 'burnout',
          points: [
            { date: '2026-03-02T10:00:00.000Z', value: 80 },
            { date: '2026-05-15T10:00:00.000Z', value: 60 },
            { date: '2026-10-01T10:00:00.000Z', value: 40 },
          ],
        },
      ],
      labels: { burnout: 'Burn-outklachten' },
      dateLabels: {
        '2026-03-02T10:00:00.000Z': '2 mrt 26',
        '2026-05-15T10:00:00.000Z': '15 mei 26',
        '2026-10-01T10:00:00.000Z': '1 okt 26',
      },
    });
    const shown = texts(tree);
    expect(shown.filter((t) => /\d+ \w+ 26/.test(t))).toEqual(['2 mrt 26', '15 mei 26', '1 okt 26']);
    expect(shown.some((t) => t.includes('T10:00'))).toBe(false);
  });
});

describe('the PDF trend chart with many measurements', () => {
  it('writes every k-th date, the first and the last always, so that no two dates overlap', () => {
    const dates = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i * 7, 10)).toISOString());
    const label = (iso: string) => `${new Date(iso).getUTCDate()} mrt 26`;
    const tree = Trend({
      series: [{ key: 'burnout', points: dates.map((date, i) => ({ date, value: 40 + i })) }],
      labels: { burnout: 'Burn-outklachten' },
      dateLabels: Object.fromEntries(dates.map((d) => [d, label(d)])),
    });
    const shown = elements(tree).filter((e) => typeof e.props.children === 'string' && / mrt 26$/.test(e.props.children as string));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(dates.length);
    expect(shown[0]?.props.children).toBe(label(dates[0]!));
    expect(shown.at(-1)?.props.children).toBe(label(dates.at(-1)!));
    // Each written date's room (about 0.55 em a character at 7.5 pt, as anchored) ends before the next one's starts.
    const span = (e: (typeof shown)[number]) => {
      const width = (e.props.children as string).length * 7.5 * 0.55;
      const x = e.props.x as number;
      const anchor = e.props.textAnchor;
      const from = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      return { from, to: from + width };
    };
    for (let i = 1; i < shown.length; i++) expect(span(shown[i - 1]!).to).toBeLessThan(span(shown[i]!).from);
    // Every measurement is still drawn.
    expect(elements(tree).filter((e) => e.props.r === 2.5)).toHaveLength(20);
  });
});

describe('the PDF bar labels', () => {
  it('keep the flag marker whole and shorten the name instead', () => {
    const label = fitLabel('Steun en coaching van je leidinggevende en nog veel meer woorden', 200, '(opvallend)');
    expect(label.endsWith('… (opvallend)')).toBe(true);
    expect(fitLabel('Werkdruk', 200, '(opvallend)')).toBe('Werkdruk (opvallend)');
  });

  it('show the longest Dutch name with its marker uncut', () => {
    const tree = Bars({
      notEnough: 'te weinig antwoorden',
      formatValue: dimensionValueFormat('nl-NL'),
      rows: [
        {
          key: 'manager_support',
          label: 'Steun en coaching van de leidinggevende',
          value: 10,
          group: 'work_resources',
          marker: '(opvallend)',
        },
        { key: 'autonomy', label: 'Autonomie', value: 60, group: 'work_resources' },
      ],
    });
    const shown = texts(tree);
    expect(shown).toContain('Steun en coaching van de leidinggevende (opvallend)');
    expect(shown).toContain('Autonomie');
  });

  it('write a value beside its flag marker as shownDimensionValue does: a demand of 74.6 not as an unflagged "75"', () => {
    const tree = Bars({
      notEnough: 'te weinig antwoorden',
      formatValue: dimensionValueFormat('nl-NL'),
      rows: [
        { key: 'workload', label: 'Werkdruk', value: 80.2, group: 'job_demands', marker: '(opvallend)', level: 'red' },
        { key: 'time_pressure', label: 'Tijdsdruk', value: 74.6, group: 'job_demands' },
        { key: 'autonomy', label: 'Autonomie', value: 25.4, group: 'work_resources' },
        { key: 'feedback', label: 'Feedback', value: 24.6, group: 'work_resources', marker: '(opvallend)', level: 'red' },
      ],
    });
    // The values at the bars' ends (the axis ticks, 0 to 100 in steps of 25, are grey).
    const values = elements(tree)
      .filter((e) => e.props.fill === INK && typeof e.props.children === 'string')
      .map((e) => e.props.children)
      .filter((text) => /^[\d,]+$/.test(text as string));
    expect(values).toEqual(['80', '74,6', '25,4', '25']);
  });
});
