import { colorFor, TREND_DASHES } from '@/lib/charts/colors';
import { type TrendSeries, trendChart } from '@/lib/charts/geometry';
import { estimatedTextWidth, labelSpan, pickTickLabels } from '@/lib/charts/trend-chart';
import { ChartFrame } from './chart-frame';
import { ChartSvg } from './chart-svg';
import { DataTable } from './data-table';

type Props = {
  id: string;
  title: string;
  description: string;
  series: TrendSeries[];
  seriesNames: Record<string, string>;
  /** Display label per date key (the charts' x positions are by date key). */
  dateLabels: Record<string, string>;
  missingText: string;
  tableLabel: string;
  firstHeader: string;
  /** A series' value as written in the table and the tooltips (the indices: indexValueFormat, so 69.6 is no "70"). */
  formatValue: (key: string, value: number) => string;
  /**
   * Another scale than the indices' 0–100 (a questionnaire's own: its dimensions' means or sums), with its ticks; no
   * dashed midline then, which marks the indices' 50.
   */
  scale?: { domain: { min: number; max: number }; ticks: number[] };
  /** Per series its colour and dash, where the keys are no JD-R index (a questionnaire's dimensions). */
  styles?: Record<string, { color: string; dash?: string }>;
};

/** The indices over all measurements, one line each, with a legend and the numbers as a table. */
export function TrendChartSvg({
  id,
  title,
  description,
  series,
  seriesNames,
  dateLabels,
  missingText,
  tableLabel,
  firstHeader,
  formatValue,
  scale,
  styles,
}: Props) {
  const chart = trendChart(series, {
    width: 720,
    height: 300,
    padding: { top: 16, right: 48, bottom: 40, left: 48 },
    ...(scale ? { domain: scale.domain, ticks: scale.ticks } : {}),
  });
  const midline = scale ? null : 50;
  const color = (key: string) => styles?.[key]?.color ?? colorFor(key);
  const dash = (key: string) => (styles ? styles[key]?.dash : TREND_DASHES[key]);
  const dates = chart.xTicks.map((x) => x.date);
  // Many measurements: every k-th date is labelled (always the newest), so the labels never overlap; the table has all.
  const labelled = new Set(
    pickTickLabels(
      chart.xTicks.map((tick) => labelSpan(tick.x, estimatedTextWidth(dateLabels[tick.date] ?? tick.date, 11), tick.anchor)),
      6,
    ),
  );
  const valueAt = (s: TrendSeries, date: string) => {
    const v = s.points.find((p) => p.date === date)?.value;
    return v == null ? missingText : formatValue(s.key, v);
  };
  return (
    <ChartFrame
      id={id}
      tableLabel={tableLabel}
      table={
        <DataTable
          caption={title}
          headers={[firstHeader, ...dates.map((d) => dateLabels[d] ?? d)]}
          rows={series.map((s) => [seriesNames[s.key] ?? s.key, ...dates.map((d) => valueAt(s, d))])}
        />
      }
    >
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden>
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="24" height="10" aria-hidden>
              <line x1="0" x2="24" y1="5" y2="5" stroke={color(s.key)} strokeWidth={3} strokeDasharray={dash(s.key)} />
            </svg>
            {seriesNames[s.key] ?? s.key}
          </li>
        ))}
      </ul>
      <ChartSvg
        id={id}
        title={title}
        description={description}
        width={chart.width}
        height={chart.height}
        className="h-auto w-full max-w-3xl"
      >
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x1}
              x2={tick.x2}
              y1={tick.y}
              y2={tick.y}
              stroke={tick.value === midline ? '#94a3b8' : '#e2e8f0'}
              strokeDasharray={tick.value === midline ? '3 3' : undefined}
            />
            <text x={tick.label.x} y={tick.label.y} textAnchor={tick.label.anchor} dominantBaseline="middle" fontSize={11} fill="#64748b">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick, i) =>
          labelled.has(i) ? (
            <text key={tick.date} x={tick.x} y={tick.y} textAnchor={tick.anchor} dominantBaseline="middle" fontSize={11} fill="#475569">
              {dateLabels[tick.date] ?? tick.date}
            </text>
          ) : null,
        )}
        {chart.series.map((s) => (
          <g key={s.key}>
            {s.polylines.map((points, i) => (
              <polyline key={i} points={points} fill="none" stroke={color(s.key)} strokeWidth={2.5} strokeDasharray={dash(s.key)} />
            ))}
            {s.points.map((p) => (
              <circle key={p.date} cx={p.x} cy={p.y} r={4} fill={color(s.key)} stroke="#fff" strokeWidth={1.5}>
                <title>{`${seriesNames[s.key] ?? s.key}, ${dateLabels[p.date] ?? p.date}: ${formatValue(s.key, p.value)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </ChartSvg>
    </ChartFrame>
  );
}
