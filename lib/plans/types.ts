/**
 * The action plan's vocabulary (action-plan issue). Pure: shared by the suggestion rules, the
 * service, the coach and portal pages, and the employer view.
 */
import type { Localized } from '../instruments/types';
import type { DimensionFlag } from '../scoring/flags';

/** The four job-crafting forms of seed 002, plus personal resources, recovery, learning orientation and organisation measures. */
export const PLAN_CATEGORIES = [
  'social_resources',
  'structural_resources',
  'challenging_demands',
  'hindering_demands',
  'personal_resources',
  'recovery',
  'learning_orientation',
  'organisation',
] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

export const PLAN_LEVELS = ['person', 'team', 'organisation'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

export const PLAN_OWNERS = ['client', 'manager', 'hr', 'coach', 'together'] as const;
export type PlanOwner = (typeof PLAN_OWNERS)[number];
/** Owners on the employer's side: the manager may set the status of these items (when released). */
export const EMPLOYER_OWNERS: readonly PlanOwner[] = ['manager', 'hr'];

export { PLAN_STATUSES, type PlanStatus } from './statuses';

/** What the suggestion rules read from the latest completed intake. */
export interface SuggestionInput {
  /** Dimension flags (lib/scoring/flags.ts). */
  flags: readonly DimensionFlag[];
  /** Dimension scores 0–100 by key (scored dimensions only). */
  dimensions: Readonly<Record<string, number>>;
  /** Index scores 0–100 (scored indices only). */
  indices: Partial<Record<'demands' | 'work_resources' | 'personal_resources' | 'burnout' | 'engagement', number>>;
  /** The burnout signal of the measurement is set. */
  burnoutFlag: boolean;
  /** The profile key of the measurement (lib/scoring/profile.ts), or null. */
  profile: string | null;
}

/** One intervention of the curated library. */
export interface Intervention {
  /** Stable key; also the suggestion's rule key. */
  key: string;
  category: PlanCategory;
  level: PlanLevel;
  owner: PlanOwner;
  title: Localized;
  /** For coach and client. */
  description: Localized;
  /** What the employer would read, if released: work-focused, no health words. */
  employerWording: Localized;
  /** The evidence note (seeds 000–004) shown with the suggestion. */
  evidence: Localized;
}

export interface Suggestion {
  intervention: Intervention;
  /** Why: the flags and indices that triggered it, as translation-ready reasons. */
  reasons: Array<{ key: string; params: Record<string, string | number> }>;
  /** Intake dimension keys the suggestion answers to. */
  dimensions: string[];
}
