import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { intlLocale } from '../i18n/locales';
import { messagesFor } from '../i18n/messages';
import { checkInV1 } from '../instruments/check-in';
import { customInstrumentSchema } from '../instruments/custom-schema';
import { customToInstrument } from '../instruments/custom-to-instrument';
import { jdrIntakeV1 } from '../instruments/jdr-intake';
import { batLikeInput } from '../instruments/test-fixtures';
import { allItems, type Instrument } from '../instruments/types';
import { analyseMeasurement } from './analyse';
import { changeSince } from './change';
import { MIDPOINT_REFERENCE, profileFromIndices } from './profile';
import { scoreMeasurement } from './score';
import {
  BURNOUT_HIGH_THRESHOLD,
  burnoutSignals,
  localizeSignalParams,
  riskProfileSignal,
  SHARP_DROP_POINTS,
  SHARP_RISE_POINTS,
  type Signal,
  sharpChangeSignals,
} from './signals';
import { insufficient, scored, tinyInstrument } from './test-fixtures';
import type { MeasurementScores } from './types';

const withIndices = (indices: MeasurementScores['indices']): MeasurementScores => ({
  instrumentKey: 'x',
  instrumentVersion: 1,
  componentSet: 'jdr_wide',
  components: {},
  dimensions: {},
  subscales: [],
  indices,
});

describe('risk profile signal', () => {
  it('fires for high demands with low resources', () => {
    const profile = profileFromIndices({ demands: scored(72.4), work_resources: scored(31) }, MIDPOINT_REFERENCE);
    expect(riskProfileSignal(profile)).toEqual([
      {
        key: 'risk_profile',
        reason: 'signal.riskProfile',
        params: { demands: 72.4, resources: 31, splitDemands: 50, splitResources: 50 },
      },
    ]);
  });

  it('names the indices and the split as the profile card writes them (one decimal): 50.4 is no "50", on the split', () => {
    const [midpoint] = riskProfileSignal(profileFromIndices({ demands: scored(50.4), work_resources: scored(49.96) }));
    expect(midpoint?.params).toEqual({ demands: 50.4, resources: 50, splitDemands: 50, splitResources: 50 });
    // Just above the split: a decimal more rounding would put on the split, which counts as low.
    const [hair] = riskProfileSignal(profileFromIndices({ demands: scored(50.04), work_resources: scored(31) }));
    expect(hair?.params).toEqual({ demands: 50.1, resources: 31, splitDemands: 50, splitResources: 50 });
    // The practice median splits at the one decimal it is named with (47.85 → 47.9).
    const median = { kind: 'practice_median', demands: 47.85, resources: 55.234, n: 12 } as const;
    const [practice] = riskProfileSignal(profileFromIndices({ demands: scored(47.96), work_resources: scored(41.26) }, median));
    expect(practice?.params).toEqual({ demands: 48, resources: 41.3, splitDemands: 47.9, splitResources: 55.2 });
    // Above the unrounded median, but not above the 47.9 the page names: not the risk profile.
    expect(riskProfileSignal(profileFromIndices({ demands: scored(47.88), work_resources: scored(41.26) }, median))).toEqual([]);
  });

  it('does not fire for the other profiles, at the edge, or without a profile', () => {
    for (const [d, r] of [
      [72, 60],
      [40, 30],
      [40, 60],
      [50, 30],
      [72, 50.5],
    ] as const) {
      expect(riskProfileSignal(profileFromIndices({ demands: scored(d), work_resources: scored(r) })), `${d}/${r}`).toEqual([]);
    }
    expect(riskProfileSignal(null)).toEqual([]);
  });
});

describe('burnout signal on a built-in instrument', () => {
  it('fires at the threshold and above', () => {
    expect(BURNOUT_HIGH_THRESHOLD).toBe(70);
    expect(burnoutSignals(jdrIntakeV1, withIndices({ burnout: scored(70) }))).toEqual([
      { key: 'burnout_high', reason: 'signal.burnoutHigh', params: { score: 70, threshold: 70 } },
    ]);
    expect(burnoutSignals(jdrIntakeV1, withIndices({ burnout: scored(88) }))).toHaveLength(1);
  });

  it('does not fire just below the threshold or when insufficient', () => {
    expect(burnoutSignals(jdrIntakeV1, withIndices({ burnout: scored(69.9) }))).toEqual([]);
    expect(burnoutSignals(jdrIntakeV1, withIndices({ burnout: insufficient }))).toEqual([]);
  });

  it('fires when answers put the burnout index exactly at 70', () => {
    // mean 3.8 on 1–5 is exactly 70 on 0–100
    const instrument = tinyInstrument({ e: { group: 'burnout', items: 5 } }, { min: 1, max: 5 }, { burnout: ['e'] });
    const scores = scoreMeasurement(instrument, { e1: 4, e2: 4, e3: 4, e4: 4, e5: 3 });
    expect(scores.indices.burnout).toMatchObject({ score: 70 });
    expect(burnoutSignals(instrument, scores)).toHaveLength(1);
  });
});

describe('burnout signal on a custom instrument with bands', () => {
  const bat: Instrument = customToInstrument(customInstrumentSchema.parse(batLikeInput()), { key: 'bat', version: 1 });
  const answers = (exhaustion: number[], distance: number[]) => ({
    ...Object.fromEntries(exhaustion.map((v, i) => [`exhaustion_${i + 1}`, v])),
    ...Object.fromEntries(distance.map((v, i) => [`distance_${i + 1}`, v])),
  });

  it('fires for each burnout subscale in a red band, naming it', () => {
    const scores = scoreMeasurement(bat, answers([4, 4, 3, 3], [4, 4, 4]));
    const signals = burnoutSignals(bat, scores);
    expect(signals).toEqual([
      { key: 'burnout_high', reason: 'signal.burnoutBandRed', params: { subscale: 'exhaustion', value: 3.5 }, dimension: 'exhaustion' },
      { key: 'burnout_high', reason: 'signal.burnoutBandRed', params: { subscale: 'distance', value: 4 }, dimension: 'distance' },
    ]);
    expect(localizeSignalParams(signals[1]!, bat, 'en')).toEqual({ subscale: 'Mental distance', value: 4 });
    expect(localizeSignalParams(signals[1]!, bat, 'nl')).toEqual({ subscale: 'Mentale distantie', value: 4 });
  });

  it('does not fire in orange or green', () => {
    const scores = scoreMeasurement(bat, answers([3, 3, 3, 4], [2, 2, 2]));
    expect(scores.subscales.map((s) => s.band?.level)).toEqual(['orange', 'green', undefined]);
    expect(burnoutSignals(bat, scores)).toEqual([]);
  });

  it('follows the bands rather than the 0–100 threshold', () => {
    const bands = [
      { upTo: 3, level: 'green' as const, label: { nl: 'laag', en: 'low' } },
      { upTo: 4.5, level: 'orange' as const, label: { nl: 'midden', en: 'middle' } },
      { upTo: 5, level: 'red' as const, label: { nl: 'hoog', en: 'high' } },
    ];
    const banded = tinyInstrument({ e: { group: 'burnout', items: 2, bands } }, { min: 1, max: 5 }, { burnout: ['e'] });
    const scores = scoreMeasurement(banded, { e1: 4, e2: 4 });
    expect(scores.indices.burnout).toMatchObject({ score: 75 });
    expect(burnoutSignals(banded, scores)).toEqual([]);
  });
});

describe('burnout signal: only what feeds the burnout index', () => {
  const bands = [
    { upTo: 2, level: 'green' as const, label: { nl: 'laag', en: 'low' } },
    { upTo: 3, level: 'orange' as const, label: { nl: 'midden', en: 'middle' } },
    { upTo: 5, level: 'red' as const, label: { nl: 'hoog', en: 'high' } },
  ];
  const allFive = { e1: 5, e2: 5, s1: 5, s2: 5 };

  it('ignores a banded subscale in the red band that feeds no burnout index, whatever its group', () => {
    // `s`: filed as burnout but feeding no index (a stored custom 4DKL scale, or a scale the coach left out).
    const instrument = tinyInstrument(
      { e: { group: 'burnout', items: 2, bands }, s: { group: 'burnout', items: 2, bands } },
      { min: 1, max: 5 },
      { burnout: ['e'] },
    );
    expect(burnoutSignals(instrument, scoreMeasurement(instrument, allFive)).map((s) => s.dimension)).toEqual(['e']);
    const symptoms = tinyInstrument({ s: { group: 'symptoms', items: 2, bands } }, { min: 1, max: 5 }, {});
    expect(burnoutSignals(symptoms, scoreMeasurement(symptoms, allFive))).toEqual([]);
  });

  it('counts a total only when it is scored over burnout components alone', () => {
    const instrument = tinyInstrument(
      { e: { group: 'burnout', items: 2 }, s: { group: 'symptoms', items: 2 } },
      { min: 1, max: 5 },
      {
        burnout: ['e'],
      },
    );
    const total = (itemsFrom: string[]): Instrument => ({
      ...instrument,
      dimensions: [
        ...instrument.dimensions,
        {
          key: 'total',
          name: { nl: 't', en: 't' },
          group: 'burnout',
          explanation: { nl: '', en: '' },
          bands,
          feedsIndex: false,
          itemsFrom,
        },
      ],
    });
    const burnoutTotal = total(['e']);
    expect(burnoutSignals(burnoutTotal, scoreMeasurement(burnoutTotal, allFive)).map((s) => s.dimension)).toEqual(['total']);
    const mixedTotal = total(['e', 's']);
    // Not a burnout total: with no banded burnout dimension left, the burnout index (100 ≥ 70) decides.
    expect(burnoutSignals(mixedTotal, scoreMeasurement(mixedTotal, allFive)).map((s) => s.reason)).toEqual(['signal.burnoutHigh']);
  });
});

describe('sharp change signals', () => {
  it('fire for a drop in engagement or resources and a rise in burnout or demands of the stated size', () => {
    expect(SHARP_DROP_POINTS).toBe(15);
    expect(SHARP_RISE_POINTS).toBe(15);
    const change = changeSince(
      { engagement: scored(45), work_resources: scored(40), personal_resources: scored(50), burnout: scored(75), demands: scored(80) },
      { engagement: scored(60), work_resources: scored(55), personal_resources: scored(60), burnout: scored(60), demands: scored(65) },
    );
    expect(sharpChangeSignals(change)).toEqual([
      { key: 'sharp_change', reason: 'signal.sharpDrop.engagement', params: { index: 'engagement', from: 60, to: 45, delta: 15 } },
      { key: 'sharp_change', reason: 'signal.sharpDrop.work_resources', params: { index: 'work_resources', from: 55, to: 40, delta: 15 } },
      { key: 'sharp_change', reason: 'signal.sharpRise.burnout', params: { index: 'burnout', from: 60, to: 75, delta: 15 } },
      { key: 'sharp_change', reason: 'signal.sharpRise.demands', params: { index: 'demands', from: 65, to: 80, delta: 15 } },
    ]);
  });

  it('do not fire just under the threshold, in the good direction, or without a comparison', () => {
    const change = changeSince(
      { engagement: scored(45.1), burnout: scored(40), demands: scored(74.9), work_resources: insufficient },
      { engagement: scored(60), burnout: scored(70), demands: scored(60), work_resources: scored(80) },
    );
    expect(change.work_resources).toBeNull();
    expect(sharpChangeSignals(change)).toEqual([]);
    expect(sharpChangeSignals(null)).toEqual([]);
  });
});

describe('changeSince', () => {
  it('gives the delta per index, null when either side is insufficient or absent', () => {
    expect(
      changeSince(
        { demands: scored(60), work_resources: scored(40), burnout: insufficient },
        { demands: scored(50), work_resources: scored(45), burnout: scored(30), personal_resources: scored(50) },
      ),
    ).toEqual({
      demands: { from: 50, to: 60, delta: 10 },
      work_resources: { from: 45, to: 40, delta: -5 },
      burnout: null,
      personal_resources: null,
    });
  });
});

describe('analyseMeasurement', () => {
  const fill = (instrument: Instrument, value: (reverse: boolean, dimension: string) => number) =>
    Object.fromEntries(allItems(instrument).map((i) => [i.key, value(i.reverse, i.dimension)]));

  it('combines scores, profile, change and signals; a check-in after an intake is not a change (like with like)', () => {
    const demanding = new Set(['job_demands', 'burnout']);
    const groupOf = (instrument: Instrument, key: string) => instrument.dimensions.find((d) => d.key === key)?.group ?? '';
    const intake = fill(jdrIntakeV1, (reverse) => (reverse ? 4 : 2)); // every dimension 25
    const checkIn = fill(checkInV1, (reverse, dim) => {
      const high = demanding.has(groupOf(checkInV1, dim));
      const value = high ? 5 : 1;
      return reverse ? 6 - value : value;
    });
    const across = analyseMeasurement(checkInV1, checkIn, { previous: { instrument: jdrIntakeV1, answers: intake } });
    expect(across.profile).toMatchObject({ key: 'high_demands_low_resources', reference: { kind: 'midpoint' } });
    expect(across.change).toBeNull();
    expect(across.comparison).toEqual({ status: 'not_comparable', reason: 'other_instrument' });
    expect(across.signals.map((s) => s.reason)).toEqual(['signal.riskProfile', 'signal.burnoutHigh']);

    const calmCheckIn = fill(checkInV1, (reverse, dim) =>
      groupOf(checkInV1, dim) === 'burnout' || groupOf(checkInV1, dim) === 'job_demands' ? (reverse ? 4 : 2) : reverse ? 2 : 4,
    );
    const analysis = analyseMeasurement(checkInV1, checkIn, { previous: { instrument: checkInV1, answers: calmCheckIn } });
    expect(analysis.change).toMatchObject({ demands: { from: 25, to: 100, delta: 75 }, work_resources: { from: 75, to: 0, delta: -75 } });
    expect(analysis.signals.map((s) => s.reason)).toEqual([
      'signal.riskProfile',
      'signal.burnoutHigh',
      'signal.sharpDrop.engagement',
      'signal.sharpDrop.work_resources',
      'signal.sharpRise.burnout',
      'signal.sharpRise.demands',
    ]);
  });

  it('has no change and no signals for a calm first measurement', () => {
    const analysis = analyseMeasurement(
      jdrIntakeV1,
      fill(jdrIntakeV1, () => 3),
    );
    expect(analysis.change).toBeNull();
    expect(analysis.profile?.key).toBe('low_demands_low_resources');
    expect(analysis.signals).toEqual([]);
  });
});

describe('signal texts in the page’s language', () => {
  // As the results page writes them: next-intl over the app's messages, in the page's locale.
  const text = (locale: 'nl' | 'en', signal: Signal | undefined) => {
    const t = createTranslator({ locale: intlLocale(locale), messages: messagesFor(locale) }) as unknown as (
      key: string,
      values: Signal['params'],
    ) => string;
    return signal ? t(signal.reason, signal.params) : '';
  };

  it('write the numbers as the profile card and the index overview do, with a decimal comma in Dutch', () => {
    const [risk] = riskProfileSignal(profileFromIndices({ demands: scored(50.4), work_resources: scored(31.26) }));
    expect(text('nl', risk)).toContain('Hoge taakeisen (50,4) en weinig hulpbronnen (31,3)');
    expect(text('en', risk)).toContain('High job demands (50.4) and few resources (31.3)');
    const [rise] = sharpChangeSignals(changeSince({ burnout: scored(69.6) }, { burnout: scored(50.2) }));
    expect(text('nl', rise)).toBe('Burn-outklachten zijn sinds de vorige meting 19,6 punten gestegen (50 → 69,6).');
    expect(text('en', rise)).toBe('Burnout complaints have risen 19.6 points since the previous measurement (50 → 69.6).');
    const [high] = burnoutSignals(jdrIntakeV1, withIndices({ burnout: scored(70.4) }));
    expect(text('nl', high)).toMatch(/^De burn-outscore is 70\. Vanaf 70 /);
  });
});
