import type { Translate } from '../i18n/translator';
import type { ProfileKey } from '../scoring/profile';

export interface SummaryInput {
  profileKey: ProfileKey | null;
  /** Translated names of the dimensions that stand out. */
  highDemands: string[];
  lowResources: string[];
  /**
   * The measurement's burnout signal is set (lib/scoring/signals.ts: the index from 70, or a red band of a banded
   * questionnaire): the client's report mentions the complaints exactly when the coach's results page signals them.
   */
  burnoutSignal: boolean;
  engagement: number | null;
  planItems: number;
  openPlanItems: number;
  sessionsHeld: number;
}

/**
 * A plain-language summary in short sentences. Describes what the scores say, never why (no causal
 * claims) and never what the client "has" (no diagnosis); every sentence is a fixed translation.
 */
export function reportSummary(input: SummaryInput, t: Translate): string[] {
  const out: string[] = [];
  if (!input.profileKey) out.push(t('reports.summary.noProfile'));
  else out.push(t(`reports.summary.profile.${input.profileKey}`));
  const list = (names: string[]) => names.slice(0, 3).join(', ');
  if (input.highDemands.length)
    out.push(t('reports.summary.highDemands', { list: list(input.highDemands), count: input.highDemands.length }));
  if (input.lowResources.length)
    out.push(t('reports.summary.lowResources', { list: list(input.lowResources), count: input.lowResources.length }));
  if (input.burnoutSignal) out.push(t('reports.summary.burnoutHigh'));
  if (input.engagement !== null && input.engagement >= 60) out.push(t('reports.summary.engagementHigh'));
  if (input.planItems > 0) out.push(t('reports.summary.plan', { count: input.planItems, open: input.openPlanItems }));
  if (input.sessionsHeld > 0) out.push(t('reports.summary.sessions', { count: input.sessionsHeld }));
  out.push(t('reports.summary.closing'));
  return out;
}
