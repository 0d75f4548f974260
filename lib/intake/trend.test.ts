import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { intlLocale, type Locale, MESSAGE_FORMATS, TIME_ZONE } from '../i18n/locales';
import { messagesFor } from '../i18n/messages';
import { jdrIntakeV2 } from '../instruments';
import type { Instrument } from '../instruments/types';
import { scoreMeasurement } from '../scoring/score';
import { distressSum21, fourDklInstrument } from './four-dkl-fixture';
import { scoresForStorage } from './stored-scores';
import { ownScaleTrend, quadrantPath, trendGroups, trendSeries, versionRuns, versionsText } from './trend';

const scored = (score: number) => ({ status: 'scored', score, scoredDimensions: 1, totalDimensions: 1 });
const m = (id: string, date: string, indices: Record<string, unknown>) => ({ id, date, scores: { indices } });

const history = [
  m('a', '2026-01-10T10:00:00.000Z', { demands: scored(80), work_resources: scored(30), personal_resources: scored(50) }),
  m('b', '2026-02-10T10:00:00.000Z', { demands: scored(70), work_resources: scored(40), burnout: scored(60) }),
  m('c', '2026-03-10T10:00:00.000Z', {
    demands: { status: 'insufficient', scoredDimensions: 0, totalDimensions: 3 },
    work_resources: scored(55),
  }),
];

describe('trendSeries', () => {
  it('has one line per index any measurement has, with gaps where one lacks it', () => {
    const series = trendSeries(history);
    expect(series.map((s) => s.key)).toEqual(['demands', 'work_resources', 'personal_resources', 'burnout']);
    expect(series[0]?.points.map((p) => p.value)).toEqual([80, 70, null]);
    expect(series[2]?.points.map((p) => p.value)).toEqual([50, null, null]);
  });
});

describe('quadrantPath', () => {
  it('runs through the earlier measurements with both indices, ending at the current one', () => {
    const path = quadrantPath(history, 'c', { demands: 60, resources: 55 }, (x) => x.id);
    expect(path.map((p) => [p.label, p.demands, p.resources])).toEqual([
      ['a', 80, 30],
      ['b', 70, 40],
      ['c', 60, 55],
    ]);
    expect(quadrantPath(history, 'b', { demands: 70, resources: 40 }, (x) => x.id).map((p) => p.label)).toEqual(['a', 'b']);
    expect(quadrantPath(history, 'zzz', { demands: 70, resources: 40 }, (x) => x.id)).toEqual([]);
  });

  it('has no route when the current measurement has no profile: no earlier point stands as the newest ("now")', () => {
    // c has no demands score, so no profile: the plot would otherwise enlarge b as if it were c.
    expect(quadrantPath(history, 'c', null, (x) => x.id)).toEqual([]);
    expect(quadrantPath(history, 'b', null, (x) => x.id)).toEqual([]);
  });
});

describe('in order of completion, not of starting', () => {
  // b was started first (a "measure again" homework) but completed after a.
  const late = [history[1]!, history[0]!, history[2]!];

  it('the quadrant route runs by completion date, and stops at the current measurement’s date', () => {
    const now = { demands: 60, resources: 55 };
    expect(quadrantPath(late, 'c', now, (x) => x.id).map((p) => p.label)).toEqual(['a', 'b', 'c']);
    expect(quadrantPath(late, 'a', now, (x) => x.id).map((p) => p.label)).toEqual(['a']);
  });

  it('a trend’s points run by completion date', () => {
    const groups = trendGroups(late, () => jdrIntakeV2, 'jdr_wide');
    expect(groups[0]?.measurements.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the versions a trend names', () => {
  // Versions 1 and 3 score alike; version 2 moved the scale, so it scores the same answers differently.
  const version = (v: number, scale = jdrIntakeV2.scale): Instrument => ({ ...jdrIntakeV2, version: v, scale });
  const v1 = version(1);
  const v2 = version(2, { ...jdrIntakeV2.scale, min: jdrIntakeV2.scale.min - 1 });
  const v3 = version(3);
  const list = [
    { ...history[0]!, instrument: v1 },
    { ...history[1]!, instrument: v2 },
    { ...history[2]!, instrument: v3 },
  ];

  it('keeps every version of a group, not only its lowest and highest', () => {
    const groups = trendGroups(list, (x) => x.instrument, 'jdr_wide');
    expect(groups.map((g) => [g.measurements.map((x) => x.id), g.versionList])).toEqual([
      [
        ['a', 'c'],
        [1, 3],
      ],
      [['b'], [2]],
    ]);
  });

  it('makes a range only of consecutive versions', () => {
    expect(versionRuns([1, 3])).toEqual([
      { first: 1, last: 1 },
      { first: 3, last: 3 },
    ]);
    expect(versionRuns([3, 1, 2, 5, 2])).toEqual([
      { first: 1, last: 3 },
      { first: 5, last: 5 },
    ]);
    expect(versionRuns([4, 5])).toEqual([
      { first: 4, last: 4 },
      { first: 5, last: 5 },
    ]);
  });

  const heading = (locale: Locale, versions: number[]) => {
    const intl = { locale: intlLocale(locale), messages: messagesFor(locale), timeZone: TIME_ZONE, formats: MESSAGE_FORMATS };
    // The real messages, untyped here: the keys the page asks for (its own typed translator checks them).
    const t = createTranslator({ ...intl, namespace: 'measurements' }) as unknown as (
      key: string,
      values: Record<string, string | number>,
    ) => string;
    const format = createFormatter(intl);
    // As the measurements page words it.
    return t('trendTitleForVersions', {
      instrument: 'Werkdruk',
      count: versions.length,
      versions: versionsText(versions, {
        range: (first, last) => t('versionRange', { first, last }),
        list: (parts) => format.list(parts, { type: 'conjunction' }),
      }),
    });
  };

  it('lists versions that are not consecutive, in both languages: no "1 t/m 3" beside a trend of version 2', () => {
    const [first, second] = trendGroups(list, (x) => x.instrument, 'jdr_wide');
    expect(heading('nl', first!.versionList)).toBe('Verloop: Werkdruk (versies 1 en 3)');
    expect(heading('en', first!.versionList)).toBe('Over time: Werkdruk (versions 1 and 3)');
    expect(heading('nl', second!.versionList)).toBe('Verloop: Werkdruk (versie 2)');
    expect(heading('en', second!.versionList)).toBe('Over time: Werkdruk (version 2)');
    expect(heading('nl', [1, 2, 3])).toBe('Verloop: Werkdruk (versies 1 t/m 3)');
    expect(heading('en', [1, 2, 3, 5])).toBe('Over time: Werkdruk (versions 1 to 3 and 5)');
    expect(heading('nl', [1, 3, 5])).toBe('Verloop: Werkdruk (versies 1, 3 en 5)');
  });
});

describe('ownScaleTrend', () => {
  const values = (answers: ReturnType<typeof distressSum21>) => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));

  it('follows a symptom list that feeds no 0–100 index: each subscale’s sum over time, on the range a sum can take', () => {
    const dkl = fourDklInstrument();
    const high = distressSum21(dkl);
    const none = Object.fromEntries(Object.keys(high).map((k) => [k, { value: 0, text: null, note: null }]));
    const measured = [
      { id: 'a', date: '2026-01-10T10:00:00.000Z', scores: scoresForStorage(scoreMeasurement(dkl, values(high)), dkl) },
      { id: 'b', date: '2026-03-10T10:00:00.000Z', scores: scoresForStorage(scoreMeasurement(dkl, values(none)), dkl) },
    ];
    // No index, so no index line; the own-scale trend has one line per subscale.
    expect(trendSeries(measured)).toEqual([]);
    const trend = ownScaleTrend(measured, dkl);
    expect(trend?.series.map((s) => s.key)).toEqual(['distress', 'depression', 'anxiety', 'somatisation']);
    expect(trend?.series[0]?.points.map((p) => p.value)).toEqual([21, 0]);
    // 16 distress items counted 0–2: a sum can reach 32, the longest of the four.
    expect(trend?.domain).toEqual({ min: 0, max: 32 });
  });

  it('is none for a questionnaire that reads on 0–100 (the JD-R intake): its indices have their own trend', () => {
    expect(ownScaleTrend(history, jdrIntakeV2)).toBeNull();
  });
});
