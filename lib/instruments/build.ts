import type { Dimension, Group, Localized, Scale, Section } from './types';

export interface ItemContent {
  nl: string;
  en: string;
  reverse?: boolean;
}

export interface DimensionContent {
  key: string;
  group: Group;
  name: Localized;
  explanation: Localized;
  items: ItemContent[];
}

/** Item keys are `<dimension>_<n>`, numbered from 1 in the order written. */
export function buildSection(
  key: string,
  title: Localized,
  content: readonly DimensionContent[],
): { section: Section; dimensions: Array<Dimension & { group: Group }> } {
  return {
    section: {
      key,
      title,
      items: content.flatMap((d) =>
        d.items.map((item, i) => ({
          key: `${d.key}_${i + 1}`,
          text: { nl: item.nl, en: item.en },
          dimension: d.key,
          reverse: item.reverse ?? false,
        })),
      ),
    },
    dimensions: content.map(({ key: k, group, name, explanation }) => ({ key: k, group, name, explanation })),
  };
}

export const frequencyScale: Scale = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, nl: 'Nooit', en: 'Never' },
    { value: 2, nl: 'Zelden', en: 'Rarely' },
    { value: 3, nl: 'Soms', en: 'Sometimes' },
    { value: 4, nl: 'Vaak', en: 'Often' },
    { value: 5, nl: 'Altijd', en: 'Always' },
  ],
};
