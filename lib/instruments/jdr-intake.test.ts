import { describe, expect, it } from 'vitest';
import { checkInV1 } from './check-in';
import { builtInInstruments, getInstrument, getLatestInstrument, latestVersion } from './index';
import { jdrIntakeV1 } from './jdr-intake';
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
    expect(jdrIntakeV1.openQuestions.map((q) => q.key)).toEqual([
      'energy_drains',
      'energy_sources',
      'most_helpful',
      'employer_change',
    ]);
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
    expect(getInstrument('jdr-intake', 2)).toBeUndefined();
    expect(getInstrument('nope', 1)).toBeUndefined();
  });

  it('knows the latest version', () => {
    expect(latestVersion('jdr-intake')).toBe(1);
    expect(latestVersion('nope')).toBeUndefined();
    expect(getLatestInstrument('check-in')).toBe(checkInV1);
  });

  it('has one entry per key and version', () => {
    const ids = builtInInstruments.map((i) => `${i.key}@${i.version}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
