import { addDays, daysBetween, type IsoDate, isIsoDate } from './dates';
import type { TimelineKind } from './timeline-kinds';

/**
 * Wet verbetering poortwachter, counted in sick days from the first day of sick leave (day 1, the start
 * of week 1). "In week N at the latest" means by the last day of week N: sick day 7 × N. So the company
 * doctor's problem analysis is due on day 42, the plan van aanpak on day 56, reviews of that plan at
 * least every 6 weeks after it, the report to UWV in week 42, the first-year evaluation around week 52,
 * the WIA application in weeks 91–93 and the end of wage continuation after week 104.
 * Spells less than four weeks apart count as one (art. 7:629 lid 10 BW): their sick days are added up.
 */
export const PROBLEM_ANALYSIS_WEEK = 6;
export const PLAN_VAN_AANPAK_WEEK = 8;
export const REVIEW_INTERVAL_WEEKS = 6;
export const UWV_REPORT_WEEK = 42;
export const FIRST_YEAR_EVALUATION_WEEK = 52;
export const WIA_APPLICATION_OPENS_WEEK = 91;
export const WIA_APPLICATION_WEEK = 93;
export const WAITING_PERIOD_WEEKS = 104;
/** An interruption shorter than this joins two spells into one. */
export const MERGE_GAP_DAYS = 28;
export const SOON_DAYS = 14;

export type MilestoneKind =
  | 'problem_analysis'
  | 'plan_van_aanpak'
  | 'review'
  | 'uwv_report'
  | 'first_year_evaluation'
  | 'wia_application'
  | 'wage_continuation_ends';
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'problem_analysis',
  'plan_van_aanpak',
  'review',
  'uwv_report',
  'first_year_evaluation',
  'wia_application',
  'wage_continuation_ends',
];
export type MilestoneState = 'passed' | 'soon' | 'upcoming';
export const MILESTONE_STATES: readonly MilestoneState[] = ['passed', 'soon', 'upcoming'];

export type Milestone = {
  kind: MilestoneKind;
  /** The last day it is due (the last day of `week`). */
  due: IsoDate;
  week: number;
  /** For a window (the WIA application): its first day and first week. */
  opens?: IsoDate;
  opensWeek?: number;
  review?: number;
  state: MilestoneState;
  /** The day the coach recorded the step as taken (stepsDone); absent while it is open. */
  done?: IsoDate;
};

/** One spell of sick leave. `until` is the recovery date: the first day fit again; absent while still sick. */
export type SickSpell = { from: IsoDate; until?: IsoDate | null };

export type PoortwachterTimeline = {
  /** The first sick day of the (merged) period. */
  since: IsoDate;
  /** The sick-leave week `today` falls in (sick days only), at least 1. */
  week: number;
  /** Set when the latest spell has ended: nothing after it is due any more. */
  recoveredOn: IsoDate | null;
  /** Set on a timeline frozen at the trajectory's closing (frozenAtClosing): nothing is tracked any more. */
  closedOn?: IsoDate;
  milestones: Milestone[];
};

const spellDays = (spell: SickSpell, today: IsoDate) => Math.max(0, daysBetween(spell.from, spell.until ?? addDays(today, 1)));

/**
 * The spells that make up the current period: the latest spell and every earlier one that follows its
 * predecessor with an interruption of less than four weeks. Spells are sorted; an `until` on or before
 * its `from` (a typing error) is ignored as a spell. A spell that starts before its predecessor ended (a
 * relapse dated before the recorded recovery, or while the earlier spell is still open) means the client
 * never recovered: the two are one continuous stretch of sick leave, the earlier spell cut at the later
 * one's first sick day and the later one lasting as long as either.
 */
export function currentPeriod(spells: readonly SickSpell[]): SickSpell[] {
  const sorted = spells
    .filter((s) => s.until == null || daysBetween(s.from, s.until) > 0)
    .slice()
    .sort((a, b) => daysBetween(b.from, a.from));
  let period: SickSpell[] = [];
  for (const spell of sorted) {
    const previous = period[period.length - 1];
    if (!previous) {
      period = [spell];
      continue;
    }
    const gap = previous.until == null ? null : daysBetween(previous.until, spell.from);
    if (gap === null || gap < 0) {
      period = [...period.slice(0, -1), ...overlapping(previous, spell)];
      continue;
    }
    // Joined after a recovery and a gap of 0–27 days; four weeks or more: a new period.
    period = gap < MERGE_GAP_DAYS ? [...period, spell] : [spell];
  }
  return period;
}

/** `later` starts on or after `earlier`'s first day but before its recovery: continuous sick leave, as two adjoining spells. */
function overlapping(earlier: SickSpell, later: SickSpell): SickSpell[] {
  const cut: SickSpell = { from: earlier.from, until: later.from };
  // The later spell ends with the later of the two recoveries; an open spell has none.
  const endsFirst = later.until != null && (earlier.until == null || daysBetween(later.until, earlier.until) > 0);
  const rest: SickSpell = endsFirst ? { from: later.from, until: earlier.until ?? null } : later;
  return daysBetween(cut.from, later.from) > 0 ? [cut, rest] : [rest];
}

/**
 * The calendar date of sick day `day` (1-based) of a period, counting only days on sick leave; days
 * beyond the spells that have ended fall in the last spell, as if it continues.
 */
export function dateOfSickDay(period: readonly SickSpell[], day: number): IsoDate {
  let remaining = day;
  for (const [i, spell] of period.entries()) {
    const isLast = i === period.length - 1;
    const length = spell.until ? daysBetween(spell.from, spell.until) : Infinity;
    if (isLast || remaining <= length) return addDays(spell.from, remaining - 1);
    remaining -= length;
  }
  throw new RangeError('empty period');
}

function stateOf(due: IsoDate, today: IsoDate, opens?: IsoDate): MilestoneState {
  const days = daysBetween(today, due);
  if (days < 0) return 'passed';
  if (opens && daysBetween(today, opens) <= SOON_DAYS) return 'soon';
  return days <= SOON_DAYS ? 'soon' : 'upcoming';
}

/**
 * The timeline of the current period on `today`: the fixed milestones, the last review that has passed
 * and the next one (within the 104 weeks). When the latest spell has a recovery date, milestones due
 * from that date on are dropped: recovery ends the timeline.
 */
export function poortwachterTimeline(
  spells: readonly SickSpell[],
  today: IsoDate,
  steps: readonly SickLeaveEvent[] = [],
): PoortwachterTimeline | null {
  const period = currentPeriod(spells);
  if (period.length === 0) return null;
  const since = period[0]!.from;
  // The steps the coach recorded as taken in this period (`steps`: the client's timeline lines; see stepsDone).
  const done = stepsDone(steps, since);
  const last = period[period.length - 1]!;
  const recoveredOn = last.until ?? null;
  const endOfWeek = (week: number) => dateOfSickDay(period, week * 7);
  const make = (kind: MilestoneKind, week: number, extra: Partial<Milestone> = {}): Milestone => {
    const due = endOfWeek(week);
    return { kind, due, week, ...extra, state: stateOf(due, today, extra.opens) };
  };

  const fixed = [
    make('problem_analysis', PROBLEM_ANALYSIS_WEEK),
    make('plan_van_aanpak', PLAN_VAN_AANPAK_WEEK),
    make('uwv_report', UWV_REPORT_WEEK),
    make('first_year_evaluation', FIRST_YEAR_EVALUATION_WEEK),
    make('wia_application', WIA_APPLICATION_WEEK, {
      opens: dateOfSickDay(period, (WIA_APPLICATION_OPENS_WEEK - 1) * 7 + 1),
      opensWeek: WIA_APPLICATION_OPENS_WEEK,
    }),
    make('wage_continuation_ends', WAITING_PERIOD_WEEKS),
  ];
  const reviews: Milestone[] = [];
  let lastPassed: Milestone | null = null;
  for (let n = 1; PLAN_VAN_AANPAK_WEEK + n * REVIEW_INTERVAL_WEEKS <= WAITING_PERIOD_WEEKS; n++) {
    const review = make('review', PLAN_VAN_AANPAK_WEEK + n * REVIEW_INTERVAL_WEEKS, { review: n });
    if (review.state === 'passed') {
      // An earlier review recorded as done stays listed with its record; of the others only the last passed one is.
      if (lastPassed && done.has(stepKey(lastPassed))) reviews.push(lastPassed);
      lastPassed = review;
      continue;
    }
    reviews.push(review);
    break;
  }
  if (lastPassed) reviews.push(lastPassed);

  const milestones = [...fixed, ...reviews]
    .filter((m) => recoveredOn === null || daysBetween(m.due, recoveredOn) > 0)
    .sort((a, b) => daysBetween(b.due, a.due) || a.week - b.week)
    .map((m) => {
      const on = isMarkable(m) ? done.get(stepKey(m)) : undefined;
      return on ? { ...m, done: on } : m;
    });
  const sickDays = period.reduce((sum, spell) => sum + spellDays(spell, today), 0);
  const week = Math.max(1, Math.ceil(sickDays / 7));
  return { since, week, recoveredOn, milestones };
}

/** The single-spell timeline for a client record that holds only the current first sick day. */
export function poortwachterMilestones(since: IsoDate, today: IsoDate): PoortwachterTimeline {
  return poortwachterTimeline([{ from: since }], today)!;
}

/**
 * Milestones still open (not recorded as done): overdue (passed without being recorded as taken: the coach has to find out
 * whether it happened, as a missed step can cost the employer a wage sanction and delay the WIA application), and those
 * due within the next `days` days (or a window that opens within them). None once recovered or closed.
 */
export function dueSoon(timeline: PoortwachterTimeline | null, today: IsoDate, days = SOON_DAYS): Milestone[] {
  if (!timeline || timeline.recoveredOn || timeline.closedOn) return [];
  return timeline.milestones.filter((m) => {
    if (m.done) return false;
    const until = daysBetween(today, m.due);
    if (until < 0) return isOverdue(m);
    return until <= days || (m.opens !== undefined && daysBetween(today, m.opens) <= days);
  });
}

/**
 * A step whose date has passed without being recorded as taken (the end of wage continuation is a date, not a step).
 * Only in a timeline that still runs: not after a recovery, not frozen at a closing.
 */
export function isOverdue(m: Milestone): boolean {
  return m.state === 'passed' && !m.done && isMarkable(m);
}

/**
 * A closed trajectory's timeline, frozen on its closing day: `timeline` is the one of that day (today = `closedOn`), and
 * only the steps due before it stay, all passed, and those recorded as taken. Nothing after the closing is tracked any more (the dashboard leaves
 * closed clients out too), so no step is "soon".
 */
export function frozenAtClosing(timeline: PoortwachterTimeline, closedOn: IsoDate): PoortwachterTimeline {
  // A step recorded as taken before its date (a plan van aanpak made early) stays: it is part of the record.
  return { ...timeline, closedOn, milestones: timeline.milestones.filter((m) => daysBetween(m.due, closedOn) > 0 || m.done) };
}

/**
 * The timeline of a trajectory closed on `closedOn`: the spells as they stood that day (one begun later left out, a
 * recovery after it not yet happened), counted to that day, with only the steps due before it. Null when the sick leave
 * on record began after the closing (entered later): there was nothing to track while the trajectory ran.
 */
export function timelineAtClosing(
  spells: readonly SickSpell[],
  closedOn: IsoDate,
  steps: readonly SickLeaveEvent[] = [],
): PoortwachterTimeline | null {
  const asOf = spells
    .filter((s) => daysBetween(s.from, closedOn) >= 0)
    .map((s): SickSpell => (s.until != null && daysBetween(closedOn, s.until) > 0 ? { from: s.from } : s));
  const timeline = poortwachterTimeline(asOf, closedOn, steps);
  return timeline && frozenAtClosing(timeline, closedOn);
}

/**
 * Whether a new first sick day (a client back at work falls ill again) lies before the latest recorded spell began: a
 * typing error (a year off, say). One between that spell's start and its recovery is allowed: it means the client never
 * really recovered, and the two become one stretch (currentPeriod).
 */
export function startsBeforeLatestSpell(spells: readonly SickSpell[], since: IsoDate): boolean {
  return spells.some((s) => daysBetween(since, s.from) > 0);
}

/** Week 1 is the first sick day and the six days after it. */
export function sickLeaveWeek(since: IsoDate, today: IsoDate): number {
  return Math.max(1, Math.floor(daysBetween(since, today) / 7) + 1);
}

export type SickLeaveEvent = { kind: string; data: Record<string, unknown>; occurredAt: Date };

/** The timeline kinds the spells are built from. */
export const SICK_LEAVE_EVENT_KINDS = [
  'client.sick_leave_started',
  'client.sick_leave_since_corrected',
  'client.sick_leave_ended',
] as const satisfies readonly TimelineKind[];

/** A step the coach records as taken, or takes back: the timeline line is the record (stepsDone reads them). */
export const STEP_EVENT_KINDS = [
  'client.poortwachter_step_done',
  'client.poortwachter_step_reopened',
] as const satisfies readonly TimelineKind[];

/** What the queries that build a client's poortwachter timeline select: the spells and the steps recorded as done. */
export const POORTWACHTER_EVENT_KINDS = [...SICK_LEAVE_EVENT_KINDS, ...STEP_EVENT_KINDS] as const;

/**
 * The steps the coach can record as taken: each is a deed of the employer, the company doctor or the employee. The end
 * of wage continuation is not a deed but a date.
 */
export type MarkableKind = Exclude<MilestoneKind, 'wage_continuation_ends'>;
export const MARKABLE_KINDS = MILESTONE_KINDS.filter((k): k is MarkableKind => k !== 'wage_continuation_ends');
export const isMarkable = (m: Milestone): m is Milestone & { kind: MarkableKind } => m.kind !== 'wage_continuation_ends';

/** One step of one sick-leave period: its kind (and which review), within the period that began on `since`. */
export type StepRef = { since: IsoDate; kind: MarkableKind; review: number | null };

/** A step's key within its period: "review-2" for the second review, the kind for the others. */
export const stepKey = (step: { kind: MilestoneKind; review?: number | null }) =>
  step.kind === 'review' ? `review-${step.review ?? 0}` : step.kind;

const byTime = (events: readonly SickLeaveEvent[]) => [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

/**
 * The first sick days this period has had: `since`, and those it was corrected from (a typing error put right is the
 * same period, and keeps the steps recorded in it), followed back through every correction.
 */
export function periodStarts(events: readonly SickLeaveEvent[], since: IsoDate): Set<IsoDate> {
  const starts = new Set([since]);
  for (const event of byTime(events).reverse()) {
    const { previous, since: to } = event.data;
    if (event.kind === 'client.sick_leave_since_corrected' && typeof to === 'string' && starts.has(to) && typeof previous === 'string')
      starts.add(previous);
  }
  return starts;
}

/**
 * The steps recorded as done in the period that began on `since` (or on a first sick day corrected to it), with the day
 * each was recorded: the latest line per step counts (done, then taken back, is open). A line of another period (a new
 * sick leave after a recovery) does not carry over.
 */
export function stepsDone(events: readonly SickLeaveEvent[], since: IsoDate): Map<string, IsoDate> {
  const starts = periodStarts(events, since);
  const done = new Map<string, IsoDate>();
  for (const event of byTime(events)) {
    const from = event.data.since;
    if (!(STEP_EVENT_KINDS as readonly string[]).includes(event.kind) || typeof from !== 'string' || !starts.has(from)) continue;
    const kind = event.data.step;
    if (typeof kind !== 'string' || !(MILESTONE_KINDS as readonly string[]).includes(kind)) continue;
    const review = typeof event.data.review === 'number' ? event.data.review : null;
    const key = stepKey({ kind: kind as MilestoneKind, review });
    const on = event.data.on;
    if (event.kind === 'client.poortwachter_step_done' && typeof on === 'string' && isIsoDate(on)) done.set(key, on);
    else done.delete(key);
  }
  return done;
}

/**
 * The step `ref` in this timeline, if it is one the coach can mark: of this period (also as the page knew it before a
 * correction of the first sick day) and still listed; else null.
 */
export function findStep(
  timeline: PoortwachterTimeline | null,
  ref: StepRef,
  events: readonly SickLeaveEvent[],
): (Milestone & { kind: MarkableKind }) | null {
  if (!timeline || !periodStarts(events, timeline.since).has(ref.since)) return null;
  const key = stepKey(ref);
  return timeline.milestones.filter(isMarkable).find((m) => stepKey(m) === key) ?? null;
}

/**
 * Why a step cannot be recorded as taken on `on`: a day still to come, or one before the period's first sick day (a step
 * of this period happens in it); null when it can.
 */
export function doneOnProblem(on: IsoDate, since: IsoDate, today: IsoDate): string | null {
  if (daysBetween(today, on) > 0) return 'clients.validation.poortwachterDoneInFuture';
  if (daysBetween(since, on) < 0) return 'clients.validation.poortwachterDoneBeforeSick';
  return null;
}

/**
 * The steps that build on each other: the plan of action on the problem analysis, each review on the plan and the review
 * before it. Its place in that chain, or null for a step outside it (the UWV report, the first-year evaluation, the WIA
 * application follow the calendar, not another step).
 */
function chainRank(step: { kind: MilestoneKind; review?: number | null }): number | null {
  if (step.kind === 'problem_analysis') return 0;
  if (step.kind === 'plan_van_aanpak') return 1;
  if (step.kind === 'review') return 1 + (step.review ?? 0);
  return null;
}

/**
 * Why `step` cannot have been taken on `on`, given the steps already recorded in its period: a step of the chain taken
 * before one it builds on, or after one that builds on it (the same day is fine); null when the order holds.
 */
export function doneOrderProblem(
  step: { kind: MilestoneKind; review?: number | null },
  on: IsoDate,
  milestones: readonly Milestone[],
): string | null {
  const rank = chainRank(step);
  if (rank === null) return null;
  for (const other of milestones) {
    const otherRank = chainRank(other);
    if (!other.done || otherRank === null || otherRank === rank) continue;
    if (otherRank < rank ? daysBetween(other.done, on) < 0 : daysBetween(on, other.done) < 0)
      return 'clients.validation.poortwachterDoneOutOfOrder';
  }
  return null;
}

/**
 * The spells a client record can tell: the client holds only the current first sick day, so earlier
 * spells come from the timeline (a `sick_leave_started` event with its first sick day, ended by a
 * `sick_leave_ended` event: on its `on` date when it carries one, as a close "fully back at work" does with
 * its closing date, which may lie in the past; else on the day it was recorded, taken as the recovery date). A
 * `sick_leave_since_corrected` event during a spell replaces its first sick day: the latest one counts.
 * The current spell is the record's own `sickLeaveSince`.
 */
export function spellsFromRecord(
  record: { onSickLeave: boolean; sickLeaveSince: IsoDate | null },
  events: readonly SickLeaveEvent[],
  dateOf: (at: Date) => IsoDate,
): SickSpell[] {
  const spells: SickSpell[] = [];
  let open: IsoDate | null = null;
  const dateIn = (event: SickLeaveEvent, key: 'since' | 'on') => {
    const value = event.data[key];
    return typeof value === 'string' && isIsoDate(value) ? value : null;
  };
  const sinceOf = (event: SickLeaveEvent) => dateIn(event, 'since');
  for (const event of byTime(events)) {
    if (event.kind === 'client.sick_leave_started') {
      open = sinceOf(event);
    } else if (event.kind === 'client.sick_leave_since_corrected') {
      open = sinceOf(event) ?? open;
    } else if (event.kind === 'client.sick_leave_ended' && open) {
      spells.push({ from: open, until: dateIn(event, 'on') ?? dateOf(event.occurredAt) });
      open = null;
    }
  }
  if (record.onSickLeave && record.sickLeaveSince) spells.push({ from: record.sickLeaveSince });
  return spells;
}
