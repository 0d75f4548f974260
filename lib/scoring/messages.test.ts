import { describe, expect, it } from 'vitest';
import { instrumentMessages } from '../instruments/messages';
import { INDEX_KEYS } from '../instruments/types';
import { changeSince } from './change';
import { scoringMessages } from './messages';
import { describeReference, PROFILE_KEYS, profileFromIndices } from './profile';
import { scoreMeasurement } from './score';
import type { Signal } from './signals';
import { burnoutSignals, riskProfileSignal, SHARP_CHANGE_RULES, sharpChangeSignals } from './signals';
import { scored, tinyInstrument } from './test-fixtures';

// `{name}` and `{name, number}`.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:, *\w+)?\}/g)].map((m) => m[1] ?? '').sort();

describe('scoring messages', () => {
  it('have the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(scoringMessages.en).sort()).toEqual(Object.keys(scoringMessages.nl).sort());
    for (const [key, nl] of Object.entries(scoringMessages.nl)) {
      expect(placeholders(scoringMessages.en[key] ?? ''), key).toEqual(placeholders(nl));
    }
  });

  it('can be nested by their dots: no key is also the prefix of another (here or in the instrument messages)', () => {
    const keys = [...Object.keys(scoringMessages.nl), ...Object.keys(instrumentMessages.nl)];
    for (const a of keys) for (const b of keys) expect(b.startsWith(`${a}.`), `${a} / ${b}`).toBe(false);
  });

  it('name, shorten and explain every profile, and name every index', () => {
    for (const key of PROFILE_KEYS) {
      for (const prefix of ['profile.name.', 'profile.short.', 'profile.explanation.']) {
        expect(scoringMessages.nl[prefix + key], prefix + key).toBeTruthy();
      }
    }
    for (const key of INDEX_KEYS) expect(scoringMessages.nl[`index.name.${key}`], key).toBeTruthy();
  });

  it('use the Dutch seed-003 profile names and the brief’s reference wording', () => {
    expect(scoringMessages.nl['profile.name.high_demands_low_resources']).toBe('Zwaar werk zonder voldoende hulpbronnen');
    expect(scoringMessages.nl['reference.midpoint']).toBe('gesplitst op het midden van de schaal (50)');
    expect(scoringMessages.en['reference.midpoint']).toBe('split at the scale midpoint (50)');
    expect(scoringMessages.nl['reference.practiceMedian']).toContain('mediaan van de cliënten van de praktijk (n = {n}');
  });

  it('have a text for every reason the signals produce, with every placeholder in the params', () => {
    const bands = [
      { upTo: 3, level: 'green' as const, label: { nl: 'g', en: 'g' } },
      { upTo: 5, level: 'red' as const, label: { nl: 'r', en: 'r' } },
    ];
    const banded = tinyInstrument({ e: { group: 'burnout', items: 1, bands } }, { min: 1, max: 5 }, { burnout: ['e'] });
    const plain = tinyInstrument({ e: { group: 'burnout', items: 1 } }, { min: 1, max: 5 }, { burnout: ['e'] });
    const high = Object.fromEntries(INDEX_KEYS.map((k) => [k, scored(90)]));
    const low = Object.fromEntries(INDEX_KEYS.map((k) => [k, scored(10)]));
    const signals: Signal[] = [
      ...riskProfileSignal(profileFromIndices({ demands: scored(80), work_resources: scored(20) })),
      ...burnoutSignals(banded, scoreMeasurement(banded, { e1: 5 })),
      ...burnoutSignals(plain, scoreMeasurement(plain, { e1: 5 })),
      ...sharpChangeSignals(changeSince(high, low)),
      ...sharpChangeSignals(changeSince(low, high)),
    ];
    expect(new Set(signals.map((s) => s.reason)).size).toBe(3 + SHARP_CHANGE_RULES.length);
    for (const signal of signals) {
      for (const messages of [scoringMessages.nl, scoringMessages.en]) {
        const text = messages[signal.reason];
        expect(text, signal.reason).toBeTruthy();
        for (const p of placeholders(text ?? '')) expect(signal.params, `${signal.reason} {${p}}`).toHaveProperty(p);
      }
    }
  });

  it('have a text for both reference descriptions, with every placeholder in the params', () => {
    for (const reference of [{ kind: 'midpoint' } as const, { kind: 'practice_median', demands: 1, resources: 2, n: 3 } as const]) {
      const { key, params } = describeReference(reference);
      const text = scoringMessages.nl[key] ?? '';
      expect(text).toBeTruthy();
      for (const p of placeholders(text)) expect(params).toHaveProperty(p);
    }
  });
});
