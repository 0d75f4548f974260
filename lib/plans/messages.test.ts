import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/plan.en.json';
import nl from '../i18n/messages/plan.nl.json';
import { PLAN_HINT_KEYS } from './hints';
import { hintText, planMessages, planText, reasonText } from './messages';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS, PLAN_STATUSES } from './types';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('plan messages', () => {
  it('have the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(planMessages.en).sort()).toEqual(Object.keys(planMessages.nl).sort());
    for (const [key, nl] of Object.entries(planMessages.nl))
      expect(placeholders(planMessages.en[key] ?? ''), key).toEqual(placeholders(nl));
  });

  it('can be nested by their dots: no key is also the prefix of another', () => {
    const keys = Object.keys(planMessages.nl);
    for (const a of keys) for (const b of keys) expect(b.startsWith(`${a}.`), `${a} / ${b}`).toBe(false);
  });

  it('name categories, levels, owners and statuses exactly as the app’s message file does (this module keeps a copy)', () => {
    const lists = { category: 'categories', level: 'levels', owner: 'ownerOptions', status: 'statuses' } as const;
    for (const [lang, file] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      for (const [key, text] of Object.entries(planMessages[lang])) {
        const [prefix, value] = key.split('.') as [string, string];
        if (!(prefix in lists)) continue;
        const labels: Record<string, string> = file.plan[lists[prefix as keyof typeof lists]];
        expect(text, `${lang} ${key}`).toBe(labels[value]);
      }
    }
    expect(planMessages.nl['category.learning_orientation']).toBe('Leerdoelgerichtheid');
  });

  it('name every category, level, owner and status, and explain every hint', () => {
    const labels = [
      ...PLAN_CATEGORIES.map((k) => `category.${k}`),
      ...PLAN_LEVELS.map((k) => `level.${k}`),
      ...PLAN_OWNERS.map((k) => `owner.${k}`),
      ...PLAN_STATUSES.map((k) => `status.${k}`),
      ...PLAN_HINT_KEYS.map((k) => `hint.${k}`),
    ];
    for (const key of labels) {
      expect(planMessages.nl[key], key).toBeTruthy();
      expect(planMessages.en[key], key).toBeTruthy();
    }
    expect(hintText('demands_without_resources', 'nl')).toMatch(/verlaagt taakeisen.*geen hulpbron/);
    expect(hintText('demands_without_resources', 'en')).toMatch(/lowers job demands but holds no resource/);
  });

  it('write a reason with the dimension’s name in the reader’s language and the score, whatever its number', () => {
    // No verb to agree with the name: "Administratieve lasten is hoog" read wrong for every plural name.
    const plural = { key: 'reason.highDemand', params: { dimension: 'administrative_burden', score: 88 } };
    expect(reasonText(plural, 'nl')).not.toMatch(/ is (hoog|laag)/);
    const reason = { key: 'reason.highDemand', params: { dimension: 'workload', score: 83 } };
    expect(reasonText(reason, 'nl')).toBe('Hoge score op Werkdruk (83).');
    expect(reasonText(reason, 'en')).toBe('High score on Workload (83).');
    const weakest = { key: 'reason.weakestResource', params: { dimension: 'manager_support', score: 12 } };
    expect(reasonText(weakest, 'en')).toMatch(/^Weakest work resource to discuss: .*manager.* \(12\)\.$/i);
  });

  it('name a dimension of a custom instrument through the given names, or by its key', () => {
    const reason = { key: 'reason.lowResource', params: { dimension: 'steun_team', score: 10 } };
    expect(reasonText(reason, 'nl', (k) => (k === 'steun_team' ? 'Steun van het team' : undefined))).toBe(
      'Lage score op Steun van het team (10).',
    );
    expect(reasonText(reason, 'nl')).toBe('Lage score op steun_team (10).');
  });

  it('fall back to the key for an unknown text, and leave a missing placeholder visible', () => {
    expect(planText('reason.nope', 'nl')).toBe('reason.nope');
    expect(planText('reason.lowEngagement', 'en', {})).toBe('Engagement is low ({score}).');
  });
});
