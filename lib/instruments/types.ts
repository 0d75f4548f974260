export type { Locale } from '../i18n/locales';
export type Localized = { nl: string; en: string };

/** The JD-R groups: where a dimension is shown and which index it may feed (INDEX_GROUP). */
export const GROUPS = ['job_demands', 'work_resources', 'personal_resources', 'burnout', 'engagement', 'goal_orientation'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Every group a dimension can have: the JD-R groups and `symptoms`, a symptom list such as the 4DKL (distress,
 * depression, anxiety, somatisation). A symptom list is not a burnout outcome: it feeds no index, never raises the
 * burnout signal, and is shown under its own heading. Only custom instruments have one (the built-in ones use the
 * JD-R groups alone: BuiltInInstrument).
 */
export const DIMENSION_GROUPS = [...GROUPS, 'symptoms'] as const;
export type DimensionGroup = (typeof DIMENSION_GROUPS)[number];

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

export const SCORING_METHODS = ['mean', 'sum'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export interface Dimension {
  key: string;
  name: Localized;
  group: DimensionGroup;
  explanation: Localized;
  /** On the reported value: the mean of the items, or their sum when `scoring` is 'sum'. */
  bands?: Band[];
  /** false: reported on its own but feeds no composite index (a job crafting scale, a symptom list, a total). */
  feedsIndex?: boolean;
  /** How the reported value is formed; 'mean' when absent. The 0–100 score is the same either way. */
  scoring?: ScoringMethod;
  /** Scored from the items of these dimensions instead of its own, e.g. a total over all subscales (BAT). */
  itemsFrom?: string[];
}

/** An answer value counted as another one (e.g. 4DKL: 3 and 4 count as 2), applied after reverse scoring. */
export interface Recode {
  from: number;
  to: number;
}

/** Composite indices in the sense of seed 003: the mean of their component dimensions (0–100). */
export const INDEX_KEYS = ['demands', 'work_resources', 'personal_resources', 'burnout', 'engagement'] as const;
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
  /** Answer values that count as another value when scoring; none when absent. */
  recode?: Recode[];
  /**
   * The period the questions about work are about, as the instrument's own wording names it ("drie maanden" for
   * "de afgelopen drie maanden"); absent when it names none (e.g. a custom questionnaire).
   */
  referencePeriod?: Localized;
}

/** A built-in instrument: its dimensions are in the JD-R groups alone (no symptom list). */
export type BuiltInInstrument = Omit<Instrument, 'dimensions'> & { dimensions: Array<Dimension & { group: Group }> };

/** The group each index is built from when an instrument does not list its components explicitly. */
export const INDEX_GROUP: Record<IndexKey, Group> = {
  demands: 'job_demands',
  work_resources: 'work_resources',
  personal_resources: 'personal_resources',
  burnout: 'burnout',
  engagement: 'engagement',
};

/** Dimensions marked `feedsIndex: false` are left out of every index. */
export function indicesFromGroups(dimensions: readonly Dimension[]): Partial<Record<IndexKey, string[]>> {
  const indices: Partial<Record<IndexKey, string[]>> = {};
  for (const index of INDEX_KEYS) {
    const keys = dimensions.filter((d) => d.group === INDEX_GROUP[index] && d.feedsIndex !== false).map((d) => d.key);
    if (keys.length > 0) indices[index] = keys;
  }
  return indices;
}

export function allItems(instrument: Instrument): Item[] {
  return instrument.sections.flatMap((s) => s.items);
}

/** The lowest and highest value an answer can count as after recoding (the scale itself without recoding). */
export function scoredRange(scale: Pick<Scale, 'min' | 'max'>, recode: readonly Recode[] = []): { min: number; max: number } {
  const to = new Map(recode.filter((r) => r.from >= scale.min && r.from <= scale.max).map((r) => [r.from, r.to]));
  const values = [...to.values()];
  // The lowest and highest values nobody recodes (at most to.size steps from each end).
  let low = scale.min;
  while (low <= scale.max && to.has(low)) low++;
  let high = scale.max;
  while (high >= scale.min && to.has(high)) high--;
  if (low <= scale.max) values.push(low, high);
  return { min: Math.min(...values), max: Math.max(...values) };
}
