// Shared by the web charts and the PDF reports.
/** One palette for the charts: JD-R groups and cut-off band levels (AA contrast on white for text). */
export const GROUP_COLORS: Record<string, string> = {
  job_demands: '#c2410c',
  demands: '#c2410c',
  work_resources: '#0f766e',
  personal_resources: '#0369a1',
  goal_orientation: '#6d28d9',
  burnout: '#b91c1c',
  engagement: '#15803d',
};

export const LEVEL_COLORS: Record<string, string> = {
  green: '#15803d',
  orange: '#c2410c',
  red: '#b91c1c',
  neutral: '#475569',
};

export const QUADRANT_FILLS: Record<string, string> = {
  high_demands_low_resources: '#fef2f2',
  high_demands_high_resources: '#fffbeb',
  low_demands_low_resources: '#f8fafc',
  low_demands_high_resources: '#f0fdf4',
};

export function colorFor(group: string, level?: string): string {
  return (level && LEVEL_COLORS[level]) || GROUP_COLORS[group] || '#334155';
}

/**
 * Dash patterns for the trend lines whose colours lie close (burnout next to demands, engagement next to resources):
 * they stay apart in greyscale and for colour-blind readers. The web chart and the PDF use the same ones.
 */
export const TREND_DASHES: Readonly<Record<string, string | undefined>> = { burnout: '6 4', engagement: '2 3' };

/**
 * Lines for a questionnaire's own dimensions (no JD-R index colour fits them: a 4DKL's four are all symptoms), told apart
 * by colour and by dash, so that they stay apart in greyscale and for colour-blind readers too. AA contrast on white.
 */
const SERIES_PALETTE = ['#0f766e', '#6d28d9', '#c2410c', '#0369a1', '#be185d', '#4d7c0f', '#a16207', '#475569'];
const SERIES_DASHES = [undefined, '6 4', '2 3', '8 3 2 3', '1 2'];

export function seriesStyles(keys: readonly string[]): Record<string, { color: string; dash?: string }> {
  return Object.fromEntries(
    keys.map((key, i) => [
      key,
      { color: SERIES_PALETTE[i % SERIES_PALETTE.length] as string, dash: SERIES_DASHES[i % SERIES_DASHES.length] },
    ]),
  );
}
