import { describe, expect, it, vi } from 'vitest';
import { zeroToTenInstrument } from '@/lib/instruments/test-fixtures';
import { allItems } from '@/lib/instruments/types';
import { distressSum21, fourDklInstrument } from '@/lib/intake/four-dkl-fixture';
import { buildResults } from '@/lib/intake/results';
import { DimensionFlags } from './dimension-flags';
import { DimensionGroups } from './dimension-groups';

// The component is called as a function: translations and number formatting are stand-ins, the figures are real.
vi.mock('next-intl/server', () => {
  // A message is its key and its values, so the test reads what the component passed.
  const t = Object.assign((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key), {
    has: () => true,
  });
  return { getTranslations: async () => t, getFormatter: async () => ({ number: (v: number) => String(v) }) };
});

type Node = { type?: unknown; props?: Record<string, unknown> & { children?: unknown } };

/** Every element in a server component's tree with a prop of this name (no DOM needed). */
function withProp(node: unknown, name: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => withProp(n, name));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const el = node as Node;
  return [...(el.props && name in el.props ? [el] : []), ...withProp(el.props?.children, name)];
}

describe('the results bars of a sum-scored questionnaire (4DKL)', () => {
  it('show each subscale’s sum, on an axis as long as the sum can be, with the note that says so', async () => {
    // Distress 21 (ten answers "vaak", counted as 2, and one "soms"): "sterk verhoogd".
    const instrument = fourDklInstrument();
    const answers = distressSum21(instrument);
    const model = buildResults(instrument, answers);
    const tree = await DimensionGroups({ groups: model.groups, locale: 'nl', ownScale: model.ownScale });
    const [chart] = withProp(tree, 'rows');
    const props = (chart?.props ?? {}) as {
      rows?: Array<{ key: string; value: number | null; level?: string }>;
      options?: { domain?: unknown };
      description?: string;
    };
    expect(props.rows?.find((r) => r.key === 'distress')).toMatchObject({ value: 21, level: 'red' });
    expect(props.options?.domain).toEqual({ min: 0, max: 32 });
    expect(props.description).toContain('Distress 21');
    expect(JSON.stringify(tree)).toContain('ownScaleSumNote');
  });
});

describe('the results bars of a questionnaire without cut-offs, or with some', () => {
  const chartOf = async (instrument: ReturnType<typeof fourDklInstrument>) => {
    const model = buildResults(instrument, distressSum21(instrument));
    const tree = await DimensionGroups({ groups: model.groups, locale: 'nl', ownScale: model.ownScale });
    const [chart] = withProp(tree, 'rows');
    return {
      model,
      text: JSON.stringify(tree),
      rows: (chart?.props?.rows ?? []) as Array<{ key: string; value: number | null; level?: string }>,
    };
  };

  it('keep the sum the coach chose, not 0–100, and draw it grey: no band colour it has no cut-off for', async () => {
    const plain = fourDklInstrument();
    const { model, rows, text } = await chartOf({ ...plain, dimensions: plain.dimensions.map((d) => ({ ...d, bands: undefined })) });
    expect(model.ownScale).toBe(true);
    expect(rows.find((r) => r.key === 'distress')).toMatchObject({ value: 21, level: 'neutral' });
    expect(text).toContain('ownScaleSumNote');
    expect(text).toContain('ownScaleColour {\\"banded\\":\\"none\\"}');
  });

  it('name the dimensions that are sums when the others are means, and grey only those without cut-offs', async () => {
    const fourDkl = fourDklInstrument();
    const mixed = {
      ...fourDkl,
      dimensions: fourDkl.dimensions.map((d) => (d.key === 'distress' ? d : { ...d, scoring: 'mean' as const, bands: undefined })),
    };
    const { rows, text } = await chartOf(mixed);
    expect(rows.find((r) => r.key === 'distress')).toMatchObject({ value: 21, level: 'red' });
    expect(rows.filter((r) => r.key !== 'distress').every((r) => r.level === 'neutral')).toBe(true);
    expect(text).toContain('ownScaleMixedNote {\\"sums\\":\\"Distress\\"}');
    expect(text).toContain('ownScaleColour {\\"banded\\":\\"some\\"}');
  });
});

/**
 * A questionnaire on 0–10 with two demands and two resources: time pressure 74.6 (50 items: 23 at 8, 27 at 7), workload
 * 80, support 25.4 (50 items: 27 at 3, 23 at 2) and feedback 25. Flagged: workload (75 or more) and feedback (25 or less).
 */
function edgeResults() {
  const instrument = zeroToTenInstrument([
    { key: 'pressure', name: { nl: 'Tijdsdruk', en: 'Time pressure' }, group: 'job_demands', items: 50 },
    { key: 'workload', name: { nl: 'Werkdruk', en: 'Workload' }, group: 'job_demands', items: 2 },
    { key: 'support', name: { nl: 'Steun', en: 'Support' }, group: 'work_resources', items: 50 },
    { key: 'feedback', name: { nl: 'Feedback', en: 'Feedback' }, group: 'work_resources', items: 2 },
  ]);
  const answer = (subscale: string, n: number) => {
    if (subscale === 'pressure') return n <= 23 ? 8 : 7;
    if (subscale === 'support') return n <= 27 ? 3 : 2;
    return subscale === 'workload' ? 8 : n === 1 ? 2 : 3;
  };
  const answers = Object.fromEntries(
    allItems(instrument).map((item) => [
      item.key,
      { value: answer(item.dimension, Number(item.key.split('_')[1])), text: null, note: null },
    ]),
  );
  return { instrument, model: buildResults(instrument, answers) };
}

describe('the results bars and flags of 0–100 scores at a flag threshold', () => {
  it('never show a score beside the flag rule that it contradicts: a demand of 74.6 reads "74,6", not "75"', async () => {
    const { model } = edgeResults();
    const scoreOf = (key: string) => model.groups.flatMap((g) => g.rows).find((r) => r.key === key)?.result;
    expect(scoreOf('pressure')).toMatchObject({ score: 74.6 });
    expect(scoreOf('support')).toMatchObject({ score: 25.4 });
    expect(model.flags.map((f) => [f.dimension, f.score])).toEqual([
      ['workload', 80],
      ['feedback', 25],
    ]);

    const tree = await DimensionGroups({ groups: model.groups, locale: 'nl', ownScale: model.ownScale });
    const charts = withProp(tree, 'options').map(
      (c) => c.props as { description: string; options: { formatValue: (v: number) => string }; rows: Array<{ value: number }> },
    );
    expect(charts).toHaveLength(2);
    // The values at the bars' ends, in their table and in the description read aloud.
    const shown = charts.flatMap((c) => c.rows.map((r) => c.options.formatValue(r.value)));
    expect(shown).toEqual(['74,6', '80', '25,4', '25']);
    expect(charts.map((c) => c.description)).toEqual(['Tijdsdruk 74,6, Werkdruk 80', 'Steun 25,4, Feedback 25']);

    const en = await DimensionGroups({ groups: model.groups, locale: 'en', ownScale: model.ownScale });
    expect(withProp(en, 'options').map((c) => (c.props as { description: string }).description)).toEqual([
      'Time pressure 74.6, Workload 80',
      'Support 25.4, Feedback 25',
    ]);

    // The flags above the bars: the flagged two, in the same writing.
    const flags = withProp(await DimensionFlags({ flags: model.flags, locale: 'nl' }), 'data-flag').map((li) => li.props?.children);
    expect(flags).toEqual(['flagHighDemand {"name":"Werkdruk","score":"80"}', 'flagLowResource {"name":"Feedback","score":"25"}']);
    // A low personal resource is called one: not a resource of the work, which the employer could add.
    const personal = { kind: 'low_resource' as const, dimension: 'self_efficacy', group: 'personal_resources' as const, score: 20 };
    const named = { ...personal, name: { nl: 'Zelfvertrouwen', en: 'Self-confidence' } };
    const personalFlags = withProp(await DimensionFlags({ flags: [named], locale: 'nl' }), 'data-flag').map((li) => li.props?.children);
    expect(personalFlags).toEqual(['flagLowPersonalResource {"name":"Zelfvertrouwen","score":"20"}']);
  });
});
