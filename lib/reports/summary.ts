import type { Translate } from '../i18n/translator';
import type { ProfileKey } from '../scoring/profile';
import { ENGAGEMENT_HIGH_THRESHOLD } from '../scoring/signal-thresholds';

export interface SummaryInput {
  /**
   * The date (display text) of the measurement the report is built on, the one the cover names first; null when
   * there is none. The profile sentence names it: a later questionnaire may be listed beside it.
   */
  measuredOn: string | null;
  profileKey: ProfileKey | null;
  /** Translated names of the dimensions that stand out. */
  highDemands: string[];
  lowResources: string[];
  /**
   * The measurement's burnout signal is set (lib/scoring/signals.ts: the index from 70, or a red band of a banded
   * questionnaire): the client's report mentions the complaints exactly when the coach's results page signals them.
   */
  burnoutSignal: boolean;
  /** The engagement index, unrounded: the sentence is said from 60, and the document shows it never across 60. */
  engagement: number | null;
  planItems: number;
  openPlanItems: number;
  sessionsHeld: number;
}

/** Dimensions named in a sentence of the summary. */
const LISTED = 3;

/**
 * A plain-language summary in short sentences. Describes what the scores say, never why (no causal
 * claims) and never what the client "has" (no diagnosis); every sentence is a fixed translation.
 */
export function reportSummary(input: SummaryInput, t: Translate): string[] {
  const out: string[] = [];
  // With a measurement but no profile (a questionnaire without demands and resources, or too few answers), the cover
  // still names the measurement: the sentence says what is missing, not that nothing was measured.
  if (input.measuredOn === null) out.push(t('reports.summary.noProfile'));
  else if (!input.profileKey) out.push(t('reports.summary.noJdrProfile'));
  else out.push(t(`reports.summary.profile.${input.profileKey}`, { date: input.measuredOn }));
  // At most three names, then how many more ("en 2 andere"): the section below lists them all.
  const named = (names: string[]) => ({
    list: names.slice(0, LISTED).map(inSentence).join(', '),
    count: names.length,
    more: Math.max(0, names.length - LISTED),
  });
  if (input.highDemands.length) out.push(t('reports.summary.highDemands', named(input.highDemands)));
  if (input.lowResources.length) out.push(t('reports.summary.lowResources', named(input.lowResources)));
  if (input.burnoutSignal) out.push(t('reports.summary.burnoutHigh'));
  if (input.engagement !== null && input.engagement >= ENGAGEMENT_HIGH_THRESHOLD) out.push(t('reports.summary.engagementHigh'));
  if (input.planItems > 0) out.push(t('reports.summary.plan', { count: input.planItems, open: input.openPlanItems }));
  if (input.sessionsHeld > 0) out.push(t('reports.summary.sessions', { count: input.sessionsHeld }));
  // About the scores: not said when there are none.
  if (input.measuredOn !== null) out.push(t('reports.summary.closing'));
  return out;
}

/**
 * A dimension's name inside a running sentence: "Werkdruk" is "werkdruk" after "Taakeisen die opvallen:". A name that
 * starts with an abbreviation or a name ("AZW", "HR-beleid": a second capital) keeps its capital.
 */
export function inSentence(name: string): string {
  const [first, second] = Array.from(name);
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return name;
  return first.toLowerCase() + name.slice(first.length);
}
