import { describe, expect, it, vi } from 'vitest';
import { distressSum21, fourDklInstrument } from '@/lib/intake/four-dkl-fixture';
import { buildResults } from '@/lib/intake/results';
import { DimensionGroups } from './dimension-groups';

// The component is called as a function: translations and number formatting are stand-ins, the figures are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, { has: () => true });
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
    const tree = await DimensionGroups({ groups: model.groups, locale: 'nl', ownScale: model.ownScale, scale: instrument.scale });
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
