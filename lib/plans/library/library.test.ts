import { describe, expect, it } from 'vitest';
import { findHealthWords } from '../health-words';
import { SUGGESTION_RULES } from '../suggestions';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS } from '../types';
import { INTERVENTIONS, interventionByKey } from './index';

const TEXTS = ['title', 'description', 'employerWording', 'evidence'] as const;
const LOCALES = ['nl', 'en'] as const;

describe('the intervention library', () => {
  it('holds about forty interventions with distinct, stable keys', () => {
    expect(INTERVENTIONS.length).toBeGreaterThanOrEqual(36);
    expect(INTERVENTIONS.length).toBeLessThanOrEqual(48);
    const keys = INTERVENTIONS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z_]*[a-z]$/);
  });

  it('has every text in Dutch and English, each different and non-empty', () => {
    for (const i of INTERVENTIONS) {
      for (const field of TEXTS) {
        for (const locale of LOCALES) expect(i[field][locale].trim().length, `${i.key}.${field}.${locale}`).toBeGreaterThan(2);
        expect(i[field].nl, `${i.key}.${field} is not translated`).not.toBe(i[field].en);
      }
    }
  });

  it('uses only the plan vocabulary and covers every category', () => {
    for (const i of INTERVENTIONS) {
      expect(PLAN_CATEGORIES, i.key).toContain(i.category);
      expect(PLAN_LEVELS, i.key).toContain(i.level);
      expect(PLAN_OWNERS, i.key).toContain(i.owner);
    }
    for (const category of PLAN_CATEGORIES)
      expect(
        INTERVENTIONS.some((i) => i.category === category),
        category,
      ).toBe(true);
  });

  it('keeps every employer wording free of health words, in both languages', () => {
    for (const i of INTERVENTIONS) {
      for (const locale of LOCALES) expect(findHealthWords(i.employerWording[locale]), `${i.key}.${locale}`).toEqual([]);
    }
  });

  it('writes the employer wording about the employee, not to the client', () => {
    for (const i of INTERVENTIONS) {
      expect(i.employerWording.nl, i.key).not.toMatch(/\b(je|jij|jou|jouw|jezelf|u|uw)\b/i);
      expect(i.employerWording.en, i.key).not.toMatch(/\b(you|your|yourself)\b/i);
    }
  });

  it('addresses the client as "je" in the Dutch description', () => {
    for (const i of INTERVENTIONS) {
      expect(i.description.nl, i.key).toMatch(/\b(je|jij|jouw|jezelf)\b/i);
      expect(i.description.nl, i.key).not.toMatch(/\b(u|uw)\b/);
    }
  });

  it('cites the article each evidence note rests on in words a coach can look up, not by an internal code', () => {
    const nl =
      /Arjan van Dam|Arnold Bakkers onderzoek naar burn-out en bevlogenheid|onderzoek naar job crafting en welzijn|AZW-longread ‘Werkdruk is niet het hele verhaal’|behandelpraktijk voor burn-out/i;
    const en =
      /Arjan van Dam|Arnold Bakker’s research into burnout and engagement|research on job crafting and well-being|AZW long read ‘Werkdruk is niet het hele verhaal’|burnout treatment practice/i;
    for (const i of INTERVENTIONS) {
      expect(i.evidence.nl, i.key).toMatch(nl);
      expect(i.evidence.en, i.key).toMatch(en);
      for (const text of [i.evidence.nl, i.evidence.en]) expect(text, i.key).not.toMatch(/\b(bron|bronnen|source|sources|seed)\s+0\d\d\b/i);
    }
  });

  it('finds an intervention by key, and nothing for an unknown key', () => {
    expect(interventionByKey('recovery_first')?.category).toBe('recovery');
    expect(interventionByKey('tripartite_meeting')?.owner).toBe('together');
    expect(interventionByKey('no_such_key')).toBeUndefined();
  });

  it('holds every intervention a suggestion rule proposes', () => {
    for (const rule of SUGGESTION_RULES) {
      for (const key of rule.interventions) expect(interventionByKey(key), `${rule.name} → ${key}`).toBeDefined();
    }
  });

  it('carries the seed findings the issue names into the evidence notes', () => {
    const evidence = (key: string) => interventionByKey(key)?.evidence.nl ?? '';
    expect(evidence('structural_crafting')).toMatch(/job crafting en welzijn.*meer welzijn/i);
    expect(evidence('gradual_rebuild')).toMatch(/job crafting en welzijn.*minder welzijn/i);
    expect(evidence('constructive_feedback')).toMatch(/tweesnijdend zwaard/);
    expect(evidence('team_resource_scan')).toMatch(/AZW-longread.*georganiseerd/i);
    expect(evidence('tripartite_meeting')).toMatch(/behandelpraktijk voor burn-out.*werkgever/i);
    expect(evidence('learning_reframe')).toMatch(/Arjan van Dam/);
  });
});
