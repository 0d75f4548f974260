import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { checkInV1, jdrIntakeV1, jdrIntakeV2 } from '../instruments';
import { type CustomInstrumentDefinition, customInstrumentSchema } from '../instruments/custom-schema';
import { customToInstrument } from '../instruments/custom-to-instrument';
import { batLikeInput } from '../instruments/test-fixtures';
import { allItems, type Instrument } from '../instruments/types';
import { pickPrevious } from '../intake/compare';
import { buildResults } from '../intake/results';
import { scoresForStorage } from '../intake/stored-scores';
import { trendGroups } from '../intake/trend';
import { changeBetween } from './change';
import { comparable, incomparability, scoringSignature } from './component-sets';
import { scoreMeasurement } from './score';

/** A BAT-like custom instrument as version `version`, after `edit` (the coach's changes to the definition). */
function bat(version: number, edit: (d: CustomInstrumentDefinition) => void = () => {}): Instrument {
  const definition = customInstrumentSchema.parse(batLikeInput());
  edit(definition);
  return customToInstrument(definition, { key: 'bat', version });
}

const v1 = bat(1);

describe('like with like: a custom instrument edited between measurements', () => {
  it('still compares after a change that scores the same answers the same way (wording, names, bands)', () => {
    const reworded = bat(2, (d) => {
      d.items[0]!.text = { nl: 'Nieuwe formulering', en: '' };
      d.subscales[0]!.name = { nl: 'Energie op', en: '' };
      d.subscales[0]!.bands = [];
    });
    expect(comparable(v1, reworded)).toBe(true);
    expect(incomparability(reworded, v1)).toBeNull();
    // The built-in intake's second version rewords items only.
    expect(comparable(jdrIntakeV2, jdrIntakeV1)).toBe(true);
  });

  it('does not compare once the scale, recoding, reverse keying or an item’s subscale changed, though the indices hold the same keys', () => {
    const edits: Record<string, (d: CustomInstrumentDefinition) => void> = {
      scale: (d) => {
        d.scale = { ...d.scale, min: 0, max: 4 };
      },
      recode: (d) => {
        d.recode = [{ from: 5, to: 4 }];
      },
      reverse: (d) => {
        d.items[1]!.reverse = true;
      },
      subscale: (d) => {
        // An exhaustion item moved to mental distance: both still feed the burnout index.
        d.items[0]!.subscale = 'distance';
      },
      added: (d) => {
        d.items.push({ key: 'distance_4', text: { nl: 'Nog een', en: '' }, subscale: 'distance', reverse: false });
      },
    };
    for (const [name, edit] of Object.entries(edits)) {
      const v2 = bat(2, edit);
      expect(v2.indices, name).toEqual(v1.indices);
      expect(scoringSignature(v2), name).not.toBe(scoringSignature(v1));
      expect(comparable(v1, v2), name).toBe(false);
      expect(incomparability(v2, v1), name).toBe('other_scoring');
    }
    // The other reasons come first.
    expect(incomparability(checkInV1, jdrIntakeV1)).toBe('other_instrument');
    const leftOut = bat(2, (d) => {
      d.subscales[0]!.feedsIndex = false;
    });
    expect(incomparability(leftOut, v1)).toBe('other_components');
  });

  it('gives no change (no "25 points up") and no joined trend line across such versions, and says why', () => {
    // The same answers, scored 1–5 then 0–4 (the coach moved the scale): "4" is 75 points, then 100.
    const v2 = bat(2, (d) => {
      d.scale = { ...d.scale, min: 0, max: 4 };
      for (const s of d.subscales) s.bands = [];
    });
    const answers = (instrument: Instrument) => Object.fromEntries(allItems(instrument).map((i) => [i.key, 4]));
    const before = scoreMeasurement(v1, answers(v1));
    const after = scoreMeasurement(v2, answers(v2));
    expect(changeBetween({ instrument: v2, indices: after.indices }, { instrument: v1, indices: before.indices })).toEqual({
      status: 'not_comparable',
      reason: 'other_scoring',
    });
    const model = buildResults(v2, Object.fromEntries(allItems(v2).map((i) => [i.key, { value: 4, text: null, note: null }])), {
      previous: { instrument: v1, indices: before.indices },
    });
    expect(model.comparison).toEqual({ status: 'not_comparable', reason: 'other_scoring' });
    expect(model.indices.every((i) => i.change === undefined)).toBe(true);
    expect(model.signals.some((s) => s.key === 'sharp_change')).toBe(false);

    const list = [
      { id: 'a', date: '2026-01-01', scores: scoresForStorage(before, v1), instrument: v1 },
      { id: 'b', date: '2026-02-01', scores: scoresForStorage(after, v2), instrument: v2 },
    ];
    expect(pickPrevious(list, 'b', v2, (m) => m.instrument)).toEqual({ status: 'not_comparable', reason: 'other_scoring' });
    const groups = trendGroups(list, (m) => m.instrument, 'jdr_wide');
    expect(groups.map((g) => [g.measurements.map((m) => m.id), g.versions])).toEqual([
      [['a'], { first: 1, last: 1 }],
      [['b'], { first: 2, last: 2 }],
    ]);
  });

  it('explains the reason in both languages', () => {
    expect(nl.results.changeNotComparable.other_scoring).toMatch(/Niet te vergelijken/);
    expect(en.results.changeNotComparable.other_scoring).toMatch(/Not comparable/);
    expect(nl.measurements.trendTitleForVersions).toContain('{instrument}');
    expect(en.measurements.trendTitleForVersions).toContain('{instrument}');
  });
});
