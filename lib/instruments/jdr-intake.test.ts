import { describe, expect, it } from 'vitest';
import { scoreMeasurement } from '../scoring/score';
import { checkInV1 } from './check-in';
import { builtInInstruments, getInstrument, getLatestInstrument, latestVersion } from './index';
import { jdrIntakeV1, jdrIntakeV2 } from './jdr-intake';
import { V2_ITEM_TEXTS } from './jdr-intake/v2-changes';
import { allItems, type Group, type Instrument } from './types';

/** Every dimension in DOMAIN.md's table, with the group it must sit in. */
const DOMAIN_DIMENSIONS: Record<string, Group> = {
  workload: 'job_demands',
  time_pressure: 'job_demands',
  emotional_demands: 'job_demands',
  work_home_interference: 'job_demands',
  role_problems: 'job_demands',
  complexity: 'job_demands',
  monotony: 'job_demands',
  aggression: 'job_demands',
  administrative_burden: 'job_demands',
  bureaucracy: 'job_demands',
  poor_relationships: 'job_demands',
  problem_severity: 'job_demands',
  autonomy: 'work_resources',
  influence: 'work_resources',
  colleague_support: 'work_resources',
  manager_support: 'work_resources',
  feedback: 'work_resources',
  participation: 'work_resources',
  task_variety: 'work_resources',
  development: 'work_resources',
  career_perspective: 'work_resources',
  clear_goals: 'work_resources',
  self_efficacy: 'personal_resources',
  resilience: 'personal_resources',
  assertiveness: 'personal_resources',
  time_management: 'personal_resources',
  energy_management: 'personal_resources',
  proactivity: 'personal_resources',
  learning_orientation: 'goal_orientation',
  performance_orientation: 'goal_orientation',
  exhaustion: 'burnout',
  mental_distance: 'burnout',
  reduced_competence: 'burnout',
  vigour: 'engagement',
  dedication: 'engagement',
  absorption: 'engagement',
};

function itemsPerDimension(instrument: Instrument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of allItems(instrument)) counts.set(item.dimension, (counts.get(item.dimension) ?? 0) + 1);
  return counts;
}

const hasText = (s: string) => s.trim().length > 0;

describe.each(builtInInstruments.map((i) => [`${i.key} v${i.version}`, i] as const))('%s is well-formed', (_, instrument) => {
  it('has unique item, dimension, section and open-question keys', () => {
    for (const keys of [
      allItems(instrument).map((i) => i.key),
      instrument.dimensions.map((d) => d.key),
      instrument.sections.map((s) => s.key),
      instrument.openQuestions.map((q) => q.key),
    ]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives every item, dimension, section and question Dutch and English text', () => {
    for (const item of allItems(instrument)) {
      expect(hasText(item.text.nl) && hasText(item.text.en), item.key).toBe(true);
      expect(item.text.nl).not.toBe(item.text.en);
    }
    for (const d of instrument.dimensions) {
      expect([d.name.nl, d.name.en, d.explanation.nl, d.explanation.en].every(hasText), d.key).toBe(true);
    }
    for (const s of instrument.sections) expect(hasText(s.title.nl) && hasText(s.title.en)).toBe(true);
    for (const q of instrument.openQuestions) expect(hasText(q.text.nl) && hasText(q.text.en)).toBe(true);
    expect([instrument.name.nl, instrument.name.en, instrument.description.nl, instrument.description.en].every(hasText)).toBe(true);
  });

  it('links every item to a known dimension and every dimension to at least one item', () => {
    const dimensionKeys = new Set(instrument.dimensions.map((d) => d.key));
    for (const item of allItems(instrument)) expect(dimensionKeys.has(item.dimension), item.key).toBe(true);
    const counts = itemsPerDimension(instrument);
    for (const d of instrument.dimensions) expect(counts.get(d.key) ?? 0, d.key).toBeGreaterThanOrEqual(1);
  });

  it('builds its indices from known dimensions of the matching group', () => {
    const byKey = new Map(instrument.dimensions.map((d) => [d.key, d]));
    const allowed: Record<string, Group[]> = {
      demands: ['job_demands'],
      work_resources: ['work_resources'],
      personal_resources: ['personal_resources', 'goal_orientation'],
      burnout: ['burnout'],
      engagement: ['engagement'],
    };
    for (const [index, components] of Object.entries(instrument.indices)) {
      expect(components.length).toBeGreaterThan(0);
      for (const key of components) expect(allowed[index]).toContain(byKey.get(key)?.group);
    }
  });

  it('labels both ends of the scale in both languages', () => {
    const { min, max, labels } = instrument.scale;
    for (const end of [min, max]) {
      const label = labels.find((l) => l.value === end);
      expect(label && hasText(label.nl) && hasText(label.en)).toBe(true);
    }
  });

  // A dimension's name stands in the coach's results, plan reasons and the reports: "je leidinggevende" there reads as
  // the coach's own manager. The items and descriptions speak to the client; the names do not.
  it('names its dimensions without addressing the reader', () => {
    for (const { name } of instrument.dimensions) {
      expect(name.nl).not.toMatch(/\b(je|jij|jouw|jezelf)\b/i);
      expect(name.en).not.toMatch(/\b(you|your|yourself)\b/i);
    }
  });
});

describe('JD-R intake v1', () => {
  it('covers every DOMAIN.md dimension, in its group, with 2–4 items each', () => {
    const counts = itemsPerDimension(jdrIntakeV1);
    const groups = new Map(jdrIntakeV1.dimensions.map((d) => [d.key, d.group]));
    for (const [key, group] of Object.entries(DOMAIN_DIMENSIONS)) {
      expect(groups.get(key), key).toBe(group);
      const n = counts.get(key) ?? 0;
      expect(n, key).toBeGreaterThanOrEqual(2);
      expect(n, key).toBeLessThanOrEqual(4);
    }
    expect(jdrIntakeV1.dimensions).toHaveLength(Object.keys(DOMAIN_DIMENSIONS).length);
  });

  it('uses a labelled 1–5 scale', () => {
    expect(jdrIntakeV1.scale).toMatchObject({ min: 1, max: 5 });
    expect(jdrIntakeV1.scale.labels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has some but not mostly reverse-scored items', () => {
    const items = allItems(jdrIntakeV1);
    const reversed = items.filter((i) => i.reverse).length;
    expect(reversed).toBeGreaterThan(0);
    expect(reversed).toBeLessThan(items.length / 4);
  });

  it('asks in interview order: demands, work resources, personal resources, energy, engagement', () => {
    const groupsInOrder = jdrIntakeV1.sections.map((s) => {
      const first = jdrIntakeV1.dimensions.find((d) => d.key === s.items[0]?.dimension);
      return first?.group;
    });
    expect(groupsInOrder).toEqual(['job_demands', 'work_resources', 'personal_resources', 'burnout', 'engagement']);
  });

  it('uses all job demands for the demands index and all work resources for the resources index (seed 003)', () => {
    const ofGroup = (g: Group) => jdrIntakeV1.dimensions.filter((d) => d.group === g).map((d) => d.key);
    expect(jdrIntakeV1.indices.demands).toEqual(ofGroup('job_demands'));
    expect(jdrIntakeV1.indices.work_resources).toEqual(ofGroup('work_resources'));
    expect(jdrIntakeV1.indices.personal_resources).toEqual([...ofGroup('personal_resources'), 'learning_orientation']);
    expect(jdrIntakeV1.indices.personal_resources).not.toContain('performance_orientation');
    expect(jdrIntakeV1.indices.burnout).toEqual(['exhaustion', 'mental_distance', 'reduced_competence']);
    expect(jdrIntakeV1.indices.engagement).toEqual(['vigour', 'dedication', 'absorption']);
  });

  it('asks the four open questions, linked only to existing sections', () => {
    expect(jdrIntakeV1.openQuestions.map((q) => q.key)).toEqual(['energy_drains', 'energy_sources', 'most_helpful', 'employer_change']);
    const sections = new Set(jdrIntakeV1.sections.map((s) => s.key));
    for (const q of jdrIntakeV1.openQuestions) if (q.section) expect(sections.has(q.section)).toBe(true);
  });
});

describe('check-in v1', () => {
  it('has about 12 items over demands, resources, exhaustion and engagement', () => {
    expect(allItems(checkInV1)).toHaveLength(12);
    expect(checkInV1.dimensions.map((d) => d.group)).toEqual(['job_demands', 'work_resources', 'burnout', 'engagement']);
    expect(checkInV1.scale).toEqual(jdrIntakeV1.scale);
  });

  it('shares no item wording with the intake', () => {
    const intake = new Set(allItems(jdrIntakeV1).map((i) => i.text.nl));
    for (const item of allItems(checkInV1)) expect(intake.has(item.text.nl)).toBe(false);
  });
});

describe('registry', () => {
  it('finds instruments by key and version', () => {
    expect(getInstrument('jdr-intake', 1)).toBe(jdrIntakeV1);
    expect(getInstrument('check-in', 1)).toBe(checkInV1);
    expect(getInstrument('jdr-intake', 2)).toBe(jdrIntakeV2);
    expect(getInstrument('jdr-intake', 3)).toBeUndefined();
    expect(getInstrument('nope', 1)).toBeUndefined();
  });

  it('knows the latest version', () => {
    expect(latestVersion('jdr-intake')).toBe(2);
    expect(getLatestInstrument('jdr-intake')).toBe(jdrIntakeV2);
    expect(latestVersion('nope')).toBeUndefined();
    expect(getLatestInstrument('check-in')).toBe(checkInV1);
  });

  it('has one entry per key and version', () => {
    const ids = builtInInstruments.map((i) => `${i.key}@${i.version}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('JD-R intake v2', () => {
  const v1Items = allItems(jdrIntakeV1);
  const v2Items = allItems(jdrIntakeV2);

  it('keeps the structure of v1: dimensions, indices, item keys, order and reverse scoring', () => {
    expect(jdrIntakeV2.dimensions).toEqual(jdrIntakeV1.dimensions);
    expect(jdrIntakeV2.indices).toEqual(jdrIntakeV1.indices);
    expect(jdrIntakeV2.scale).toEqual(jdrIntakeV1.scale);
    expect(v2Items.map((i) => [i.key, i.dimension, i.reverse])).toEqual(v1Items.map((i) => [i.key, i.dimension, i.reverse]));
  });

  it('rewords only existing items, and each of them', () => {
    const keys = new Set(v1Items.map((i) => i.key));
    for (const key of Object.keys(V2_ITEM_TEXTS)) expect(keys.has(key), key).toBe(true);
    const changed = v2Items
      .filter((item, n) => item.text.nl !== v1Items[n]!.text.nl || item.text.en !== v1Items[n]!.text.en)
      .map((i) => i.key);
    expect(changed.sort()).toEqual(Object.keys(V2_ITEM_TEXTS).sort());
  });

  it('asks the same in English as in Dutch: internal aggression is one construct, not "inappropriate or intimidating"', () => {
    const item = v2Items.find((i) => i.key === 'aggression_2')!;
    expect(item.text.nl).toBe('Ik krijg te maken met grensoverschrijdend gedrag van collega’s of leidinggevenden.');
    expect(item.text.en).toBe('I face inappropriate behaviour from colleagues or managers.');
  });

  it('has no item that names its own outcome, says "now", offers heavier work or asks an attitude on the frequency scale', () => {
    for (const item of v2Items) {
      expect(item.text.nl, item.key).not.toMatch(/kost me energie|\bnu\b|zwaarder|liever|^ik vind/i);
      expect(item.text.en, item.key).not.toMatch(/drains my energy|\bnow\b|more senior|rather than one|^I find it/i);
    }
  });

  it('no longer contains the double-barrelled items of v1', () => {
    const v2Texts = new Set(v2Items.map((i) => i.text.nl));
    for (const text of [
      'Er zijn spanningen of conflicten met mensen met wie ik samenwerk.',
      'Kritiek of tegenvallers blijven lang aan me knagen.',
      'Ik heb mogelijkheden om door te groeien naar ander of zwaarder werk.',
      'De sfeer in mijn team kost me energie.',
    ]) {
      expect(v2Texts.has(text), text).toBe(false);
    }
  });

  it('tells a client on sick leave to think of the last period they worked', () => {
    expect(jdrIntakeV2.description.nl).toContain('laatste periode dat je werkte');
    expect(jdrIntakeV2.description.en).toContain('last period you worked');
  });
});

describe('JD-R intake v1 is unchanged for earlier measurements', () => {
  it('keeps its v1 wording', () => {
    const texts = allItems(getInstrument('jdr-intake', 1)!).map((i) => i.text.nl);
    expect(texts).toContain('De sfeer in mijn team kost me energie.');
    expect(texts).toContain('Ik heb mogelijkheden om door te groeien naar ander of zwaarder werk.');
  });

  it('scores a v1 measurement as before, and the same answers the same under v2', () => {
    // workload_1..3 = 5, 4, 2 (the third is reversed: 4) → mean 13/3, score 83.33…
    const answers = { workload_1: 5, workload_2: 4, workload_3: 2, exhaustion_1: 1, exhaustion_2: 2, exhaustion_3: 3 };
    const v1 = scoreMeasurement(getInstrument('jdr-intake', 1)!, answers);
    expect(v1.instrumentVersion).toBe(1);
    expect(v1.dimensions.workload).toMatchObject({ status: 'scored', answered: 3 });
    expect(v1.dimensions.workload!.status === 'scored' && v1.dimensions.workload!.score).toBeCloseTo(83.333, 2);
    expect(v1.dimensions.exhaustion).toMatchObject({ status: 'scored', score: 25, mean: 2 });
    const v2 = scoreMeasurement(jdrIntakeV2, answers);
    expect(v2.dimensions).toEqual(v1.dimensions);
  });
});
