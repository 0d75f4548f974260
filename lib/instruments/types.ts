export type { Locale } from '../i18n/locales';
export type Localized = { nl: string; en: string };

export const GROUPS = [
  'job_demands',
  'work_resources',
  'personal_resources',
  'burnout',
  'engagement',
  'goal_orientation',
] as const;
export type Group = (typeof GROUPS)[number];

export const BAND_LEVELS = ['green', 'orange', 'red', 'neutral'] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];

/** `upTo` is an inclusive upper bound on the instrument's own scale; the first band starts at scale.min. */
export interface Band {
  upTo: number;
  label: Localized;
  level: BandLevel;
}

export interface ScaleLabel {
  value: number;
  nl: string;
  en: string;
}

export interface Scale {
  min: number;
  max: number;
  labels: ScaleLabel[];
}

export interface Item {
  key: string;
  text: Localized;
  dimension: string;
  reverse: boolean;
}

export interface Section {
  key: string;
  title: Localized;
  items: Item[];
}

export interface OpenQuestion {
  key: string;
  text: Localized;
  section?: string;
}

export interface Dimension {
  key: string;
  name: Localized;
  group: Group;
  explanation: Localized;
  bands?: Band[];
}

/** Composite indices in the sense of seed 003: the mean of their component dimensions (0–100). */
export const INDEX_KEYS = [
  'demands',
  'work_resources',
  'personal_resources',
  'burnout',
  'engagement',
] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];

export interface Instrument {
  key: string;
  version: number;
  origin: 'built_in' | 'custom';
  name: Localized;
  description: Localized;
  scale: Scale;
  sections: Section[];
  openQuestions: OpenQuestion[];
  dimensions: Dimension[];
  /** Which dimension keys feed each index. An index the instrument does not define is simply absent. */
  indices: Partial<Record<IndexKey, string[]>>;
}

/** The group each index is built from when an instrument does not list its components explicitly. */
export const INDEX_GROUP: Record<IndexKey, Group> = {
  demands: 'job_demands',
  work_resources: 'work_resources',
  personal_resources: 'personal_resources',
  burnout: 'burnout',
  engagement: 'engagement',
};

export function indicesFromGroups(dimensions: readonly Dimension[]): Partial<Record<IndexKey, string[]>> {
  const indices: Partial<Record<IndexKey, string[]>> = {};
  for (const index of INDEX_KEYS) {
    const keys = dimensions.filter((d) => d.group === INDEX_GROUP[index]).map((d) => d.key);
    if (keys.length > 0) indices[index] = keys;
  }
  return indices;
}

export function allItems(instrument: Instrument): Item[] {
  return instrument.sections.flatMap((s) => s.items);
}
