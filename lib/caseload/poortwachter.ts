import { addDays, daysBetween, type IsoDate } from './dates';

/**
 * Wet verbetering poortwachter, counted from the first day of sick leave: the company doctor's problem
 * analysis by week 6, the plan van aanpak by week 8, then a review at least every 6 weeks. The law's
 * period is 104 weeks, so no reviews are planned beyond it.
 */
export const PROBLEM_ANALYSIS_WEEK = 6;
export const PLAN_VAN_AANPAK_WEEK = 8;
export const REVIEW_INTERVAL_WEEKS = 6;
export const WAITING_PERIOD_WEEKS = 104;
const SOON_DAYS = 14;

export type MilestoneKind = 'problem_analysis' | 'plan_van_aanpak' | 'review';
export type MilestoneState = 'passed' | 'soon' | 'upcoming';
export type Milestone = { kind: MilestoneKind; due: IsoDate; week: number; review?: number; state: MilestoneState };

/** Week 1 is the first sick day and the six days after it. */
export function sickLeaveWeek(since: IsoDate, today: IsoDate): number {
  return Math.max(1, Math.floor(daysBetween(since, today) / 7) + 1);
}

function stateOf(due: IsoDate, today: IsoDate): MilestoneState {
  const days = daysBetween(today, due);
  if (days < 0) return 'passed';
  return days <= SOON_DAYS ? 'soon' : 'upcoming';
}

function milestone(kind: MilestoneKind, since: IsoDate, week: number, today: IsoDate, review?: number): Milestone {
  const due = addDays(since, week * 7);
  return { kind, due, week, state: stateOf(due, today), ...(review ? { review } : {}) };
}

/** The two fixed milestones, the last review that has passed (if any) and the next one within the 104 weeks. */
export function poortwachterMilestones(since: IsoDate, today: IsoDate): { week: number; milestones: Milestone[] } {
  const milestones = [
    milestone('problem_analysis', since, PROBLEM_ANALYSIS_WEEK, today),
    milestone('plan_van_aanpak', since, PLAN_VAN_AANPAK_WEEK, today),
  ];
  let lastPassed: Milestone | null = null;
  for (let n = 1; ; n++) {
    const week = PLAN_VAN_AANPAK_WEEK + n * REVIEW_INTERVAL_WEEKS;
    if (week > WAITING_PERIOD_WEEKS) break;
    const review = milestone('review', since, week, today, n);
    if (review.state !== 'passed') {
      if (lastPassed) milestones.push(lastPassed);
      milestones.push(review);
      lastPassed = null;
      break;
    }
    lastPassed = review;
  }
  if (lastPassed) milestones.push(lastPassed);
  return { week: sickLeaveWeek(since, today), milestones };
}
