import { INDEX_KEYS, type IndexKey } from '../instruments/types';
import { profileFromIndices } from '../scoring/profile';
import type { IndexResult, IndexResults, MeasurementScores } from '../scoring/types';

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

/**
 * What completion stores: the full score set plus the profile at the default (midpoint) reference, so
 * trends, the practice median and the dashboard's risk list need no re-scoring.
 */
export function scoresForStorage(scores: MeasurementScores): Record<string, unknown> {
  const profile = profileFromIndices(scores.indices);
  const stored = JSON.parse(JSON.stringify(scores)) as Record<string, unknown>;
  return profile ? { ...stored, profile: { key: profile.key, reference: 'midpoint' } } : stored;
}
