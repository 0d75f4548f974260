import { INDEX_KEYS, type IndexKey, type Instrument } from '../instruments/types';
import { COMPONENT_SETS, type ComponentSet, indexPointSignature } from '../scoring/component-sets';
import { type DimensionFlag, dimensionFlags } from '../scoring/flags';
import { type ProfileKey, profileFromIndices } from '../scoring/profile';
import { scoreFromDimensions } from '../scoring/score';
import { burnoutSignals } from '../scoring/signals';
import type { DimensionResult, IndexResult, IndexResults, MeasurementScores } from '../scoring/types';
import { SCORING_RULES_VERSION } from '../scoring/version';

function isIndexResult(value: unknown): value is IndexResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.status === 'scored') return typeof v.score === 'number' && Number.isFinite(v.score);
  return v.status === 'insufficient';
}

/** The indices in a measurement's stored `scores` (written at completion); anything malformed is left out. */
export function storedIndices(scores: unknown): IndexResults {
  const indices = (scores as { indices?: unknown } | null | undefined)?.indices;
  if (typeof indices !== 'object' || indices === null) return {};
  const out: IndexResults = {};
  for (const key of INDEX_KEYS) {
    const value = (indices as Record<string, unknown>)[key];
    if (isIndexResult(value)) out[key] = value;
  }
  return out;
}

export function storedIndexScore(scores: unknown, key: IndexKey): number | null {
  const result = storedIndices(scores)[key];
  return result?.status === 'scored' ? result.score : null;
}

function isDimensionResult(value: unknown): value is DimensionResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.status === 'scored') return typeof v.score === 'number' && Number.isFinite(v.score) && typeof v.mean === 'number';
  return v.status === 'insufficient';
}

/** The dimension scores in a measurement's stored `scores`; anything malformed is left out. */
export function storedDimensions(scores: unknown): Record<string, DimensionResult> {
  const dimensions = (scores as { dimensions?: unknown } | null | undefined)?.dimensions;
  if (typeof dimensions !== 'object' || dimensions === null) return {};
  return Object.fromEntries(Object.entries(dimensions).filter(([, v]) => isDimensionResult(v))) as Record<string, DimensionResult>;
}

/**
 * The indices of a stored measurement under a component set, from its stored dimension scores (cheap
 * arithmetic, no answers read). So a trend follows the practice's current set even for measurements
 * completed under the other one. Without stored dimensions, the stored indices as they are.
 */
export function storedIndicesFor(scores: unknown, instrument: Instrument, set: ComponentSet): IndexResults {
  const dimensions = storedDimensions(scores);
  if (Object.keys(dimensions).length === 0) return storedIndices(scores);
  return scoreFromDimensions(instrument, dimensions, set).indices;
}

/** The flags and burnout signal stored at completion, for the dashboard (no re-scoring); empty for older rows. */
export function storedAttention(scores: unknown): { flags: DimensionFlag[]; burnoutHigh: boolean } {
  const s = (scores ?? {}) as { flags?: unknown; burnoutHigh?: unknown };
  return { flags: Array.isArray(s.flags) ? (s.flags as DimensionFlag[]) : [], burnoutHigh: s.burnoutHigh === true };
}

/** Burnout index at or above which a measurement stored before flags were stored counts (lib/scoring/signals.ts). */
const LEGACY_BURNOUT_HIGH = 70;

/** The dashboard's "needs attention" summary of stored scores, kept in small columns beside them (measurements.attention_*). */
export type AttentionSummary = { attentionRiskSets: ComponentSet[]; attentionBurnout: boolean; attentionFlags: number };

/**
 * What "needs attention" reads of a completed measurement, from its stored `scores`, exactly as the dashboard read the
 * JSON before (the migration's backfill runs the same rules in SQL): the component sets under which the profile is
 * "high demands, low resources" (the set's own profile, else the stored midpoint profile), the burnout signal (else,
 * for rows stored before it, a scored burnout index ≥ 70) and the number of dimension flags.
 */
export function attentionSummary(scores: unknown): AttentionSummary {
  const s = (scores ?? {}) as { profiles?: Record<string, unknown>; profile?: { key?: unknown }; flags?: unknown; burnoutHigh?: unknown };
  const profileIn = (set: ComponentSet) => s.profiles?.[set] ?? s.profile?.key;
  const burnout = storedIndices(scores).burnout;
  return {
    attentionRiskSets: COMPONENT_SETS.filter((set) => profileIn(set) === 'high_demands_low_resources'),
    attentionBurnout:
      typeof s.burnoutHigh === 'boolean' ? s.burnoutHigh : burnout?.status === 'scored' && burnout.score >= LEGACY_BURNOUT_HIGH,
    attentionFlags: Array.isArray(s.flags) ? s.flags.length : 0,
  };
}

/** One row of `measurement_index_points` per component set that yields both profile indices. */
export interface IndexPoint {
  componentSet: ComponentSet;
  components: string;
  demands: number;
  resources: number;
}

export function indexPointsForStorage(instrument: Instrument, scores: MeasurementScores): IndexPoint[] {
  const points = new Map<ComponentSet, IndexPoint>();
  for (const set of COMPONENT_SETS) {
    const s = scoreFromDimensions(instrument, scores.dimensions, set);
    // A set the instrument cannot follow falls back to another: store each set actually used once.
    if (s.componentSet !== set) continue;
    const demands = s.indices.demands?.status === 'scored' ? s.indices.demands.score : null;
    const resources = s.indices.work_resources?.status === 'scored' ? s.indices.work_resources.score : null;
    if (demands === null || resources === null) continue;
    points.set(set, {
      componentSet: set,
      components: indexPointSignature(instrument, s.components, s.componentWeights),
      demands,
      resources,
    });
  }
  return [...points.values()];
}

/**
 * What completion stores: the full score set; the profile at the default (midpoint) reference under each
 * component set; the dimension flags and whether the burnout signal fired. So trends, the practice
 * median and the dashboard's attention list need no re-scoring.
 */
export function scoresForStorage(scores: MeasurementScores, instrument?: Instrument): Record<string, unknown> {
  const profile = profileFromIndices(scores.indices);
  const stored = JSON.parse(JSON.stringify(scores)) as Record<string, unknown>;
  if (profile) stored.profile = { key: profile.key, reference: 'midpoint' };
  if (instrument) {
    const profiles: Partial<Record<ComponentSet, ProfileKey | null>> = {};
    for (const set of COMPONENT_SETS)
      profiles[set] = profileFromIndices(scoreFromDimensions(instrument, scores.dimensions, set).indices)?.key ?? null;
    stored.profiles = profiles;
    stored.flags = dimensionFlags(instrument, scores);
    stored.burnoutHigh = burnoutSignals(instrument, scores).length > 0;
  }
  return stored;
}

/** The component set a measurement's stored indices were built with (after any fallback); null when none is stored. */
export function storedComponentSet(scores: unknown): ComponentSet | null {
  const set = (scores as { componentSet?: unknown } | null | undefined)?.componentSet;
  return COMPONENT_SETS.find((s) => s === set) ?? null;
}

/** Everything completion writes of a measurement's scores, under the rules of SCORING_RULES_VERSION. */
export interface StoredRecord {
  scores: Record<string, unknown>;
  attention: AttentionSummary;
  indexPoints: IndexPoint[];
  scoringVersion: number;
}

/**
 * What completion stores of a scored measurement: the scores with profiles, flags and burnout signal, the dashboard's
 * attention summary, the index points and the rules' version. The start-up recompute (lib/intake/rescore.ts) calls
 * this too, so a recomputed row is exactly what completing the measurement today would store.
 */
export function storedRecord(instrument: Instrument, scores: MeasurementScores): StoredRecord {
  const stored = scoresForStorage(scores, instrument);
  return {
    scores: stored,
    attention: attentionSummary(stored),
    indexPoints: indexPointsForStorage(instrument, scores),
    scoringVersion: SCORING_RULES_VERSION,
  };
}
