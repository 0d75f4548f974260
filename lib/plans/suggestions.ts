/**
 * Suggestions for the action plan from the latest completed intake (action-plan issue): rules on the
 * dimension flags, the indices, the burnout signal and the profile choose interventions from the
 * library. Pure and deterministic: the most urgent first (recovery, the talk with the employer, then the flagged
 * dimensions from the most to the least extreme score), each intervention once (with the reasons of every rule that
 * chose it), nothing the coach dismissed.
 */
import { jdrIntakeV1 } from '../instruments/jdr-intake';
import type { Group } from '../instruments/types';
import { type DimensionFlag, RESOURCE_FLAG_AT } from '../scoring/flags';
import { SCALE_MIDPOINT } from '../scoring/profile';
import { shownDimensionValue } from '../scoring/shown-dimension-value';
import { shownIndexValue } from '../scoring/shown-index-value';
import { shownProfileValue } from '../scoring/shown-value';
import { interventionByKey } from './library';
import type { Intervention, Suggestion, SuggestionInput } from './types';

type Reason = Suggestion['reasons'][number];

/**
 * Learning orientation feeds the personal-resources index, so a low score is flagged like any resource
 * (the `learning` rule). Performance orientation feeds no index and is never flagged, and seed 000 treats
 * the two orientations as independent; the combined rule reads the raw scores: the reframe fits when the
 * performance side clearly dominates, performance at least this high ...
 */
export const PERFORMANCE_HIGH_AT = 60;
/** ... and learning at most this low (0–100). */
export const LEARNING_LOW_AT = 40;
/** Engagement index at or below this counts as low: the same extreme as a low resource flag. */
export const ENGAGEMENT_LOW_AT = RESOURCE_FLAG_AT;
/** How many of the heaviest demands the tripartite meeting names. */
export const TOP_DEMANDS = 3;

const RISK_PROFILE = 'high_demands_low_resources';

interface Hit {
  reasons: Reason[];
  dimensions: string[];
  /** How extreme the flags behind it are (a demand's score, or 100 minus a resource's): the heaviest first. */
  weight?: number;
}

interface Rule {
  name: string;
  /**
   * Before every flag rule, whatever their scores: recovery while burnout is flagged (the domain's first step), then
   * the talk with the employer about the heaviest demands when the profile is the risk profile.
   */
  first?: true;
  /** Library keys, in the order they are proposed. */
  interventions: readonly string[];
  /** Growth rules (development, challenge, crafting) stay silent while burnout is flagged: recovery first. */
  growth?: boolean;
  fire(ctx: Context): Hit | null;
}

type FlagRef = { kind: DimensionFlag['kind']; dimension: string };
const high = (dimension: string): FlagRef => ({ kind: 'high_demand', dimension });
const low = (dimension: string): FlagRef => ({ kind: 'low_resource', dimension });

/**
 * The scores a reason names, as the results page writes them: a dimension score with shownDimensionValue (a top demand
 * of 74.6, not flagged, is no "75"), an index with shownIndexValue (a burnout index of 69.6 is no "70"), and the two
 * indices of the profile as the profile card does (shownProfileValue against the midpoint split the suggestions use:
 * 50.04 is "50,1", no "50" beside "split at the scale midpoint (50)").
 */
const dimensionValue = shownDimensionValue;

class Context {
  constructor(readonly input: SuggestionInput) {}

  flag(ref: FlagRef): DimensionFlag | undefined {
    return this.input.flags.find((f) => f.kind === ref.kind && f.dimension === ref.dimension);
  }

  flags(refs: readonly FlagRef[]): DimensionFlag[] {
    return refs.map((r) => this.flag(r)).filter((f): f is DimensionFlag => f !== undefined);
  }

  /** The group of a dimension: from its flag when flagged, else from the built-in intake. */
  groupOf(key: string): Group | undefined {
    return this.input.flags.find((f) => f.dimension === key)?.group ?? jdrIntakeV1.dimensions.find((d) => d.key === key)?.group;
  }

  /** Scored dimensions of a group with their score, in the order they were given. */
  scored(group: Group): Array<{ dimension: string; score: number }> {
    const out = new Map<string, number>();
    for (const [dimension, score] of Object.entries(this.input.dimensions)) {
      if (Number.isFinite(score) && this.groupOf(dimension) === group) out.set(dimension, score);
    }
    for (const f of this.input.flags) if (f.group === group && !out.has(f.dimension)) out.set(f.dimension, f.score);
    return [...out].map(([dimension, score]) => ({ dimension, score }));
  }

  score(key: string): number | undefined {
    const score = this.input.dimensions[key];
    return score !== undefined && Number.isFinite(score) ? score : undefined;
  }
}

/** How far a flag lies towards its extreme: 75–100 for a flagged demand as for a flagged resource (0–25). */
const flagWeight = (flag: DimensionFlag) => (flag.kind === 'high_demand' ? flag.score : 100 - flag.score);

const weightOf = (flags: readonly DimensionFlag[]) => Math.max(...flags.map(flagWeight));

function flagReason(flag: DimensionFlag): Reason {
  return {
    key: flag.kind === 'high_demand' ? 'reason.highDemand' : 'reason.lowResource',
    params: { dimension: flag.dimension, score: dimensionValue(flag.score) },
  };
}

/** A rule that fires when any of `refs` is flagged, naming every flag that is. */
function flagRule(name: string, refs: readonly FlagRef[], interventions: readonly string[], growth = false): Rule {
  return {
    name,
    interventions,
    growth,
    fire(ctx) {
      const found = ctx.flags(refs);
      if (found.length === 0) return null;
      return { reasons: found.map(flagReason), dimensions: found.map((f) => f.dimension), weight: weightOf(found) };
    },
  };
}

const WORKLOAD = [high('workload'), high('time_pressure')];

/** A dimension's place in the intake: ties are listed in the order the coach and client went through them. */
const intakeOrder = (key: string) => {
  const at = jdrIntakeV1.dimensions.findIndex((d) => d.key === key);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
};

/**
 * The heaviest demands for the tripartite meeting: the top TOP_DEMANDS, and every further one tied with the last of
 * them (six demands at 100 are all the heaviest: naming three would pick arbitrarily, as the weakest resources say too).
 */
function heaviest(demands: Array<{ dimension: string; score: number }>) {
  const sorted = [...demands].sort((a, b) => b.score - a.score || intakeOrder(a.dimension) - intakeOrder(b.dimension));
  const cut = sorted[TOP_DEMANDS - 1]?.score;
  return sorted.filter((d, i) => i < TOP_DEMANDS || d.score === cut);
}

/**
 * The order for equal weights: recovery, the employer talk, safety (aggression) before workload, and so on; growth
 * last. Flag rules with a heavier flag come before lighter ones (suggestInterventions).
 */
const RULES: readonly Rule[] = [
  {
    name: 'burnout',
    first: true,
    interventions: ['recovery_first', 'gradual_rebuild', 'energy_diary'],
    fire(ctx) {
      if (!ctx.input.burnoutFlag) return null;
      const score = ctx.input.indices.burnout;
      const reason: Reason =
        score !== undefined && Number.isFinite(score)
          ? { key: 'reason.burnoutScore', params: { score: shownIndexValue('burnout', score) } }
          : { key: 'reason.burnout', params: {} };
      const dimensions = ctx.scored('burnout').map((d) => d.dimension);
      return { reasons: [reason], dimensions };
    },
  },
  {
    // Seed 004: the employer controls demands and work resources, so the talk names both.
    name: 'risk_profile',
    first: true,
    interventions: ['tripartite_meeting', 'energy_balance_map', 'team_resource_scan'],
    fire(ctx) {
      if (ctx.input.profile !== RISK_PROFILE) return null;
      const { demands, work_resources: resources } = ctx.input.indices;
      const reasons: Reason[] = [
        demands !== undefined && resources !== undefined && Number.isFinite(demands) && Number.isFinite(resources)
          ? {
              key: 'reason.riskProfile',
              params: { demands: shownProfileValue(demands, SCALE_MIDPOINT), resources: shownProfileValue(resources, SCALE_MIDPOINT) },
            }
          : { key: 'reason.riskProfileNoScores', params: {} },
      ];
      const top = heaviest(ctx.scored('job_demands'));
      const byScore = [...ctx.scored('work_resources')].sort((a, b) => a.score - b.score);
      // Resources tied at the lowest score are all the weakest: naming one of them would be an arbitrary pick.
      const weakest = byScore.filter((r) => r.score === byScore[0]?.score);
      for (const d of top) reasons.push({ key: 'reason.topDemand', params: { dimension: d.dimension, score: dimensionValue(d.score) } });
      if (weakest.length === 1) {
        reasons.push({
          key: 'reason.weakestResource',
          params: { dimension: weakest[0]!.dimension, score: dimensionValue(weakest[0]!.score) },
        });
      } else if (weakest.length > 1) {
        reasons.push({
          key: 'reason.weakestResources',
          params: { dimensions: weakest.map((r) => r.dimension).join(','), score: dimensionValue(weakest[0]!.score) },
        });
      }
      const dimensions = [...top.map((d) => d.dimension), ...weakest.map((r) => r.dimension)];
      return { reasons, dimensions };
    },
  },
  // Safety before workload at equal scores: aggression from clients or inside the organisation.
  flagRule('aggression', [high('aggression')], ['safety_protocol', 'aftercare_after_incidents', 'confidential_counsellor']),
  flagRule('workload', WORKLOAD, ['reprioritise_with_manager', 'focus_time', 'micro_breaks']),
  {
    // Seed 004: saying when you are full is the personal side of a workload that does not fit.
    name: 'assertiveness',
    interventions: ['assertiveness_practice'],
    fire(ctx) {
      const flag = ctx.flag(low('assertiveness'));
      if (!flag) return null;
      const found = [flag, ...ctx.flags(WORKLOAD)];
      return { reasons: found.map(flagReason), dimensions: found.map((f) => f.dimension), weight: flagWeight(flag) };
    },
  },
  flagRule('time_management', [low('time_management')], ['weekly_planning']),
  flagRule('energy', [low('energy_management'), high('work_home_interference')], ['stop_times', 'recovery_routines', 'energy_diary']),
  // The team's out-of-hours norms are the employer's lever on a demand (seed 004): only for work that reaches into home
  // life, not for the client's own energy management alone.
  flagRule('out_of_hours', [high('work_home_interference')], ['out_of_hours_norms']),
  flagRule('role', [high('role_problems'), low('clear_goals')], ['clarify_role', 'good_enough']),
  flagRule('manager', [low('manager_support'), low('feedback')], ['regular_checkins', 'constructive_feedback']),
  flagRule('colleagues', [low('colleague_support'), high('poor_relationships')], ['peer_consultation', 'work_buddy']),
  // Mediation answers conflict, not a mere lack of support.
  flagRule('relationships', [high('poor_relationships')], ['hr_mediation']),
  flagRule('emotional', [high('emotional_demands'), high('problem_severity')], ['case_debrief', 'caseload_balance']),
  flagRule('complexity', [high('complexity')], ['coaching_on_the_job']),
  flagRule('autonomy', [low('autonomy'), low('influence')], ['structural_crafting', 'influence_on_content']),
  flagRule('participation', [low('participation')], ['participation_in_decisions']),
  flagRule('administration', [high('administrative_burden'), high('bureaucracy')], ['cut_registration_work']),
  flagRule('bureaucracy', [high('bureaucracy')], ['simplify_procedures']),
  flagRule('confidence', [low('self_efficacy'), low('resilience')], ['success_log']),
  // Seed 000: a learning orientation protects against stress in times of change; reframe, ask for feedback,
  // peer consultation (intervisie) and experimenting build it up.
  flagRule('learning', [low('learning_orientation')], ['learning_reframe', 'ask_for_feedback', 'peer_consultation', 'work_experiments']),
  {
    name: 'goal_orientation',
    interventions: ['learning_reframe', 'work_experiments', 'ask_for_feedback', 'learning_goal'],
    fire(ctx) {
      const performance = ctx.score('performance_orientation');
      const learning = ctx.score('learning_orientation');
      if (performance === undefined || learning === undefined) return null;
      if (performance < PERFORMANCE_HIGH_AT || learning > LEARNING_LOW_AT) return null;
      return {
        reasons: [
          { key: 'reason.goalOrientation', params: { performance: dimensionValue(performance), learning: dimensionValue(learning) } },
        ],
        dimensions: ['performance_orientation', 'learning_orientation'],
      };
    },
  },
  flagRule(
    'development',
    [low('development'), low('career_perspective'), low('task_variety')],
    ['training_course', 'new_task_or_project'],
    true,
  ),
  flagRule('career', [low('career_perspective')], ['career_conversation'], true),
  flagRule('variety', [low('task_variety'), high('monotony')], ['task_variety'], true),
  flagRule('monotony', [high('monotony')], ['new_task_or_project'], true),
  flagRule('proactivity', [low('proactivity')], ['job_crafting_plan'], true),
  {
    name: 'engagement',
    interventions: ['job_crafting_plan', 'innovation_time', 'mentor_role'],
    growth: true,
    fire(ctx) {
      const score = ctx.input.indices.engagement;
      if (score === undefined || !Number.isFinite(score) || score > ENGAGEMENT_LOW_AT) return null;
      return {
        reasons: [{ key: 'reason.lowEngagement', params: { score: shownIndexValue('engagement', score) } }],
        dimensions: ctx.scored('engagement').map((d) => d.dimension),
      };
    },
  },
];

/** The rules in order of urgency, with the interventions each proposes (for tests and documentation). */
export const SUGGESTION_RULES: ReadonlyArray<{ name: string; interventions: readonly string[]; growth: boolean }> = RULES.map((r) => ({
  name: r.name,
  interventions: r.interventions,
  growth: r.growth === true,
}));

const reasonId = (r: Reason) => `${r.key}|${JSON.stringify(Object.entries(r.params).sort(([a], [b]) => a.localeCompare(b)))}`;

export function suggestInterventions(input: SuggestionInput, dismissed: ReadonlySet<string> = new Set()): Suggestion[] {
  const ctx = new Context(input);
  const chosen = new Map<string, { intervention: Intervention; reasons: Map<string, Reason>; dimensions: Set<string> }>();

  const hits = RULES.flatMap((rule, order) => {
    if (rule.growth && input.burnoutFlag) return [];
    const hit = rule.fire(ctx);
    return hit ? [{ rule, hit, order }] : [];
  });
  // Recovery and the employer talk first; then, apart from growth (last, in the same way), the heaviest flags first: a
  // role problem at 92 before aggression at 75. A rule without flags keeps its place after the flag rules of its part.
  const tier = ({ rule }: (typeof hits)[number]) => (rule.first ? 0 : rule.growth ? 2 : 1);
  hits.sort((a, b) => tier(a) - tier(b) || (b.hit.weight ?? -1) - (a.hit.weight ?? -1) || a.order - b.order);

  for (const { rule, hit } of hits) {
    for (const key of rule.interventions) {
      const intervention = interventionByKey(key);
      if (!intervention || dismissed.has(key)) continue;
      // Recovery first: no extra challenge while burnout is flagged, whichever rule asks for it.
      if (input.burnoutFlag && intervention.category === 'challenging_demands') continue;
      let entry = chosen.get(key);
      if (!entry) {
        entry = { intervention, reasons: new Map(), dimensions: new Set() };
        chosen.set(key, entry);
      }
      for (const reason of hit.reasons) if (!entry.reasons.has(reasonId(reason))) entry.reasons.set(reasonId(reason), reason);
      for (const d of hit.dimensions) entry.dimensions.add(d);
    }
  }

  return [...chosen.values()].map((e) => ({
    intervention: e.intervention,
    reasons: [...e.reasons.values()],
    dimensions: [...e.dimensions],
  }));
}
