import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInInstruments } from '../instruments';
import { JDR_INTAKE_KEY, jdrIntakeV1 } from '../instruments/jdr-intake';
import { type DimensionFlag, dimensionFlags } from '../scoring/flags';
import { INTERVENTIONS } from './library';
import { planMessages, reasonText } from './messages';
import { ENGAGEMENT_LOW_AT, LEARNING_LOW_AT, PERFORMANCE_HIGH_AT, suggestInterventions } from './suggestions';
import type { Suggestion, SuggestionInput } from './types';

/** The group a flag names: the index the dimension feeds (learning orientation, group goal_orientation, is a personal resource). */
const groupOf = (key: string) => {
  if (jdrIntakeV1.indices.demands?.includes(key)) return 'job_demands' as const;
  if (jdrIntakeV1.indices.work_resources?.includes(key)) return 'work_resources' as const;
  if (jdrIntakeV1.indices.personal_resources?.includes(key)) return 'personal_resources' as const;
  throw new Error(`not flaggable: ${key}`);
};

/** The flag the intake would raise for this dimension: a high demand or a low resource. */
function flag(dimension: string, score?: number): DimensionFlag {
  const group = groupOf(dimension);
  return group === 'job_demands'
    ? { kind: 'high_demand', dimension, group, score: score ?? 80 }
    : { kind: 'low_resource', dimension, group, score: score ?? 20 };
}

const FLAGGABLE = jdrIntakeV1.dimensions
  .map((d) => d.key)
  .filter((key) => {
    try {
      return Boolean(groupOf(key));
    } catch {
      return false;
    }
  });
const ALL_FLAGS = FLAGGABLE.map((d) => flag(d));

function input(over: Partial<SuggestionInput> = {}): SuggestionInput {
  return { flags: [], dimensions: {}, indices: {}, burnoutFlag: false, profile: null, ...over };
}

const keys = (s: Suggestion[]) => s.map((x) => x.intervention.key);
const suggestionFor = (s: Suggestion[], key: string) => s.find((x) => x.intervention.key === key);

/** The flag rules (and ours), as a table: any of the triggers flagged → these interventions. */
const FLAG_RULES: Array<{ triggers: string[]; interventions: string[]; growth?: true }> = [
  { triggers: ['aggression'], interventions: ['safety_protocol', 'aftercare_after_incidents', 'confidential_counsellor'] },
  { triggers: ['workload', 'time_pressure'], interventions: ['reprioritise_with_manager', 'focus_time', 'micro_breaks'] },
  { triggers: ['assertiveness'], interventions: ['assertiveness_practice'] },
  { triggers: ['time_management'], interventions: ['weekly_planning'] },
  { triggers: ['energy_management', 'work_home_interference'], interventions: ['stop_times', 'recovery_routines', 'energy_diary'] },
  { triggers: ['work_home_interference'], interventions: ['out_of_hours_norms'] },
  { triggers: ['role_problems', 'clear_goals'], interventions: ['clarify_role', 'good_enough'] },
  { triggers: ['manager_support', 'feedback'], interventions: ['regular_checkins', 'constructive_feedback'] },
  { triggers: ['colleague_support', 'poor_relationships'], interventions: ['peer_consultation', 'work_buddy'] },
  { triggers: ['poor_relationships'], interventions: ['hr_mediation'] },
  { triggers: ['emotional_demands', 'problem_severity'], interventions: ['case_debrief', 'caseload_balance'] },
  { triggers: ['complexity'], interventions: ['coaching_on_the_job'] },
  { triggers: ['autonomy', 'influence'], interventions: ['structural_crafting', 'influence_on_content'] },
  { triggers: ['participation'], interventions: ['participation_in_decisions'] },
  { triggers: ['administrative_burden', 'bureaucracy'], interventions: ['cut_registration_work'] },
  { triggers: ['bureaucracy'], interventions: ['simplify_procedures'] },
  { triggers: ['self_efficacy', 'resilience'], interventions: ['success_log'] },
  { triggers: ['learning_orientation'], interventions: ['learning_reframe', 'ask_for_feedback', 'peer_consultation', 'work_experiments'] },
  {
    triggers: ['development', 'career_perspective', 'task_variety'],
    interventions: ['training_course', 'new_task_or_project'],
    growth: true,
  },
  { triggers: ['career_perspective'], interventions: ['career_conversation'], growth: true },
  { triggers: ['task_variety', 'monotony'], interventions: ['task_variety'], growth: true },
  { triggers: ['monotony'], interventions: ['new_task_or_project'], growth: true },
  { triggers: ['proactivity'], interventions: ['job_crafting_plan'], growth: true },
];

/** Every flag that can lead to an intervention, over all rows of the table. */
const triggersOf = (key: string) => new Set(FLAG_RULES.filter((r) => r.interventions.includes(key)).flatMap((r) => r.triggers));

const GROWTH = [
  'training_course',
  'new_task_or_project',
  'career_conversation',
  'task_variety',
  'job_crafting_plan',
  'innovation_time',
  'mentor_role',
];

describe('suggestInterventions: the flag rules', () => {
  it('suggests nothing for a measurement without flags, signals or a profile', () => {
    expect(suggestInterventions(input())).toEqual([]);
  });

  describe.each(FLAG_RULES.flatMap((r) => r.triggers.map((t) => [t, r] as const)))('%s flagged', (trigger, rule) => {
    it(`suggests ${rule.interventions.join(', ')}, naming the flag and its score`, () => {
      const out = suggestInterventions(input({ flags: [flag(trigger, trigger === 'aggression' ? 91.6 : undefined)] }));
      for (const key of rule.interventions) {
        const s = suggestionFor(out, key);
        expect(s, key).toBeDefined();
        expect(s?.dimensions).toContain(trigger);
        expect(s?.reasons.map((r) => r.params.dimension)).toContain(trigger);
      }
      if (trigger === 'aggression') expect(suggestionFor(out, 'safety_protocol')?.reasons[0]?.params.score).toBe(92);
    });
  });

  it.each(FLAG_RULES.flatMap((r) => r.interventions))('does not suggest %s without its flags, even with every other flag raised', (key) => {
    const triggers = triggersOf(key);
    const out = suggestInterventions(input({ flags: ALL_FLAGS.filter((f) => !triggers.has(f.dimension)) }));
    expect(keys(out)).not.toContain(key);
  });

  // A flag without a rule is an extreme score the coach sees on the results page and the plan ignores
  // (low learning orientation did once): every dimension an intake can flag must choose something.
  describe.each(builtInInstruments.filter((i) => i.key === JDR_INTAKE_KEY).map((i) => [`${i.key} v${i.version}`, i] as const))(
    'every dimension %s can flag',
    (_name, instrument) => {
      const extreme = Object.fromEntries(
        instrument.dimensions.map((d) => [d.key, { status: 'scored' as const, score: 0, mean: 1, answered: 1, total: 1 }]),
      );
      const lows = dimensionFlags(instrument, { dimensions: extreme });
      const highs = dimensionFlags(instrument, {
        dimensions: Object.fromEntries(Object.entries(extreme).map(([k, r]) => [k, { ...r, score: 100 }])),
      });
      const flags = [...lows, ...highs];

      it('is found (the intake flags its demands, its resources and learning orientation)', () => {
        expect(flags.map((f) => f.dimension)).toEqual(expect.arrayContaining(['workload', 'manager_support', 'learning_orientation']));
      });

      it.each(flags.map((f) => [f.dimension, f] as const))('%s has a suggestion rule', (dimension, f) => {
        const out = suggestInterventions(input({ flags: [f] }));
        expect(out.length, dimension).toBeGreaterThan(0);
        expect(out.every((s) => s.dimensions.includes(dimension))).toBe(true);
      });
    },
  );

  it('reads the flags, not the raw scores: extreme scores without flags suggest nothing', () => {
    const dimensions = Object.fromEntries(FLAGGABLE.map((d) => [d, groupOf(d) === 'job_demands' ? 100 : 0]));
    expect(suggestInterventions(input({ dimensions }))).toEqual([]);
  });

  it('proposes HR mediation for poor relationships, not for a mere lack of colleague support', () => {
    expect(keys(suggestInterventions(input({ flags: [flag('colleague_support')] })))).not.toContain('hr_mediation');
    expect(keys(suggestInterventions(input({ flags: [flag('poor_relationships')] })))).toContain('hr_mediation');
  });

  it('names the workload next to low assertiveness, so the reason says why it matters now', () => {
    const out = suggestInterventions(input({ flags: [flag('workload', 85), flag('assertiveness', 15)] }));
    expect(suggestionFor(out, 'assertiveness_practice')?.dimensions).toEqual(['assertiveness', 'workload']);
  });

  it('sends internal aggression to the confidential counsellor, owned by HR and not the manager', () => {
    const s = suggestionFor(suggestInterventions(input({ flags: [flag('aggression')] })), 'confidential_counsellor');
    expect(s?.intervention.owner).toBe('hr');
    expect(s?.intervention.description.nl).toMatch(/vertrouwenspersoon.*niet je leidinggevende/);
  });
});

describe('suggestInterventions: burnout first', () => {
  it('puts recovery first and adds no challenge, even when growth rules would fire', () => {
    const out = suggestInterventions(input({ flags: ALL_FLAGS, burnoutFlag: true, indices: { burnout: 78.4, engagement: 10 } }));
    expect(out[0]?.intervention.key).toBe('recovery_first');
    expect(out[0]?.reasons).toEqual([{ key: 'reason.burnoutScore', params: { score: 78 } }]);
    expect(out.filter((s) => s.intervention.category === 'challenging_demands')).toEqual([]);
    for (const key of GROWTH) expect(keys(out), key).not.toContain(key);
    // The rest of the plan still comes: burnout does not silence the employer's side.
    expect(keys(out)).toEqual(expect.arrayContaining(['reprioritise_with_manager', 'regular_checkins', 'structural_crafting']));
  });

  it('proposes the growth interventions once the burnout flag is gone', () => {
    const out = suggestInterventions(input({ flags: ALL_FLAGS, burnoutFlag: false, indices: { engagement: 10 } }));
    for (const key of GROWTH) expect(keys(out), key).toContain(key);
    expect(keys(out)).not.toContain('recovery_first');
  });

  it('names a burnout index below the signal’s threshold as such: 69.6 (a red band raised the flag) is no "70"', () => {
    const out = suggestInterventions(input({ burnoutFlag: true, indices: { burnout: 69.6 } }));
    expect(out[0]?.reasons).toEqual([{ key: 'reason.burnoutScore', params: { score: 69.6 } }]);
    expect(reasonText(out[0]!.reasons[0]!, 'en')).toBe('The burnout score is 69.6: recovery comes first, challenge later.');
  });

  it('gives the burnout reason without a score when no burnout index is scored (e.g. a banded custom instrument)', () => {
    const out = suggestInterventions(input({ burnoutFlag: true, dimensions: { exhaustion: 90, vigour: 10 } }));
    expect(keys(out)).toEqual(['recovery_first', 'gradual_rebuild', 'energy_diary']);
    expect(out[0]?.reasons).toEqual([{ key: 'reason.burnout', params: {} }]);
    expect(out[0]?.dimensions).toEqual(['exhaustion']);
  });
});

describe('suggestInterventions: the risk profile', () => {
  const dimensions = {
    workload: 90,
    time_pressure: 70,
    aggression: 20,
    bureaucracy: 85,
    role_problems: 60,
    autonomy: 40,
    manager_support: 15,
    development: 30,
    self_efficacy: 5,
  };

  it('proposes a tripartite meeting about the three heaviest demands and the weakest work resource', () => {
    const out = suggestInterventions(
      input({ profile: 'high_demands_low_resources', dimensions, indices: { demands: 64.6, work_resources: 28.2 } }),
    );
    const meeting = suggestionFor(out, 'tripartite_meeting');
    expect(meeting?.reasons).toEqual([
      // As the profile card writes them: one decimal.
      { key: 'reason.riskProfile', params: { demands: 64.6, resources: 28.2 } },
      { key: 'reason.topDemand', params: { dimension: 'workload', score: 90 } },
      { key: 'reason.topDemand', params: { dimension: 'bureaucracy', score: 85 } },
      { key: 'reason.topDemand', params: { dimension: 'time_pressure', score: 70 } },
      // The weakest resource the employer controls: a personal resource (self-efficacy, 5) is not it.
      { key: 'reason.weakestResource', params: { dimension: 'manager_support', score: 15 } },
    ]);
    expect(meeting?.dimensions).toEqual(['workload', 'bureaucracy', 'time_pressure', 'manager_support']);
    expect(meeting?.intervention.owner).toBe('together');
  });

  it('names every work resource tied at the lowest score, not one of them picked at random', () => {
    const tied = { workload: 90, manager_support: 25, feedback: 25, autonomy: 25, colleague_support: 60 };
    const out = suggestInterventions(
      input({ profile: 'high_demands_low_resources', dimensions: tied, indices: { demands: 70, work_resources: 30 } }),
    );
    const meeting = suggestionFor(out, 'tripartite_meeting');
    const weakest = meeting?.reasons.find((r) => r.key.startsWith('reason.weakest'));
    expect(weakest?.key).toBe('reason.weakestResources');
    expect(reasonText(weakest!, 'nl')).toMatch(/^Zwakste hulpbronnen in het werk om te bespreken, alle op 25: .+, .+ en .+\.$/);
    expect(reasonText(weakest!, 'en')).toContain('Support and coaching from the manager');
    expect(meeting?.dimensions).toEqual(expect.arrayContaining(['manager_support', 'feedback', 'autonomy']));
    expect(meeting?.dimensions).not.toContain('colleague_support');
  });

  it('names every demand tied with the third heaviest, in the order of the intake, not three picked by their stored order', () => {
    // Stored scores come back in the database's key order (shortest keys first): that order must not decide.
    const tied = {
      workload: 100,
      role_problems: 100,
      time_pressure: 100,
      complexity: 80,
      poor_relationships: 100,
      administrative_burden: 100,
      work_home_interference: 100,
      manager_support: 10,
    };
    const out = suggestInterventions(
      input({ profile: 'high_demands_low_resources', dimensions: tied, indices: { demands: 90, work_resources: 20 } }),
    );
    const named = suggestionFor(out, 'tripartite_meeting')
      ?.reasons.filter((r) => r.key === 'reason.topDemand')
      .map((r) => r.params.dimension);
    const intakeOrder = jdrIntakeV1.dimensions.map((d) => d.key).filter((k) => tied[k as keyof typeof tied] === 100);
    expect(named).toEqual(intakeOrder);
    expect(named).toHaveLength(6);
    // Three clear heaviest and the rest below them: those three.
    const distinct = { ...tied, time_pressure: 95, role_problems: 90, poor_relationships: 85, administrative_burden: 85 };
    const clear = suggestInterventions(
      input({
        profile: 'high_demands_low_resources',
        dimensions: { ...distinct, work_home_interference: 70 },
        indices: { demands: 90, work_resources: 20 },
      }),
    );
    expect(
      suggestionFor(clear, 'tripartite_meeting')
        ?.reasons.filter((r) => r.key === 'reason.topDemand')
        .map((r) => r.params.dimension),
    ).toEqual(['workload', 'time_pressure', 'role_problems']);
  });

  it('names no score on the other side of the rule it is read against: a top demand of 74.6 (not flagged) is no "75"', () => {
    const edge = { time_pressure: 74.6, workload: 75.3, complexity: 74.4, manager_support: 25.4, feedback: 60 };
    const out = suggestInterventions(
      input({
        profile: 'high_demands_low_resources',
        dimensions: edge,
        flags: [flag('workload', 75.3)],
        indices: { demands: 50.04, work_resources: 30 },
      }),
    );
    expect(suggestionFor(out, 'tripartite_meeting')?.reasons).toEqual([
      // 50.04 is above the split at 50 the text names: "50" (and "50,0") would read as on it (low).
      { key: 'reason.riskProfile', params: { demands: 50.1, resources: 30 } },
      { key: 'reason.topDemand', params: { dimension: 'workload', score: 75 } },
      { key: 'reason.topDemand', params: { dimension: 'time_pressure', score: 74.6 } },
      { key: 'reason.topDemand', params: { dimension: 'complexity', score: 74 } },
      { key: 'reason.weakestResource', params: { dimension: 'manager_support', score: 25.4 } },
    ]);
    expect(suggestionFor(out, 'reprioritise_with_manager')?.reasons).toEqual([
      { key: 'reason.highDemand', params: { dimension: 'workload', score: 75 } },
    ]);
    const reasons = suggestionFor(out, 'tripartite_meeting')?.reasons.map((r) => reasonText(r, 'en')) ?? [];
    expect(reasons).toContain('One of the heaviest job demands to discuss: Time pressure (74.6).');
    expect(reasons).toContain('Weakest work resource to discuss: Support and coaching from the manager (25.4).');
    // In Dutch with a decimal comma, as every other score on the coach's pages.
    const dutch = suggestionFor(out, 'tripartite_meeting')?.reasons.map((r) => reasonText(r, 'nl')) ?? [];
    expect(dutch.join(' ')).toContain('(74,6)');
    expect(dutch.join(' ')).not.toContain('74.6');
  });

  it.each(['low_demands_low_resources', 'low_demands_high_resources', 'high_demands_high_resources', null])(
    'is silent for profile %s',
    (profile) => {
      expect(keys(suggestInterventions(input({ profile, dimensions })))).not.toContain('tripartite_meeting');
    },
  );

  it('still proposes the meeting when the indices are missing', () => {
    const out = suggestInterventions(input({ profile: 'high_demands_low_resources' }));
    expect(suggestionFor(out, 'tripartite_meeting')?.reasons).toEqual([{ key: 'reason.riskProfileNoScores', params: {} }]);
  });
});

describe('suggestInterventions: goal orientation and engagement', () => {
  const goal = (performance: number, learning: number) =>
    keys(suggestInterventions(input({ dimensions: { performance_orientation: performance, learning_orientation: learning } })));

  it('proposes the seed-000 reframe and experiments when performance orientation is high and learning orientation low', () => {
    expect(goal(PERFORMANCE_HIGH_AT, LEARNING_LOW_AT)).toEqual([
      'learning_reframe',
      'work_experiments',
      'ask_for_feedback',
      'learning_goal',
    ]);
    expect(goal(PERFORMANCE_HIGH_AT - 1, LEARNING_LOW_AT)).toEqual([]);
    expect(goal(PERFORMANCE_HIGH_AT, LEARNING_LOW_AT + 1)).toEqual([]);
    expect(goal(100, 100)).toEqual([]);
  });

  it('proposes crafting when engagement is low, but not during burnout', () => {
    expect(keys(suggestInterventions(input({ indices: { engagement: ENGAGEMENT_LOW_AT } })))).toContain('job_crafting_plan');
    expect(keys(suggestInterventions(input({ indices: { engagement: ENGAGEMENT_LOW_AT + 1 } })))).toEqual([]);
    expect(keys(suggestInterventions(input({ indices: { engagement: 5 }, burnoutFlag: true })))).not.toContain('job_crafting_plan');
  });
});

describe('suggestInterventions: order', () => {
  it('puts the most urgent first: recovery, the risk profile, then at equal scores safety, workload and the rest', () => {
    const out = keys(
      suggestInterventions(
        input({
          burnoutFlag: true,
          profile: 'high_demands_low_resources',
          flags: [flag('administrative_burden'), flag('manager_support'), flag('workload'), flag('aggression')],
        }),
      ),
    );
    const at = (key: string) => out.indexOf(key);
    expect(at('recovery_first')).toBe(0);
    expect(at('recovery_first')).toBeLessThan(at('tripartite_meeting'));
    expect(at('tripartite_meeting')).toBeLessThan(at('safety_protocol'));
    expect(at('safety_protocol')).toBeLessThan(at('reprioritise_with_manager'));
    expect(at('reprioritise_with_manager')).toBeLessThan(at('regular_checkins'));
    expect(at('regular_checkins')).toBeLessThan(at('cut_registration_work'));
  });

  it('puts the suggestions for the heaviest flags first: role problems at 92 before aggression at 75', () => {
    // A coach's intake (review of 7 December): the three aggression measures came first, above the heaviest demands.
    const out = keys(
      suggestInterventions(
        input({
          profile: 'high_demands_low_resources',
          flags: [
            flag('aggression', 75),
            flag('workload', 83),
            flag('work_home_interference', 88),
            flag('role_problems', 92),
            flag('autonomy', 10),
          ],
        }),
      ),
    );
    // The talk with the employer and the risk profile's other steps first; then autonomy at 10 (weighing 90) between
    // role problems (92) and work-home interference (88); aggression (75) last.
    expect(out).toEqual([
      'tripartite_meeting',
      'energy_balance_map',
      'team_resource_scan',
      'clarify_role',
      'good_enough',
      'structural_crafting',
      'influence_on_content',
      'stop_times',
      'recovery_routines',
      'energy_diary',
      'out_of_hours_norms',
      'reprioritise_with_manager',
      'focus_time',
      'micro_breaks',
      'safety_protocol',
      'aftercare_after_incidents',
      'confidential_counsellor',
    ]);
  });

  it('keeps growth last, also when its flag is the most extreme', () => {
    const out = keys(suggestInterventions(input({ flags: [flag('development', 0), flag('workload', 76)] })));
    expect(out.indexOf('reprioritise_with_manager')).toBeLessThan(out.indexOf('training_course'));
  });

  it('merges an intervention two rules choose into one suggestion with both reasons', () => {
    const out = suggestInterventions(input({ burnoutFlag: true, flags: [flag('energy_management', 10)] }));
    const diary = out.filter((s) => s.intervention.key === 'energy_diary');
    expect(diary).toHaveLength(1);
    expect(diary[0]?.reasons.map((r) => r.key)).toEqual(['reason.burnout', 'reason.lowResource']);
    expect(keys(out).indexOf('energy_diary')).toBeLessThan(keys(out).indexOf('stop_times'));
  });
});

describe('suggestInterventions, for any measurement (properties)', () => {
  const libraryKeys = INTERVENTIONS.map((i) => i.key);
  const arbitraryInput: fc.Arbitrary<SuggestionInput> = fc.record({
    flags: fc
      .subarray(FLAGGABLE)
      .chain((dims) =>
        fc.tuple(
          ...dims.map((d) => fc.integer({ min: 0, max: 100 }).map((n) => flag(d, groupOf(d) === 'job_demands' ? 75 + n / 4 : n / 4))),
        ),
      ),
    dimensions: fc.dictionary(
      fc.constantFrom('performance_orientation', 'learning_orientation', ...FLAGGABLE),
      fc.double({ min: 0, max: 100, noNaN: true }),
    ),
    indices: fc.record(
      {
        burnout: fc.double({ min: 0, max: 100, noNaN: true }),
        engagement: fc.double({ min: 0, max: 100, noNaN: true }),
        demands: fc.double({ min: 0, max: 100, noNaN: true }),
        work_resources: fc.double({ min: 0, max: 100, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    burnoutFlag: fc.boolean(),
    profile: fc.constantFrom(null, 'high_demands_low_resources', 'high_demands_high_resources', 'low_demands_low_resources'),
  });
  const dismissedSet = fc.subarray(libraryKeys).map((k) => new Set(k));

  it('never returns a dismissed intervention, and otherwise leaves the list as it was', () => {
    fc.assert(
      fc.property(arbitraryInput, dismissedSet, (i, dismissed) => {
        const all = suggestInterventions(i);
        const kept = suggestInterventions(i, dismissed);
        expect(keys(kept).filter((k) => dismissed.has(k))).toEqual([]);
        expect(kept).toEqual(all.filter((s) => !dismissed.has(s.intervention.key)));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and proposes each intervention once', () => {
    fc.assert(
      fc.property(arbitraryInput, (i) => {
        const out = suggestInterventions(i);
        expect(suggestInterventions(i)).toEqual(out);
        expect(new Set(keys(out)).size).toBe(out.length);
      }),
      { numRuns: 300 },
    );
  });

  it('with a burnout flag: recovery first and no challenging demands', () => {
    fc.assert(
      fc.property(arbitraryInput, (i) => {
        const out = suggestInterventions({ ...i, burnoutFlag: true });
        expect(out[0]?.intervention.key).toBe('recovery_first');
        expect(out.some((s) => s.intervention.category === 'challenging_demands')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('says why: every suggestion has a reason with a text in both languages, every placeholder filled', () => {
    fc.assert(
      fc.property(arbitraryInput, (i) => {
        for (const s of suggestInterventions(i)) {
          expect(s.reasons.length).toBeGreaterThan(0);
          for (const r of s.reasons) {
            for (const locale of ['nl', 'en'] as const) {
              expect(planMessages[locale][r.key], r.key).toBeDefined();
              expect(reasonText(r, locale)).not.toMatch(/[{}]/);
            }
            if (typeof r.params.dimension === 'string') expect(s.dimensions).toContain(r.params.dimension);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an extra flag never takes a suggestion away', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.constantFrom(...FLAGGABLE), (i, extra) => {
        const before = keys(suggestInterventions(i));
        const after = keys(suggestInterventions({ ...i, flags: [...i.flags.filter((f) => f.dimension !== extra), flag(extra)] }));
        expect(after).toEqual(expect.arrayContaining(before));
      }),
      { numRuns: 200 },
    );
  });
});
