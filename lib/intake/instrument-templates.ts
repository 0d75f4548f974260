import { type CustomInstrumentInput, storedSubscaleGroup } from '../instruments/custom-schema';
import type { BandLevel, DimensionGroup, Localized, ScoringMethod } from '../instruments/types';

/**
 * Empty structures of published instruments (DOMAIN.md), for a coach who holds a licence: scale,
 * subscales, groups, item counts, totals, recoding, sum scores and the published cut-offs. The item wording
 * is copyrighted, so the item texts are left empty for the coach to enter from their manual.
 */
export const TEMPLATE_KEYS = ['blank', 'bat23', 'bat12', 'uwes17', 'uwes9', 'uwes3', 'fourDkl', 'jobCraftingScale'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

type CutOffs = [number, number];
type BandLabels = [Localized, Localized, Localized];
type SubscaleSpec = {
  key: string;
  nl: string;
  en: string;
  group: DimensionGroup;
  items: number;
  cutOffs?: CutOffs;
  feedsIndex?: boolean;
  scoring?: ScoringMethod;
};

/** BAT manual v2.0: green up to the first cut-off, orange up to the second, red above. */
const BAT_BANDS: BandLabels = [
  { nl: 'Geen risico', en: 'No risk' },
  { nl: 'Risico', en: 'At risk' },
  { nl: 'Zeer hoog risico', en: 'Very high risk' },
];

/** 4DKL manual: the three levels of a symptom sum score. */
const FOUR_DKL_BANDS: BandLabels = [
  { nl: 'Niet verhoogd', en: 'Not raised' },
  { nl: 'Matig verhoogd', en: 'Moderately raised' },
  { nl: 'Sterk verhoogd', en: 'Strongly raised' },
];

function bands(cutOffs: CutOffs | undefined, labels: BandLabels) {
  if (!cutOffs) return [];
  const band = (upTo: number | null, label: Localized, level: BandLevel) => ({ upTo, label, level });
  return [band(cutOffs[0], labels[0], 'green'), band(cutOffs[1], labels[1], 'orange'), band(null, labels[2], 'red')];
}

function structure(subscales: SubscaleSpec[], labels: BandLabels = BAT_BANDS) {
  return {
    subscales: subscales.map((s) => ({
      key: s.key,
      name: { nl: s.nl, en: s.en },
      group: s.group,
      bands: bands(s.cutOffs, labels),
      feedsIndex: s.feedsIndex ?? true,
      scoring: s.scoring ?? 'mean',
    })),
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

const fourDklScale = [
  { value: 0, nl: 'Nee', en: 'No' },
  { value: 1, nl: 'Soms', en: 'Sometimes' },
  { value: 2, nl: 'Regelmatig', en: 'Regularly' },
  { value: 3, nl: 'Vaak', en: 'Often' },
  { value: 4, nl: 'Heel vaak of voortdurend', en: 'Very often or constantly' },
];

const batName = (n: number) => ({ nl: `BAT-${n}`, en: `BAT-${n}` });
const batTotal = (cutOffs?: CutOffs) => ({ name: { nl: 'Burn-out (totaal)', en: 'Burnout (total)' }, bands: bands(cutOffs, BAT_BANDS) });
const uwesTotal = { name: { nl: 'Bevlogenheid (totaal)', en: 'Work engagement (total)' }, bands: [] };

/** The BAT core subscales; cut-offs only where the manual gives them for this form (BAT-23). */
function batSubscales(counts: [number, number, number, number], withCutOffs: boolean): SubscaleSpec[] {
  const c = (cutOffs: CutOffs) => (withCutOffs ? cutOffs : undefined);
  return [
    { key: 'exhaustion', nl: 'Uitputting', en: 'Exhaustion', group: 'burnout', items: counts[0], cutOffs: c([3.05, 3.3]) },
    {
      key: 'mental_distance',
      nl: 'Mentale distantie',
      en: 'Mental distance',
      group: 'burnout',
      items: counts[1],
      cutOffs: c([2.49, 3.09]),
    },
    {
      key: 'cognitive_impairment',
      nl: 'Cognitieve ontregeling',
      en: 'Cognitive impairment',
      group: 'burnout',
      items: counts[2],
      cutOffs: c([2.69, 3.09]),
    },
    {
      key: 'emotional_impairment',
      nl: 'Emotionele ontregeling',
      en: 'Emotional impairment',
      group: 'burnout',
      items: counts[3],
      cutOffs: c([2.09, 2.89]),
    },
  ];
}

function uwesSubscales(counts: [number, number, number]): SubscaleSpec[] {
  return [
    { key: 'vigour', nl: 'Vitaliteit', en: 'Vigour', group: 'engagement', items: counts[0] },
    { key: 'dedication', nl: 'Toewijding', en: 'Dedication', group: 'engagement', items: counts[1] },
    { key: 'absorption', nl: 'Absorptie', en: 'Absorption', group: 'engagement', items: counts[2] },
  ];
}

export function instrumentTemplate(key: TemplateKey): CustomInstrumentInput {
  switch (key) {
    case 'bat23':
      // BAT-23 core, manual v2.0 cut-offs (Flemish norms); the total is the mean of all 23 items.
      return {
        name: batName(23),
        scale: { min: 1, max: 5, labels: frequency5 },
        ...structure(batSubscales([8, 5, 5, 5], true)),
        total: batTotal([2.58, 3.01]),
        openQuestions: [],
      };
    case 'bat12':
      // Short form, 3 items per subscale. Its norms differ from the BAT-23's: the coach enters them from the manual.
      return {
        name: batName(12),
        scale: { min: 1, max: 5, labels: frequency5 },
        ...structure(batSubscales([3, 3, 3, 3], false)),
        total: batTotal(),
        openQuestions: [],
      };
    case 'uwes17':
      return {
        name: { nl: 'UWES-17', en: 'UWES-17' },
        scale: { min: 0, max: 6, labels: frequency7 },
        ...structure(uwesSubscales([6, 5, 6])),
        total: uwesTotal,
        openQuestions: [],
      };
    case 'uwes9':
      return {
        name: { nl: 'UWES-9', en: 'UWES-9' },
        scale: { min: 0, max: 6, labels: frequency7 },
        ...structure(uwesSubscales([3, 3, 3])),
        total: uwesTotal,
        openQuestions: [],
      };
    case 'uwes3':
      // One item each for vigour, dedication and absorption; too few for subscales, so one engagement score.
      return {
        name: { nl: 'UWES-3', en: 'UWES-3' },
        scale: { min: 0, max: 6, labels: frequency7 },
        ...structure([{ key: 'engagement', nl: 'Bevlogenheid', en: 'Work engagement', group: 'engagement', items: 3 }]),
        openQuestions: [],
      };
    case 'fourDkl':
      // Answers 0–4; 3 and 4 count as 2; each subscale is a sum. A symptom list, not a burnout outcome: its own group
      // (shown under its own heading), feeding no JD-R index and never the burnout signal.
      return {
        name: { nl: '4DKL', en: '4DSQ' },
        scale: { min: 0, max: 4, labels: fourDklScale },
        recode: [
          { from: 3, to: 2 },
          { from: 4, to: 2 },
        ],
        ...structure(
          [
            {
              key: 'distress',
              nl: 'Distress',
              en: 'Distress',
              group: 'symptoms',
              items: 16,
              cutOffs: [10, 20],
              feedsIndex: false,
              scoring: 'sum',
            },
            {
              key: 'depression',
              nl: 'Depressie',
              en: 'Depression',
              group: 'symptoms',
              items: 6,
              cutOffs: [2, 5],
              feedsIndex: false,
              scoring: 'sum',
            },
            {
              key: 'anxiety',
              nl: 'Angst',
              en: 'Anxiety',
              group: 'symptoms',
              items: 12,
              cutOffs: [3, 7],
              feedsIndex: false,
              scoring: 'sum',
            },
            {
              key: 'somatisation',
              nl: 'Somatisatie',
              en: 'Somatisation',
              group: 'symptoms',
              items: 16,
              cutOffs: [10, 20],
              feedsIndex: false,
              scoring: 'sum',
            },
          ],
          FOUR_DKL_BANDS,
        ),
        openQuestions: [],
      };
    case 'jobCraftingScale':
      // Tims, Bakker & Derks (2012): the four forms; behaviour, not a demand or resource, so no index.
      return {
        name: { nl: 'Job Crafting Scale', en: 'Job Crafting Scale' },
        scale: { min: 1, max: 5, labels: frequency5 },
        ...structure([
          {
            key: 'structural_resources',
            nl: 'Structurele hulpbronnen vergroten',
            en: 'Increasing structural job resources',
            group: 'personal_resources',
            items: 5,
            feedsIndex: false,
          },
          {
            key: 'hindering_demands',
            nl: 'Belemmerende taakeisen verminderen',
            en: 'Decreasing hindering job demands',
            group: 'personal_resources',
            items: 6,
            feedsIndex: false,
          },
          {
            key: 'social_resources',
            nl: 'Sociale hulpbronnen vergroten',
            en: 'Increasing social job resources',
            group: 'personal_resources',
            items: 5,
            feedsIndex: false,
          },
          {
            key: 'challenging_demands',
            nl: 'Uitdagende taakeisen vergroten',
            en: 'Increasing challenging job demands',
            group: 'personal_resources',
            items: 5,
            feedsIndex: false,
          },
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

/**
 * A definition as the editor needs it: every option present with its default, so a checkbox for
 * "counts towards an index" starts ticked for a definition stored before the option existed (an absent
 * value would show unticked and be saved as false).
 */
export function withEditorDefaults(input: CustomInstrumentInput): CustomInstrumentInput {
  return {
    ...input,
    // Present even when empty: a draft keeps only the fields the defaults have (draftDiffers), so instructions typed
    // on a template that has none would otherwise be lost.
    description: input.description ?? { nl: '', en: '' },
    subscales: (input.subscales ?? []).map((s) => {
      const feedsIndex = s.feedsIndex ?? true;
      // The explanation's fields are on the form whether it has one or not: without it here the untouched form would
      // read as changed (a draft written, the question on signing out).
      const explanation = s.explanation ?? { nl: '', en: '' };
      return { ...s, explanation, group: storedSubscaleGroup({ ...s, feedsIndex }), feedsIndex, scoring: s.scoring ?? 'mean' };
    }),
    recode: input.recode ?? [],
    total: input.total ? { ...input.total, bands: input.total.bands ?? [], scoring: input.total.scoring ?? 'mean' } : null,
  };
}

/** The total a coach switches on: named in each language's own word, whatever the language of the screen. */
export function newTotal(): NonNullable<CustomInstrumentInput['total']> {
  return { name: { nl: 'Totaal', en: 'Total' }, bands: [], scoring: 'mean' };
}
