import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { checkInV1, jdrIntakeV1 } from '../instruments';
import { allItems, type Instrument } from '../instruments/types';
import { pickPrevious } from '../intake/compare';
import { buildResults } from '../intake/results';
import { scoresForStorage } from '../intake/stored-scores';
import { trendGroups } from '../intake/trend';
import { analyseMeasurement } from './analyse';
import { AZW_COMPONENTS, COMPONENT_SETS, comparable, indexComponents, MIRRORED_DEMANDS, supportsAzw } from './component-sets';
import { dimensionFlags } from './flags';
import { scoreMeasurement } from './score';
import type { Answers } from './types';

const answersFor = (instrument: Instrument): fc.Arbitrary<Answers> => {
  const { min, max } = instrument.scale;
  return fc.record(Object.fromEntries(allItems(instrument).map((i) => [i.key, fc.option(fc.integer({ min, max }), { nil: undefined })])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;
};

const withVersion = (instrument: Instrument, version: number, indices = instrument.indices): Instrument => ({
  ...instrument,
  version,
  indices,
});

describe('like with like (comparable)', () => {
  it('compares the same key with the same components, across versions, and nothing else', () => {
    expect(comparable(jdrIntakeV1, jdrIntakeV1)).toBe(true);
    expect(comparable(jdrIntakeV1, withVersion(jdrIntakeV1, 2))).toBe(true);
    expect(comparable(jdrIntakeV1, checkInV1)).toBe(false);
    const fewer = withVersion(jdrIntakeV1, 2, { ...jdrIntakeV1.indices, demands: jdrIntakeV1.indices.demands?.slice(1) });
    expect(comparable(jdrIntakeV1, fewer)).toBe(false);
    // Order of the components does not matter.
    const reordered = withVersion(jdrIntakeV1, 3, { ...jdrIntakeV1.indices, demands: [...(jdrIntakeV1.indices.demands ?? [])].reverse() });
    expect(comparable(jdrIntakeV1, reordered)).toBe(true);
  });

  it('property: a check-in never produces a change (or sharp-change signal) against an intake, either way round, under either set', () => {
    fc.assert(
      fc.property(
        answersFor(jdrIntakeV1),
        answersFor(checkInV1),
        fc.constantFrom(...COMPONENT_SETS),
        fc.boolean(),
        (intake, checkIn, set, intakeFirst) => {
          const [current, previous] = intakeFirst
            ? [
                { instrument: checkInV1, answers: checkIn },
                { instrument: jdrIntakeV1, answers: intake },
              ]
            : [
                { instrument: jdrIntakeV1, answers: intake },
                { instrument: checkInV1, answers: checkIn },
              ];
          const analysis = analyseMeasurement(current.instrument, current.answers, { previous, componentSet: set });
          expect(analysis.change).toBeNull();
          expect(analysis.signals.some((s) => s.key === 'sharp_change')).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: the previous measurement picked for a check-in is the latest earlier check-in (or none), and likewise for an intake', () => {
    const instruments = [jdrIntakeV1, checkInV1];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 12 }), (kinds) => {
        // Listed as the callers list them: oldest completion first.
        const list = kinds.map((k, n) => ({
          id: `m${n}`,
          completedAt: Date.UTC(2026, 0, 1 + n),
          instrument: instruments[k] as Instrument,
        }));
        for (const m of list) {
          const earlier = list.filter((x) => x.completedAt < m.completedAt);
          const sameKind = earlier.filter((x) => x.instrument.key === m.instrument.key);
          const latest = sameKind.reduce<(typeof list)[number] | undefined>(
            (a, x) => (a && a.completedAt > x.completedAt ? a : x),
            undefined,
          );
          const pick = pickPrevious(list, m.id, m.instrument, (x) => x.instrument);
          if (latest) {
            expect(pick).toEqual({ status: 'compared', previous: latest, instrument: m.instrument });
          } else {
            expect(pick.status).toBe(earlier.length === 0 ? 'first' : 'not_comparable');
          }
        }
      }),
    );
  });

  it('gives the check-in its own trend, apart from the intake', () => {
    const scoresOf = (instrument: Instrument) =>
      scoresForStorage(scoreMeasurement(instrument, Object.fromEntries(allItems(instrument).map((i) => [i.key, 3]))), instrument);
    const list = [
      { id: 'a', date: '2026-01-01', scores: scoresOf(jdrIntakeV1), instrument: jdrIntakeV1 },
      { id: 'b', date: '2026-02-01', scores: scoresOf(checkInV1), instrument: checkInV1 },
      { id: 'c', date: '2026-03-01', scores: scoresOf(checkInV1), instrument: checkInV1 },
      { id: 'd', date: '2026-04-01', scores: scoresOf(jdrIntakeV1), instrument: jdrIntakeV1 },
    ];
    const groups = trendGroups(list, (m) => m.instrument, 'jdr_wide');
    expect(groups.map((g) => [g.instrument.key, g.measurements.map((m) => m.id)])).toEqual([
      ['jdr-intake', ['a', 'd']],
      ['check-in', ['b', 'c']],
    ]);
    expect(groups[1]?.series.map((s) => s.key)).not.toContain('personal_resources');
  });
});

describe('component sets', () => {
  it('maps seed 003 to our dimension keys, and only where the instrument has them all', () => {
    expect(supportsAzw(jdrIntakeV1)).toBe(true);
    expect(supportsAzw(checkInV1)).toBe(false);
    const azw = indexComponents(jdrIntakeV1, 'azw');
    expect(azw.used).toBe('azw');
    expect(azw.indices.demands).toEqual(['workload', 'aggression', 'administrative_burden']);
    expect(azw.indices.work_resources).toEqual(AZW_COMPONENTS.work_resources);
    // Burnout, engagement and personal resources always follow the instrument.
    expect(azw.indices.burnout).toEqual(jdrIntakeV1.indices.burnout);
    expect(indexComponents(checkInV1, 'azw').used).toBe('jdr_wide');
  });

  it("AZW demands: the mean of seed 003's five percentages (workload, aggression by clients and internal, reporting, registration)", () => {
    // 1–5 scale: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100. Workload_3 is reverse-keyed, so 3/3/3 is 50 whatever the keying.
    const answers: Answers = {
      ...Object.fromEntries(allItems(jdrIntakeV1).map((i) => [i.key, 3])),
      workload_1: 3,
      workload_2: 3,
      workload_3: 3,
      aggression_1: 5, // clients: 100
      aggression_2: 1, // internal: 0
      administrative_burden_1: 5, // reporting: 100
      administrative_burden_2: 4, // registration: 75
    };
    const azw = scoreMeasurement(jdrIntakeV1, answers, 'azw');
    // (50 + 100 + 0 + 100 + 75) / 5 = 65; three equal dimensions would give (50 + 50 + 87.5) / 3 = 62.5.
    expect(azw.indices.demands).toEqual({ status: 'scored', score: 65, scoredDimensions: 5, totalDimensions: 5 });
    // Workload weighs a fifth: all workload at the top and the rest at the bottom is 20, not 33.3.
    const workloadOnly = scoreMeasurement(
      jdrIntakeV1,
      {
        ...answers,
        workload_1: 5,
        workload_2: 5,
        workload_3: 1,
        aggression_1: 1,
        aggression_2: 1,
        administrative_burden_1: 1,
        administrative_burden_2: 1,
      },
      'azw',
    );
    expect(workloadOnly.indices.demands).toMatchObject({ status: 'scored', score: 20 });
    // The resources index is five components, each once.
    expect(azw.indices.work_resources).toMatchObject({ status: 'scored', score: 50, totalDimensions: 5 });
    // The wide set is untouched: every component once.
    expect(scoreMeasurement(jdrIntakeV1, answers, 'jdr_wide').componentWeights).toBeUndefined();
  });

  it('AZW weights only where a dimension asks its percentages one item each (a custom "aggression" of three items counts once)', () => {
    expect(indexComponents(jdrIntakeV1, 'azw').weights).toEqual({ aggression: 2, administrative_burden: 2 });
    const custom = structuredClone(jdrIntakeV1);
    const aggression = allItems(custom).find((i) => i.dimension === 'aggression')!;
    const section = custom.sections.find((s) => s.items.includes(aggression))!;
    section.items.push({ ...aggression, key: 'aggression_3' });
    expect(indexComponents(custom, 'azw').weights).toEqual({ administrative_burden: 2 });
  });

  it('AZW demands: three of the five percentages are not enough (aggression left open)', () => {
    const answers: Answers = {
      ...Object.fromEntries(allItems(jdrIntakeV1).map((i) => [i.key, 3])),
      aggression_1: undefined,
      aggression_2: undefined,
    };
    expect(scoreMeasurement(jdrIntakeV1, answers, 'azw').indices.demands).toEqual({
      status: 'insufficient',
      scoredDimensions: 3,
      totalDimensions: 5,
    });
    // Under the wide set the same answers still score (eight of nine demands).
    expect(scoreMeasurement(jdrIntakeV1, answers, 'jdr_wide').indices.demands).toMatchObject({ status: 'scored' });
  });

  it('wide set: a construct on both axes counts once, as the resource (no diagonal push)', () => {
    const wide = indexComponents(jdrIntakeV1, 'jdr_wide');
    for (const [demand, resource] of Object.entries(MIRRORED_DEMANDS)) {
      expect(wide.indices.demands).not.toContain(demand);
      expect(wide.indices.work_resources).toContain(resource);
    }
    expect(wide.indices.demands).toContain('workload');
    expect(wide.indices.demands).toHaveLength((jdrIntakeV1.indices.demands?.length ?? 0) - 3);
  });
});

describe('flags per dimension', () => {
  const demandKeys = jdrIntakeV1.dimensions.filter((d) => d.group === 'job_demands').map((d) => d.key);

  it('property: three demands at 100 and the rest at 0 → exactly those three flagged by name, whatever the index or set', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(demandKeys, { minLength: 3, maxLength: 3 }), fc.constantFrom(...COMPONENT_SETS), (three, set) => {
        const { min, max } = jdrIntakeV1.scale;
        const answers = Object.fromEntries(
          allItems(jdrIntakeV1).map((i) => {
            const group = jdrIntakeV1.dimensions.find((d) => d.key === i.dimension)?.group;
            // Demands: the three at 100, the rest at 0. Resources in the middle so they raise no flag.
            if (group === 'job_demands') return [i.key, three.includes(i.dimension) !== i.reverse ? max : min];
            return [i.key, 3];
          }),
        );
        const scores = scoreMeasurement(jdrIntakeV1, answers, set);
        expect(
          dimensionFlags(jdrIntakeV1, scores)
            .map((f) => f.dimension)
            .sort(),
        ).toEqual([...three].sort());
        const model = buildResults(
          jdrIntakeV1,
          Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { value: v, text: null, note: null }])),
          { componentSet: set },
        );
        expect(model.flags.map((f) => f.name.nl).sort()).toEqual(
          three.map((k) => jdrIntakeV1.dimensions.find((d) => d.key === k)?.name.nl).sort(),
        );
        expect(model.flags.every((f) => f.score === 100)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('every text a result shows exists in both languages', () => {
  const lookup = (tree: unknown, key: string) =>
    key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], tree);

  it('has the flag, comparison, component-set and left-out texts in Dutch and English', () => {
    const keys = [
      'flagsTitle',
      'flagsIntro',
      'flagHighDemand',
      'flagLowResource',
      'flagLowPersonalResource',
      'componentsTitle',
      'changeNotComparable.other_instrument',
      'changeNotComparable.other_components',
      'changeNotComparable.other_scoring',
      'componentSetLabel',
      'componentSet.jdr_wide',
      'componentSet.azw',
      'componentSetFallback',
      'leftOutNote',
      'leftOutItem',
    ];
    for (const key of keys) {
      expect(typeof lookup(nl, `results.${key}`), `nl ${key}`).toBe('string');
      expect(typeof lookup(en, `results.${key}`), `en ${key}`).toBe('string');
    }
  });

  it('property: for any answers, every signal reason and index name the results show has a Dutch and an English text', () => {
    fc.assert(
      fc.property(answersFor(jdrIntakeV1), answersFor(jdrIntakeV1), (a, b) => {
        const model = buildResults(
          jdrIntakeV1,
          Object.fromEntries(Object.entries(a).map(([k, v]) => [k, { value: v ?? null, text: null, note: null }])),
          { previous: { instrument: jdrIntakeV1, indices: scoreMeasurement(jdrIntakeV1, b).indices } },
        );
        const keys = [
          ...model.signals.map((s) => s.reason),
          ...model.indices.map((i) => `index.name.${i.key}`),
          ...(model.profile ? [`profile.name.${model.profile.key}`, `profile.explanation.${model.profile.key}`] : ['profile.none']),
          ...model.groups.map((g) => `results.group.${g.group}.intro`),
        ];
        for (const key of keys) {
          expect(typeof lookup(nl, key), `nl ${key}`).toBe('string');
          expect(typeof lookup(en, key), `en ${key}`).toBe('string');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('component signatures', () => {
  it('match the literals the migration backfill uses (db/migrations/*fidelity-results.sql)', async () => {
    const { checkInV1: checkIn, jdrIntakeV1: intake } = await import('../instruments');
    const { componentSignature: sig } = await import('./component-sets');
    expect(sig(indexComponents(intake, 'jdr_wide').indices)).toBe('19efb95955b0e8b3');
    expect(sig(indexComponents(intake, 'azw').indices)).toBe('91ff9bf1583bec17');
    expect(sig(indexComponents(checkIn, 'jdr_wide').indices)).toBe('9217ca922bf6ca94');
  });

  it("tell the AZW set's weighted demands (scoring rules v4) from the equal ones the backfill stored", async () => {
    const { jdrIntakeV1: intake } = await import('../instruments');
    const { componentList, componentSignature: sig } = await import('./component-sets');
    const azw = indexComponents(intake, 'azw');
    expect(componentList(azw.indices, azw.weights)).toMatch(/^demands:administrative_burden\*2,aggression\*2,workload;/);
    expect(sig(azw.indices, azw.weights)).not.toBe('91ff9bf1583bec17');
    // Without weights the list reads as before, so the wide set's signatures stay.
    const wide = indexComponents(intake, 'jdr_wide');
    expect(sig(wide.indices, wide.weights)).toBe('19efb95955b0e8b3');
  });
});
