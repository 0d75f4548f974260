import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtInInstruments, customInstrumentSchema, customToInstrument, type Instrument } from '../instruments';
import { allItems } from '../instruments/types';
import { COMPONENT_SETS } from '../scoring/component-sets';
import { scoreMeasurement } from '../scoring/score';
import { SCORING_RULES_VERSION } from '../scoring/version';
import { instrumentTemplate, TEMPLATE_KEYS } from './instrument-templates';
import { storedRecord } from './stored-scores';

/** Every built-in instrument and every template as a custom one (totals, bands, sum scores, scales that feed no index). */
function instruments(): Instrument[] {
  const custom = TEMPLATE_KEYS.filter((k) => k !== 'blank').map((key) => {
    // The licensed templates come without item texts: the coach types them in.
    const template = instrumentTemplate(key);
    const items = (template.items ?? []).map((item, i) => ({ ...item, text: { nl: `Vraag ${i + 1}`, en: '' } }));
    return customToInstrument(customInstrumentSchema.parse({ ...template, items }), { key, version: 1 });
  });
  return [...builtInInstruments, ...custom];
}

/** Answer patterns: all lowest, all highest, all in the middle, a few fixed pseudo-random ones and some left open. */
function patterns(instrument: Instrument): Array<Record<string, number | null>> {
  const { min, max } = instrument.scale;
  const items = allItems(instrument);
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const each = (value: (i: number) => number | null) => Object.fromEntries(items.map((item, i) => [item.key, value(i)]));
  return [
    each(() => min),
    each(() => max),
    each(() => Math.round((min + max) / 2)),
    ...Array.from({ length: 4 }, () => each(() => min + Math.floor(next() * (max - min + 1)))),
    each((i) => (i % 3 === 0 ? null : i % 2 === 0 ? max : min)),
  ];
}

describe('what completion stores', () => {
  it('is pinned to SCORING_RULES_VERSION: a change to what the rules store needs the version bumped', () => {
    const stored = instruments().flatMap((instrument) =>
      COMPONENT_SETS.flatMap((set) =>
        patterns(instrument).map((answers) => storedRecord(instrument, scoreMeasurement(instrument, answers, set))),
      ),
    );
    const fingerprint = createHash('sha256').update(JSON.stringify(stored)).digest('hex').slice(0, 16);
    // When this fails: the stored scores, flags, profiles, burnout signal or index points of the same answers changed.
    // Bump SCORING_RULES_VERSION (lib/scoring/version.ts, with a line on what changed) and record the new fingerprint
    // here: measurements stored before are then computed again at start-up (lib/intake/rescore.ts).
    expect({ version: SCORING_RULES_VERSION, fingerprint }).toEqual({ version: 4, fingerprint: 'fa35c59dff2482c9' });
  });

  it('carries the version with the scores, the attention summary and the index points', () => {
    const instrument = builtInInstruments[0]!;
    const record = storedRecord(instrument, scoreMeasurement(instrument, patterns(instrument)[1]!));
    expect(record.scoringVersion).toBe(SCORING_RULES_VERSION);
    expect(record.attention.attentionFlags).toBe((record.scores.flags as unknown[]).length);
    expect(record.indexPoints.length).toBeGreaterThan(0);
  });
});
