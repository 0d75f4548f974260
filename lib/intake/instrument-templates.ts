import type { CustomInstrumentInput } from '../instruments/custom-schema';
import type { BandLevel, Group } from '../instruments/types';

/**
 * Empty structures of published instruments (DOMAIN.md), for a coach who holds a licence: scale,
 * subscales, groups, item counts and the published cut-offs. The item wording is copyrighted, so the
 * item texts are left empty for the coach to enter from their manual.
 */
export const TEMPLATE_KEYS = ['blank', 'bat23', 'uwes9'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

type SubscaleSpec = { key: string; nl: string; en: string; group: Group; items: number; cutOffs?: [number, number] };

function bands(cutOffs: [number, number] | undefined) {
  if (!cutOffs) return [];
  const band = (upTo: number | null, nl: string, en: string, level: BandLevel) => ({ upTo, label: { nl, en }, level });
  return [
    band(cutOffs[0], 'Laag risico', 'Low risk', 'green'),
    band(cutOffs[1], 'Verhoogd risico', 'At risk', 'orange'),
    band(null, 'Hoog risico', 'Very high risk', 'red'),
  ];
}

function structure(subscales: SubscaleSpec[]) {
  return {
    subscales: subscales.map((s) => ({ key: s.key, name: { nl: s.nl, en: s.en }, group: s.group, bands: bands(s.cutOffs) })),
    items: subscales.flatMap((s) =>
      Array.from({ length: s.items }, (_, i) => ({ key: `${s.key}_${i + 1}`, text: { nl: '', en: '' }, subscale: s.key, reverse: false })),
    ),
  };
}

const frequency5 = [
  { value: 1, nl: 'Nooit', en: 'Never' },
  { value: 2, nl: 'Zelden', en: 'Rarely' },
  { value: 3, nl: 'Soms', en: 'Sometimes' },
  { value: 4, nl: 'Vaak', en: 'Often' },
  { value: 5, nl: 'Altijd', en: 'Always' },
];

const frequency7 = [
  { value: 0, nl: 'Nooit', en: 'Never' },
  { value: 1, nl: 'Bijna nooit', en: 'Almost never' },
  { value: 2, nl: 'Af en toe', en: 'Rarely' },
  { value: 3, nl: 'Regelmatig', en: 'Sometimes' },
  { value: 4, nl: 'Dikwijls', en: 'Often' },
  { value: 5, nl: 'Zeer dikwijls', en: 'Very often' },
  { value: 6, nl: 'Altijd', en: 'Always' },
];

export function instrumentTemplate(key: TemplateKey): CustomInstrumentInput {
  switch (key) {
    case 'bat23':
      // BAT-23 core, manual v2.0 cut-offs (Flemish norms).
      return {
        name: { nl: 'BAT-23', en: 'BAT-23' },
        scale: { min: 1, max: 5, labels: frequency5 },
        ...structure([
          { key: 'exhaustion', nl: 'Uitputting', en: 'Exhaustion', group: 'burnout', items: 8, cutOffs: [3.05, 3.3] },
          { key: 'mental_distance', nl: 'Mentale distantie', en: 'Mental distance', group: 'burnout', items: 5, cutOffs: [2.49, 3.09] },
          { key: 'cognitive_impairment', nl: 'Cognitieve beperkingen', en: 'Cognitive impairment', group: 'burnout', items: 5, cutOffs: [2.69, 3.09] },
          { key: 'emotional_impairment', nl: 'Emotionele beperkingen', en: 'Emotional impairment', group: 'burnout', items: 5, cutOffs: [2.09, 2.89] },
        ]),
        openQuestions: [],
      };
    case 'uwes9':
      return {
        name: { nl: 'UWES-9', en: 'UWES-9' },
        scale: { min: 0, max: 6, labels: frequency7 },
        ...structure([
          { key: 'vigour', nl: 'Vitaliteit', en: 'Vigour', group: 'engagement', items: 3 },
          { key: 'dedication', nl: 'Toewijding', en: 'Dedication', group: 'engagement', items: 3 },
          { key: 'absorption', nl: 'Absorptie', en: 'Absorption', group: 'engagement', items: 3 },
        ]),
        openQuestions: [],
      };
    case 'blank':
      return {
        name: { nl: '', en: '' },
        scale: { min: 1, max: 5, labels: frequency5 },
        subscales: [{ key: 'subscale_1', name: { nl: '', en: '' }, group: 'job_demands', bands: [] }],
        items: [{ key: 'subscale_1_1', text: { nl: '', en: '' }, subscale: 'subscale_1', reverse: false }],
        openQuestions: [],
      };
  }
}
