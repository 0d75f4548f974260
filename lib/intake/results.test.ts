import { describe, expect, it } from 'vitest';
import { checkInV1, customInstrumentSchema, customToInstrument, jdrIntakeV1 } from '../instruments';
import { parseStoredInstrument } from '../instruments/custom-schema';
import { batLikeInput } from '../instruments/test-fixtures';
import { allItems, type Instrument } from '../instruments/types';
import { scoreMeasurement } from '../scoring/score';
import type { AnswerMap } from './answers';
import { distressSum21, fourDklInstrument } from './four-dkl-fixture';
import { instrumentTemplate, withEditorDefaults } from './instrument-templates';
import { buildResults } from './results';
import { scoresForStorage, storedIndices, storedIndicesFor, storedRecord } from './stored-scores';

/** Every item answered so that its dimension scores `high` (100) or low (0), taking reversal into account. */
function answersWhere(instrument: Instrument, high: (group: string) => boolean): AnswerMap {
  const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
  const { min, max } = instrument.scale;
  return Object.fromEntries(
    allItems(instrument).map((item) => {
      const wantHigh = high(groupOf.get(item.dimension) ?? '');
      const value = wantHigh !== item.reverse ? max : min;
      return [item.key, { value, text: null, note: null }];
    }),
  );
}

describe('buildResults', () => {
  it('shows the risk profile and both signals for high demands, few resources and high burnout', () => {
    const answers = answersWhere(jdrIntakeV1, (g) => g === 'job_demands' || g === 'burnout');
    answers.energy_drains = { value: null, text: 'De roosters die steeds veranderen', note: null };
    answers.workload_1 = { ...answers.workload_1!, note: 'Werkt structureel over' };
    const model = buildResults(jdrIntakeV1, answers);
    expect(model.profile?.key).toBe('high_demands_low_resources');
    expect(model.profile?.demands).toBe(100);
    expect(model.profile?.resources).toBe(0);
    expect(model.signals.map((s) => s.key)).toEqual(['risk_profile', 'burnout_high']);
    expect(model.indices.map((i) => i.key)).toEqual(['demands', 'work_resources', 'personal_resources', 'burnout', 'engagement']);
    expect(model.indices.every((i) => i.change === undefined)).toBe(true);
    expect(model.groups.map((g) => g.group)).toEqual([
      'job_demands',
      'work_resources',
      'personal_resources',
      'goal_orientation',
      'burnout',
      'engagement',
    ]);
    expect(model.ownWords).toEqual([
      { key: 'energy_drains', question: jdrIntakeV1.openQuestions[0]!.text, text: 'De roosters die steeds veranderen' },
    ]);
    expect(model.notes.map((n) => n.key)).toEqual(['workload_1']);
    expect(model.ownScale).toBe(false);
  });

  it('compares only like with like: an intake against an earlier intake, never against a check-in', () => {
    const low = scoreMeasurement(jdrIntakeV1, Object.fromEntries(allItems(jdrIntakeV1).map((i) => [i.key, i.reverse ? 5 : 1])));
    const stored = storedIndicesFor(scoresForStorage(low, jdrIntakeV1), jdrIntakeV1, 'jdr_wide');
    const answers = answersWhere(jdrIntakeV1, (g) => g === 'job_demands' || g === 'burnout');
    const model = buildResults(jdrIntakeV1, answers, { previous: { instrument: jdrIntakeV1, indices: stored } });
    expect(model.comparison).toEqual({ status: 'compared' });
    expect(model.indices.find((i) => i.key === 'demands')?.change).toEqual({ from: 0, to: 100, delta: 100 });
    expect(model.signals.map((s) => s.reason)).toContain('signal.sharpRise.demands');

    const checkIn = scoreMeasurement(checkInV1, Object.fromEntries(allItems(checkInV1).map((i) => [i.key, i.reverse ? 5 : 1])));
    const across = buildResults(jdrIntakeV1, answers, {
      previous: { instrument: checkInV1, indices: storedIndices(scoresForStorage(checkIn)) },
    });
    expect(across.comparison).toEqual({ status: 'not_comparable', reason: 'other_instrument' });
    expect(across.indices.every((i) => i.change === undefined)).toBe(true);
    expect(across.signals.some((s) => s.key === 'sharp_change')).toBe(false);
  });

  it('names every flagged dimension with its score, and states the index components', () => {
    // Every resource high (learning orientation, of group goal_orientation, feeds the personal-resources index).
    const answers = answersWhere(jdrIntakeV1, (g) => g === 'work_resources' || g === 'personal_resources' || g === 'goal_orientation');
    for (const item of allItems(jdrIntakeV1).filter((i) => ['workload', 'aggression', 'poor_relationships'].includes(i.dimension))) {
      answers[item.key] = { value: item.reverse ? 1 : 5, text: null, note: null };
    }
    const model = buildResults(jdrIntakeV1, answers);
    expect(model.flags.map((f) => [f.dimension, f.score, f.name.nl])).toEqual([
      ['workload', 100, 'Werkdruk'],
      ['aggression', 100, expect.any(String)],
      ['poor_relationships', 100, expect.any(String)],
    ]);
    expect(model.componentSet).toEqual({ used: 'jdr_wide', requested: 'jdr_wide' });
    expect(model.indices.find((i) => i.key === 'demands')?.components).not.toContain('poor_relationships');
    expect(model.leftOut.map((l) => l.key)).toEqual(['role_problems', 'monotony', 'poor_relationships']);
    const azw = buildResults(jdrIntakeV1, answers, { componentSet: 'azw' });
    expect(azw.indices.find((i) => i.key === 'demands')?.components).toEqual(['workload', 'aggression', 'administrative_burden']);
    expect(azw.leftOut).toEqual([]);
  });

  it('uses the instrument’s own scale and bands for a custom instrument with cut-offs', () => {
    const instrument = customToInstrument(customInstrumentSchema.parse(batLikeInput()), { key: 'bat', version: 1 });
    const answers = Object.fromEntries(allItems(instrument).map((i) => [i.key, { value: 4, text: null, note: null }]));
    const model = buildResults(instrument, answers);
    expect(model.ownScale).toBe(true);
    expect(model.profile).toBeNull();
    const exhaustion = model.groups.find((g) => g.group === 'burnout')?.rows.find((r) => r.key === 'exhaustion');
    expect(exhaustion?.band?.level).toBe('red');
    expect(model.signals.map((s) => s.reason)).toEqual(['signal.burnoutBandRed', 'signal.burnoutBandRed']);
  });
});

describe('a sum-scored questionnaire on its own scale (4DKL)', () => {
  it('reports each subscale as the sum of its recoded answers, with the range that sum can take, as its cut-offs read it', () => {
    const instrument = fourDklInstrument();
    const answers = distressSum21(instrument);
    const model = buildResults(instrument, answers);
    const row = model.groups.flatMap((g) => g.rows).find((r) => r.key === 'distress');
    expect(row?.reported).toEqual({ value: 21, sum: true, range: { min: 0, max: 32 } });
    expect(row?.band?.level).toBe('red');
    const depression = model.groups.flatMap((g) => g.rows).find((r) => r.key === 'depression');
    expect(depression?.reported).toEqual({ value: 0, sum: true, range: { min: 0, max: 12 } });
  });

  it('reports the mean, on the answer scale, for a questionnaire scored by means', () => {
    const instrument = customToInstrument(customInstrumentSchema.parse(batLikeInput()), { key: 'bat', version: 1 });
    const answers = Object.fromEntries(allItems(instrument).map((i) => [i.key, { value: 4, text: null, note: null }]));
    const row = buildResults(instrument, answers)
      .groups.flatMap((g) => g.rows)
      .find((r) => r.key === 'exhaustion');
    expect(row?.reported).toEqual({ value: 4, sum: false, range: { min: instrument.scale.min, max: instrument.scale.max } });
  });

  it('reports a mean as shown beside its cut-offs: 10/3 above a band "at most 3,33" is not reported as 3,33', () => {
    const input = batLikeInput();
    const distance = input.subscales.find((s) => s.key === 'distance')!;
    distance.bands![1]!.upTo = 3.33;
    const instrument = customToInstrument(customInstrumentSchema.parse(input), { key: 'bat', version: 1 });
    // Mental distance has three items: 3, 3 and 4 make a mean of 3.333…, in the band above 3,33.
    const values: Record<string, number> = { distance_1: 3, distance_2: 3, distance_3: 4 };
    const answers = Object.fromEntries(allItems(instrument).map((i) => [i.key, { value: values[i.key] ?? 2, text: null, note: null }]));
    const row = buildResults(instrument, answers)
      .groups.flatMap((g) => g.rows)
      .find((r) => r.key === 'distance');
    expect(row?.band?.level).toBe('red');
    expect(row?.reported.value).toBe(3.34);
  });
});

describe('a symptom list (4DKL) is not burnout', () => {
  /** Every depression item "vaak" (3, counted as 2): a sum of 12, "sterk verhoogd"; distress 21 as well. */
  function depressionRed(instrument: Instrument): AnswerMap {
    const answers = distressSum21(instrument);
    for (const item of allItems(instrument)) if (item.dimension === 'depression') answers[item.key] = { value: 3, text: null, note: null };
    return answers;
  }

  /** The 4DKL as the template saved it before the symptoms group: its four scales filed as burnout, feeding no index. */
  function legacyFourDkl(): Instrument {
    const template = withEditorDefaults(instrumentTemplate('fourDkl'));
    const stored = {
      ...template,
      subscales: template.subscales?.map((s) => ({ ...s, group: 'burnout' as const })),
      items: template.items.map((item, n) => ({ ...item, text: { nl: `Vraag ${n + 1}`, en: '' } })),
    };
    const parsed = parseStoredInstrument(JSON.parse(JSON.stringify(stored)));
    if (!parsed) throw new Error('the legacy definition should parse');
    expect(parsed.subscales.every((s) => s.group === 'burnout')).toBe(true);
    return customToInstrument(parsed, { key: 'vierdkl', version: 1 });
  }

  it('shows its scales under their own heading and raises no burnout signal, even in the red band', () => {
    const instrument = fourDklInstrument();
    const model = buildResults(instrument, depressionRed(instrument));
    expect(model.groups.map((g) => g.group)).toEqual(['symptoms']);
    expect(model.groups[0]?.rows.map((r) => [r.key, r.band?.level])).toEqual([
      ['distress', 'red'],
      ['depression', 'red'],
      ['anxiety', 'green'],
      ['somatisation', 'green'],
    ]);
    expect(model.signals).toEqual([]);
    expect(storedRecord(instrument, model.scores).attention.attentionBurnout).toBe(false);
  });

  it('reads a 4DKL stored from the old template (filed as burnout) the same way: symptoms, no burnout signal', () => {
    const instrument = legacyFourDkl();
    expect(instrument.dimensions.map((d) => d.group)).toEqual(['symptoms', 'symptoms', 'symptoms', 'symptoms']);
    const model = buildResults(instrument, depressionRed(instrument));
    expect(model.groups.map((g) => g.group)).toEqual(['symptoms']);
    expect(model.signals).toEqual([]);
    const record = storedRecord(instrument, model.scores);
    expect(record.scores.burnoutHigh).toBe(false);
    expect(record.attention.attentionBurnout).toBe(false);
  });

  it('the editor offers such a stored 4DKL with its scales as symptoms, and leaves other burnout scales alone', () => {
    const template = instrumentTemplate('fourDkl');
    const legacy = { ...template, subscales: template.subscales?.map((s) => ({ ...s, group: 'burnout' as const })) };
    expect(withEditorDefaults(legacy).subscales?.map((s) => s.group)).toEqual(['symptoms', 'symptoms', 'symptoms', 'symptoms']);
    const bat = instrumentTemplate('bat23');
    expect(withEditorDefaults(bat).subscales?.map((s) => s.group)).toEqual(['burnout', 'burnout', 'burnout', 'burnout']);
  });

  it('still raises the burnout signal for the BAT: its subscales and its total over them', () => {
    const template = instrumentTemplate('bat23');
    const items = template.items.map((item, n) => ({ ...item, text: { nl: `Vraag ${n + 1}`, en: '' } }));
    const bat = customToInstrument(customInstrumentSchema.parse({ ...template, items }), { key: 'bat23', version: 1 });
    const answers = Object.fromEntries(allItems(bat).map((i) => [i.key, { value: 5, text: null, note: null }]));
    const model = buildResults(bat, answers);
    expect(model.signals.map((s) => s.dimension)).toEqual([
      'exhaustion',
      'mental_distance',
      'cognitive_impairment',
      'emotional_impairment',
      'total',
    ]);
  });
});

describe('storedIndices', () => {
  it('reads what completion stores and ignores anything malformed', () => {
    expect(storedIndices(null)).toEqual({});
    expect(
      storedIndices({
        indices: {
          demands: { status: 'scored', score: 'x' },
          burnout: { status: 'insufficient', scoredDimensions: 0, totalDimensions: 3 },
        },
      }),
    ).toEqual({
      burnout: { status: 'insufficient', scoredDimensions: 0, totalDimensions: 3 },
    });
  });
});
