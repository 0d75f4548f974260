import { allItems, INDEX_GROUP, type IndexKey, type Instrument } from '../instruments/types';

/**
 * Which dimensions feed the demands and work-resources indices. A practice chooses one set; the other
 * indices (personal resources, burnout, engagement) always follow the instrument.
 *
 * - `jdr_wide` ("JD-R breed", the default): every job demand and every work resource the instrument
 *   has, the wide reading of the JD-R model (Bakker & Demerouti). This is NOT the seed-003 method.
 * - `azw` ("AZW (seed 003)"): the composite indices of the AZW analysis of 23 care professions.
 *   Resources = career perspective, development opportunities, influence on the content of the work, autonomy,
 *   support of the manager. Demands = the mean of five percentages, as the seed's method note gives its formula
 *   (and DOMAIN.md: "workload, aggression (clients, internal), time on reporting, time on registration"): workload,
 *   aggression by clients, aggression internal, time on reporting, time on registration. The built-in intake asks
 *   those as three dimensions (workload; aggression with its clients and internal items; administrative burden with
 *   its reporting and registration items), so aggression and administrative burden each count twice (AZW_WEIGHTS):
 *   workload weighs 1/5, as in the seed, not 1/3. (Its prose says "werkdruk, ervaren agressie en administratieve
 *   belasting", three things; the formula is the precise statement, and scoring rules v4 follow it.)
 */
export const COMPONENT_SETS = ['jdr_wide', 'azw'] as const;
export type ComponentSet = (typeof COMPONENT_SETS)[number];
export const DEFAULT_COMPONENT_SET: ComponentSet = 'jdr_wide';

export function parseComponentSet(value: unknown): ComponentSet {
  return value === 'azw' ? 'azw' : DEFAULT_COMPONENT_SET;
}

/** Seed 003's components, mapped to the dimension keys of the built-in JD-R intake. */
export const AZW_COMPONENTS: Readonly<Record<'demands' | 'work_resources', readonly string[]>> = {
  demands: ['workload', 'aggression', 'administrative_burden'],
  work_resources: ['career_perspective', 'development', 'influence', 'autonomy', 'manager_support'],
};

/**
 * How many of seed 003's percentages each AZW dimension stands for (the rest count once): aggression is the clients and
 * the internal item, administrative burden the reporting and the registration item. A dimension is scored only when both
 * its items are answered (two thirds of two), so counting it twice is the mean of the five percentages.
 */
export const AZW_WEIGHTS: Readonly<Record<string, number>> = { aggression: 2, administrative_burden: 2 };

/**
 * The weights for this instrument: a dimension counts for its percentages only when it asks them, one item each (the
 * built-in intake). A custom questionnaire that names a dimension `aggression` with one or three items says nothing
 * about which of the seed's percentages they are: that dimension counts once.
 */
function azwWeights(instrument: Instrument): Readonly<Record<string, number>> {
  const items = new Map<string, number>();
  for (const item of allItems(instrument)) items.set(item.dimension, (items.get(item.dimension) ?? 0) + 1);
  const weights: Record<string, number> = {};
  for (const [key, weight] of Object.entries(AZW_WEIGHTS)) if (items.get(key) === weight) weights[key] = weight;
  return weights;
}

/**
 * Demands that are the mirror image of a work resource: the same construct asked from the other end
 * (monotonous tasks vs task variety, unclear goals and role conflict vs clear goals and tasks, poor
 * working relationships vs support from colleagues).
 *
 * Why the wide set leaves the mirrored DEMAND out of the demands index: with both in, one answer
 * pattern ("my work is monotonous" = "my work has little variety") raises the demands index and lowers
 * the resources index at once, pushing the client diagonally towards the risk profile for a single
 * complaint. Counting the construct once keeps the two axes independent. We keep the RESOURCE side in
 * the index because seed 003 (and 004) put the larger lever in the resources the work offers, and the
 * resource is what the action plan asks the employer for. The mirrored demand is still scored, shown
 * and flagged on its own (lib/scoring/flags.ts: ≥ 75 is named whatever the index), so a client with
 * very poor working relationships is never hidden by this choice.
 */
export const MIRRORED_DEMANDS: Readonly<Record<string, string>> = {
  monotony: 'task_variety',
  role_problems: 'clear_goals',
  poor_relationships: 'colleague_support',
};

export interface AppliedComponents {
  /** The set asked for (the practice setting). */
  requested: ComponentSet;
  /** The set actually used: `azw` falls back to `jdr_wide` when the instrument lacks an AZW component. */
  used: ComponentSet;
  indices: Partial<Record<IndexKey, string[]>>;
  /** How many components a dimension counts for in its index when more than one (the AZW set); empty otherwise. */
  weights: Readonly<Record<string, number>>;
  /** Demands measured but left out of the demands index because their mirror resource is in it. */
  leftOut: string[];
}

function hasDimension(instrument: Instrument, key: string, index: 'demands' | 'work_resources'): boolean {
  return instrument.dimensions.some((d) => d.key === key && d.group === INDEX_GROUP[index]);
}

/** Whether the instrument has every dimension of the AZW set (the built-in intake does; the check-in does not). */
export function supportsAzw(instrument: Instrument): boolean {
  return (['demands', 'work_resources'] as const).every((index) =>
    AZW_COMPONENTS[index].every((key) => hasDimension(instrument, key, index)),
  );
}

export function indexComponents(instrument: Instrument, requested: ComponentSet = DEFAULT_COMPONENT_SET): AppliedComponents {
  if (requested === 'azw' && supportsAzw(instrument)) {
    return {
      requested,
      used: 'azw',
      indices: { ...instrument.indices, demands: [...AZW_COMPONENTS.demands], work_resources: [...AZW_COMPONENTS.work_resources] },
      weights: azwWeights(instrument),
      leftOut: [],
    };
  }
  const resources = new Set(instrument.indices.work_resources ?? []);
  const demands = instrument.indices.demands;
  const leftOut = (demands ?? []).filter((key) => {
    const mirror = MIRRORED_DEMANDS[key];
    return mirror !== undefined && resources.has(mirror);
  });
  const indices = { ...instrument.indices };
  if (demands) indices.demands = demands.filter((key) => !leftOut.includes(key));
  return { requested, used: 'jdr_wide', indices, weights: {}, leftOut };
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && [...(a ?? [])].sort().join('\u0000') === [...(b ?? [])].sort().join('\u0000');

/**
 * What turns a version's answers into its 0–100 scores: the scale's bounds, the recoding, and each item's dimension and
 * reverse keying (in no particular order; item wording, labels, names and bands are left out, as they change no score).
 * A coach may edit a custom instrument between measurements: a new scale, a reversed item or an item moved to another
 * subscale gives different scores for the same answers, so the versions no longer compare.
 */
export function scoringSignature(instrument: Instrument): string {
  let signature = signatures.get(instrument);
  if (signature === undefined) {
    signature = computeScoringSignature(instrument);
    signatures.set(instrument, signature);
  }
  return signature;
}

/**
 * Per instrument object (built-in ones live as long as the process, custom ones as their cache entry): a page reads it for
 * the median's look-up and every comparison, and it costs 0.1–0.2 ms for the intake's items. Instruments are never changed
 * once built.
 */
const signatures = new WeakMap<Instrument, string>();

function computeScoringSignature(instrument: Instrument): string {
  const recode = (instrument.recode ?? []).filter((r) => r.from !== r.to).map((r) => `${r.from}>${r.to}`);
  const items = allItems(instrument).map((i) => `${i.key}>${i.dimension}${i.reverse ? ':reversed' : ''}`);
  return JSON.stringify([instrument.scale.min, instrument.scale.max, recode.sort(), items.sort()]);
}

/** Why two measurements cannot be compared (change, sharp-change signals, one trend line). */
export type NotComparableReason = 'other_instrument' | 'other_components' | 'other_scoring';

/** Why two measurements cannot be compared; null when they can. */
export function incomparability(current: Instrument, previous: Instrument): NotComparableReason | null {
  if (current.key !== previous.key) return 'other_instrument';
  const keys = new Set([...Object.keys(current.indices), ...Object.keys(previous.indices)]) as Set<IndexKey>;
  for (const key of keys) if (!sameList(current.indices[key], previous.indices[key])) return 'other_components';
  if (current.version !== previous.version && scoringSignature(current) !== scoringSignature(previous)) return 'other_scoring';
  return null;
}

/**
 * Like with like (fidelity issue): two measurements' scores may be compared (change, sharp-change
 * signals, one trend line) only when they were taken with the same instrument key, with versions
 * whose index components are the same and that score the same answers the same way (scoringSignature).
 * An intake and a check-in never compare: their "demands" are different questions about a different period.
 */
export function comparable(a: Instrument, b: Instrument): boolean {
  return incomparability(a, b) === null;
}

/** FNV-1a (32 bit) with a seed; two of them make a 64-bit digest, plenty for a handful of component lists. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The readable form: index and sorted component keys, a weight above one after its key, e.g.
 * `demands:administrative_burden*2,aggression*2,workload;work_resources:…`.
 */
export function componentList(components: Partial<Record<IndexKey, string[]>>, weights: Readonly<Record<string, number>> = {}): string {
  // Own keys only (a subscale may be called `constructor`): see scoreIndices.
  const part = (key: string) => (!Object.hasOwn(weights, key) || weights[key] === 1 ? key : `${key}*${weights[key]}`);
  return (['demands', 'work_resources'] as const).map((k) => `${k}:${[...(components[k] ?? [])].sort().map(part).join(',')}`).join(';');
}

/**
 * A short stable signature of the demands and work-resources components (and their weights), and of how the answers
 * were scored when given, stored beside each index point so the practice median compares like with like; short so the
 * index on it stays small.
 */
export function componentSignature(
  components: Partial<Record<IndexKey, string[]>>,
  weights: Readonly<Record<string, number>> = {},
  scoring = '',
): string {
  const list = scoring ? `${componentList(components, weights)}|${scoring}` : componentList(components, weights);
  return `${fnv1a(list, 0x811c9dc5)}${fnv1a(list, 0x050c5d1f)}`;
}

/**
 * What an index point is stored under and the practice median looks up: its components with their weights, and how the
 * version scores the answers (scoringSignature). A coach may edit a custom questionnaire so that the same answers score
 * differently; points of such versions do not pool, just as comparable() does not compare them.
 */
export function indexPointSignature(
  instrument: Instrument,
  components: Partial<Record<IndexKey, string[]>>,
  weights: Readonly<Record<string, number>> = {},
): string {
  return componentSignature(components, weights, scoringSignature(instrument));
}
