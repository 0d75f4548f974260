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
    expect({ version: SCORING_RULES_VERSION, fingerprint }).toEqual({ version: 5, fingerprint: '8979fb111049d64a' });
  });

  it('carries the version with the scores, the attention summary and the index points', () => {
    const instrument = builtInInstruments[0]!;
    const record = storedRecord(instrument, scoreMeasurement(instrument, patterns(instrument)[1]!));
    expect(record.scoringVersion).toBe(SCORING_RULES_VERSION);
    expect(record.attention.attentionFlags).toBe((record.scores.flags as unknown[]).length);
    expect(record.indexPoints.length).toBeGreaterThan(0);
  });
});

describe('index points of custom versions that score differently', () => {
  it('are stored under another signature, so the practice median never pools them (as comparable() never compares them)', () => {
    const base = builtInInstruments.find((i) => i.key === 'jdr-intake')!;
    const reversed = structuredClone(base);
    reversed.version = base.version + 1;
    const item = allItems(reversed).find((i) => i.dimension === 'workload' && !i.reverse)!;
    item.reverse = true;
    const reworded = structuredClone(base);
    reworded.version = base.version + 1;
    allItems(reworded)[0]!.text = { nl: 'Anders gezegd', en: 'Put otherwise' };
    const answers = patterns(base)[3]!;
    const signatures = (instrument: Instrument) =>
      storedRecord(instrument, scoreMeasurement(instrument, answers, 'jdr_wide')).indexPoints.map(
        (p) => `${p.componentSet}:${p.components}`,
      );
    expect(signatures(base)).toHaveLength(2);
    // Same components, another scoring: no shared signature.
    expect(signatures(reversed).filter((s) => signatures(base).includes(s))).toEqual([]);
    // Reworded only: the same signatures, so its points pool with the first version's.
    expect(signatures(reworded)).toEqual(signatures(base));
  });
});
