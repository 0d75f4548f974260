/**
 * What a report is made from: plain, structured-cloneable data (it crosses into a worker thread).
 * Labels that come from data (dimension names, statuses) arrive translated; the document translates
 * only its own fixed texts.
 */
import type { QuadrantPoint } from '../charts/quadrant-plot';
import type { TrendSeries } from '../charts/trend-chart';
import type { Locale } from '../i18n/locales';
import type { Band } from '../instruments/types';
import type { ProfileKey } from '../scoring/profile';

export type ReportKind = 'client' | 'manager';

export interface ReportPractice {
  name: string;
  /** `#rrggbb`; the accent of the cover and the headings. */
  reportColor: string;
  /** A data URI (`data:image/png;base64,…`) so the worker needs no database or file access. */
  logo: string | null;
}

export interface ReportCoach {
  name: string;
  email: string;
  phone?: string | null;
}

export interface ReportDimensionRow {
  key: string;
  label: string;
  /** 0–100 unrounded, or null when there were not enough answers; shown with shownDimensionValue (never "75" unflagged). */
  score: number | null;
  /** Named flag: a demand at or above 75, a resource at or below 25 (lib/scoring/flags.ts). */
  flagged: boolean;
}

export interface ReportProfile {
  profileKey: ProfileKey;
  profileLabel: string;
  demands: number;
  resources: number;
  /** In the client's words: what high and low are measured against (the scale's midpoint or the practice median). */
  referenceLabel: string;
  /** In the client's words: what the two scores are the average of (the practice's component set). */
  componentsLabel: string;
  /** The four fields' names, as the results page's chart names them. */
  quadrantLabels: Record<ProfileKey, string>;
  reference: { demands: number; resources: number };
  /** Oldest first; the newest is the measurement reported on. */
  path: QuadrantPoint[];
}

export interface ReportTrend {
  instrumentName: string;
  /** Points dated by ISO timestamp (the chart orders by it); the tick text is in `dateLabels`. */
  series: TrendSeries[];
  /** Display text per point date ("2 mrt 26"; with the time when two measurements share a day). */
  dateLabels: Record<string, string>;
  seriesLabels: Record<string, string>;
  /** Shown instead of a chart: e.g. for a questionnaire without 0–100 scores (then `series` is empty). */
  note?: string | null;
  /** The dimensions on the questionnaire's own scale (lib/intake/own-scale.ts) instead of indices on 0–100. */
  ownScale?: {
    domain: { min: number; max: number };
    ticks: number[];
    styles: Record<string, { color: string; dash?: string }>;
    /** What the lines are: the sum or mean per dimension, and the range (the document's 0–100 note is not about them). */
    caption: string;
  } | null;
}

/**
 * One questionnaire's results as a list: a custom questionnaire with cut-off bands (each subscale on the
 * questionnaire's own scale with its band, as the coach's results page shows it), or a questionnaire without a JD-R
 * profile taken after the measurement the report is built on (shown beside it, never instead of it).
 */
export interface ReportQuestionnaire {
  instrumentName: string;
  /** ISO timestamp of completion. */
  date: string;
  /** 'main': the measurement the report is built on; 'later': taken after it, without a JD-R profile. */
  role: 'main' | 'later';
  /**
   * Set when the questionnaire has cut-off bands (`bands`), or has no 0–100 index at all (a later questionnaire whose
   * subscales feed none): every value is on its own scale, the mean of the answers (the sum for a sum-scored subscale,
   * `sum`), over answers from `min` to `max`. Null: 0–100 index scores.
   */
  /** `scoring`: every dimension a sum, every one a mean, or some of each (the note then says it is per dimension). */
  ownScale: { min: number; max: number; scoring: 'sum' | 'mean' | 'mixed'; bands: boolean } | null;
  rows: Array<{
    key: string;
    label: string;
    /** On the questionnaire's own scale (`ownScale`), or a 0–100 index unrounded, shown with shownIndexValue. */
    value: number | null;
    /** The band the value falls in, with the questionnaire's own label for it (e.g. "Hoog"). */
    band: { label: string; level: Band['level'] } | null;
    note?: string | null;
  }>;
}

export interface ReportPlanItem {
  title: string;
  description: string;
  owner: string;
  status: string;
  dueDate: string | null;
  category: string;
  /** Released for the employer (an open release): the words the employer reads, not the title above, and since when; else null. */
  shared: { wording: string; since: string } | null;
}

export interface ReportSession {
  date: string;
  kind: string;
  /** The summary written for the client; never the coach's private notes. */
  summary: string | null;
  homework: string[];
}

export interface ClientReportData {
  locale: Locale;
  generatedAt: string;
  practice: ReportPractice;
  coach: ReportCoach;
  client: { name: string; initials: string };
  measurement: { date: string; instrumentName: string } | null;
  summary: string[];
  profile: ReportProfile | null;
  groups: Array<{ key: string; title: string; rows: ReportDimensionRow[] }>;
  /** Burnout and engagement; `score` 0–100 unrounded, shown with shownIndexValue (never "70" without the signal). */
  outcomes: Array<{ key: string; label: string; score: number | null; note?: string | null }>;
  /** Questionnaires listed with their own scale and bands, or taken later without a JD-R profile (see the type). */
  questionnaires: ReportQuestionnaire[];
  /** Flagged dimensions; `score` 0–100 unrounded, shown with shownDimensionValue as in the dimension bars. */
  flags: Array<{ label: string; score: number; kind: 'high_demand' | 'low_resource' }>;
  ownWords: Array<{ question: string; answer: string }>;
  trends: ReportTrend[];
  plan: ReportPlanItem[];
  sessions: ReportSession[];
  nextSteps: string[];
}

export interface ManagerReportItem {
  employerWording: string;
  owner: string;
  dueDate: string | null;
  status: string;
}

/** Built only from the employer view of the plan: released items in their employer wording, nothing else. */
export interface ManagerReportData {
  locale: Locale;
  generatedAt: string;
  practice: ReportPractice;
  coach: ReportCoach;
  /** The client's first name or initials as the employer already knows them. */
  clientLabel: string;
  items: ManagerReportItem[];
  meetings: Array<{ date: string; time: string }>;
  confirmedAt: string | null;
  /** Confirmed before, but the client shared something since: not confirmed again yet (EmployerView). */
  confirmationLapsedSince: string | null;
}

export type ReportRequest = { kind: 'client'; data: ClientReportData } | { kind: 'manager'; data: ManagerReportData };
