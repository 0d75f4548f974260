import { Circle, G, Line, Polyline, Rect, Svg, Text as SvgText } from '@react-pdf/renderer';
import { colorFor, QUADRANT_FILLS, TREND_DASHES } from '../../charts/colors';
import {
  type BarRow,
  barChart,
  estimatedTextWidth,
  labelSpan,
  pickTickLabels,
  quadrantPlot,
  type TrendSeries,
  trendChart,
} from '../../charts/geometry';
import { REPORT_FONTS } from '../fonts';
import type { ReportProfile } from '../types';
import { INK, MUTED, RULE } from './theme';

const font = { fontFamily: REPORT_FONTS, fontSize: 7.5 };

const QUADRANT_LABEL_SIZE = 7;

/** The quadrant plot of the web results page, from the same geometry (lib/charts). */
export function QuadrantChart({
  profile,
  axisDemands,
  axisResources,
  size = 250,
}: {
  profile: ReportProfile;
  axisDemands: string;
  axisResources: string;
  size?: number;
}) {
  const plot = quadrantPlot(profile.path, profile.reference, { size, padding: 30, pointRadius: 3, highlightRadius: 5 });
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      {plot.quadrants.map((q) => (
        <Rect key={q.profile} x={q.x} y={q.y} width={q.width} height={q.height} fill={QUADRANT_FILLS[q.profile] ?? '#ffffff'} />
      ))}
      {/* Each field's name in its outer corner, in two lines, as on the results page; left out of a field too small for it
          (a practice median far from the middle). */}
      {plot.quadrants.map((q) => {
        const top = q.profile.startsWith('high_demands');
        const left = q.profile.endsWith('low_resources');
        const lines = profile.quadrantLabels[q.profile].split(/,\s*/);
        const fits = lines.every((line) => estimatedTextWidth(line, QUADRANT_LABEL_SIZE) <= q.width - 8) && q.height > 30;
        if (!fits) return null;
        const x = left ? q.x + 4 : q.x + q.width - 4;
        return lines.map((line, i) => (
          <SvgText
            key={`${q.profile}-${i}`}
            x={x}
            y={(top ? q.y + 10 : q.y + q.height - 4 - (lines.length - 1) * 9) + i * 9}
            style={{ ...font, fontSize: QUADRANT_LABEL_SIZE }}
            fill={INK}
            textAnchor={left ? 'start' : 'end'}
          >
            {line}
          </SvgText>
        ));
      })}
      <Rect
        x={plot.plot.x}
        y={plot.plot.y}
        width={plot.plot.width}
        height={plot.plot.height}
        stroke={RULE}
        strokeWidth={0.75}
        fill="none"
      />
      {plot.referenceLines.map((l) => (
        <Line key={l.axis} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke={MUTED} strokeWidth={0.75} strokeDasharray="3 2" />
      ))}
      {plot.ticks.map((tick) => (
        <SvgText key={`${tick.axis}-${tick.value}`} x={tick.x} y={tick.y + 2.5} style={font} fill={MUTED} textAnchor={tick.anchor}>
          {String(tick.value)}
        </SvgText>
      ))}
      {plot.axisLabels.map((label) => (
        <G key={label.axis} transform={`rotate(${label.rotate} ${label.x} ${label.y})`}>
          <SvgText x={label.x} y={label.y} style={{ ...font, fontSize: 8.5 }} fill={INK} textAnchor={label.anchor}>
            {label.axis === 'demands' ? axisDemands : axisResources}
          </SvgText>
        </G>
      ))}
      {plot.polyline ? <Polyline points={plot.polyline} stroke={MUTED} strokeWidth={1} fill="none" /> : null}
      {plot.circles.map((c, i) => (
        <Circle key={i} cx={c.x} cy={c.y} r={c.r} fill={c.highlighted ? INK : '#ffffff'} stroke={INK} strokeWidth={1} />
      ))}
    </Svg>
  );
}

const LABEL_SIZE = 8.5;
/**
 * SVG text does not wrap: a label longer than its column is cut with an ellipsis instead of running off the
 * page's left edge. Source Sans 3 averages about half an em per character, so the budget is the column over half
 * the font size. A marker ("(opvallend)") is never cut: the name is shortened to leave room for it, since the marker
 * is what tells a flagged row on grey paper, where the flag colour does not show.
 */
export function fitLabel(text: string, width: number, marker = '', fontSize = LABEL_SIZE): string {
  const suffix = marker ? ` ${marker}` : '';
  const budget = Math.floor(width / (fontSize * 0.5)) - Array.from(suffix).length;
  const chars = Array.from(text);
  if (chars.length <= budget) return `${text}${suffix}`;
  return `${chars
    .slice(0, Math.max(budget - 1, 1))
    .join('')
    .trimEnd()}…${suffix}`;
}

/**
 * Horizontal bars per dimension, 0–100, the midpoint marked; flagged rows in the flag colour and with their marker. The
 * caller says how a value is written (client-report.tsx: shownDimensionValue in the report's language), so that a value
 * beside a marker never contradicts it.
 */
export function Bars({
  rows,
  width = 499,
  notEnough,
  formatValue,
}: {
  rows: Array<BarRow & { marker?: string }>;
  width?: number;
  notEnough: string;
  formatValue: (value: number) => string;
}) {
  // Room for the longest Dutch name with its marker: "Steun en coaching van je leidinggevende (opvallend)".
  const labelWidth = 250;
  const markers = new Map(rows.map((r) => [r.key, r.marker ?? '']));
  const chart = barChart(rows, {
    width,
    rowHeight: 16,
    labelWidth,
    valueWidth: 60,
    axisHeight: 14,
    referenceValue: 50,
    formatValue,
  });
  return (
    <Svg width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`}>
      {chart.ticks.map((tick) => (
        <G key={tick.value}>
          <Line x1={tick.x} y1={tick.y1} x2={tick.x} y2={tick.y2} stroke={RULE} strokeWidth={0.5} />
          <SvgText x={tick.label.x} y={tick.label.y + 2} style={font} fill={MUTED} textAnchor={tick.label.anchor}>
            {tick.label.text}
          </SvgText>
        </G>
      ))}
      {chart.labels.map((label) => (
        <SvgText key={label.key} x={label.x} y={label.y + 3} style={{ ...font, fontSize: 8.5 }} fill={INK} textAnchor={label.anchor}>
          {fitLabel(label.text, labelWidth - 10, markers.get(label.key))}
        </SvgText>
      ))}
      {chart.bars.map((bar) => (
        <Rect
          key={bar.key}
          x={bar.x}
          y={bar.y}
          width={Math.max(bar.width, 0.5)}
          height={bar.height}
          fill={colorFor(bar.group, bar.level)}
        />
      ))}
      {chart.missing.map((m) => (
        <G key={m.key}>
          <Rect x={m.x} y={m.y} width={m.width} height={m.height} stroke={RULE} strokeWidth={0.5} fill="none" />
          <SvgText x={m.text.x} y={m.text.y + 3} style={font} fill={MUTED} textAnchor={m.text.anchor}>
            {notEnough}
          </SvgText>
        </G>
      ))}
      {chart.values.map((value) => (
        <SvgText key={value.key} x={value.x} y={value.y + 3} style={{ ...font, fontSize: 8.5 }} fill={INK} textAnchor={value.anchor}>
          {value.text}
        </SvgText>
      ))}
    </Svg>
  );
}

function edgeAnchor(i: number, count: number, anchor: 'start' | 'middle' | 'end'): 'start' | 'middle' | 'end' {
  if (count < 2) return anchor;
  return i === 0 ? 'start' : i === count - 1 ? 'end' : anchor;
}

/**
 * One instrument's indices over its measurements. The points carry ISO timestamps (the chart orders by them, and two
 * measurements on one day stay apart); `dateLabels` gives each its display text for the ticks, as on the web chart.
 */
export function Trend({
  series,
  labels,
  dateLabels = {},
  width = 499,
  height = 170,
  scale,
  styles,
}: {
  series: TrendSeries[];
  labels: Record<string, string>;
  dateLabels?: Record<string, string>;
  width?: number;
  height?: number;
  /** Another scale than 0–100: a questionnaire's own, for its dimensions (see the web chart). */
  scale?: { domain: { min: number; max: number }; ticks: number[] };
  /** Per series its colour and dash, where the keys are no JD-R index. */
  styles?: Record<string, { color: string; dash?: string }>;
}) {
  const chart = trendChart(series, {
    width,
    height,
    padding: { top: 10, right: 12, bottom: 24, left: 30 },
    ...(scale ? { domain: scale.domain, ticks: scale.ticks } : {}),
  });
  const color = (key: string) => styles?.[key]?.color ?? colorFor(key);
  const dash = (key: string) => (styles ? styles[key]?.dash : TREND_DASHES[key]);
  // The first and last dates sit on the plot's edges: anchored inwards so they stay on the page. With many measurements
  // only every k-th date is written (always the first and the last), so that no two overlap.
  const ticks = chart.xTicks.map((tick, i) => ({
    ...tick,
    text: dateLabels[tick.date] ?? tick.date,
    anchor: edgeAnchor(i, chart.xTicks.length, tick.anchor),
  }));
  const labelled = pickTickLabels(
    ticks.map((tick) => labelSpan(tick.x, estimatedTextWidth(tick.text, font.fontSize), tick.anchor)),
    6,
  ).map((i) => ticks[i]!);
  return (
    <Svg
      width={width}
      height={height + 14 * Math.ceil(series.length / 3)}
      viewBox={`0 0 ${width} ${height + 14 * Math.ceil(series.length / 3)}`}
    >
      {chart.yTicks.map((tick) => (
        <G key={tick.value}>
          <Line x1={tick.x1} y1={tick.y} x2={tick.x2} y2={tick.y} stroke={RULE} strokeWidth={0.5} />
          <SvgText x={tick.label.x} y={tick.label.y + 2.5} style={font} fill={MUTED} textAnchor={tick.label.anchor}>
            {String(tick.value)}
          </SvgText>
        </G>
      ))}
      {labelled.map((tick) => (
        <SvgText key={tick.date} x={tick.x} y={tick.y + 2.5} style={font} fill={MUTED} textAnchor={tick.anchor}>
          {tick.text}
        </SvgText>
      ))}
      {chart.series.map((s) => (
        <G key={s.key}>
          {s.polylines.map((points, i) => (
            <Polyline key={i} points={points} stroke={color(s.key)} strokeWidth={1.5} strokeDasharray={dash(s.key)} fill="none" />
          ))}
          {s.points.map((p, i) => (
            <Circle key={i} cx={p.x} cy={p.y} r={2.5} fill={color(s.key)} />
          ))}
        </G>
      ))}
      {chart.series.map((s, i) => (
        <G key={`legend-${s.key}`}>
          {/* A line sample, dashed as in the chart: colour alone does not tell burnout from demands on grey paper. */}
          <Line
            x1={(i % 3) * 160}
            x2={(i % 3) * 160 + 16}
            y1={height + 8 + Math.floor(i / 3) * 14}
            y2={height + 8 + Math.floor(i / 3) * 14}
            stroke={color(s.key)}
            strokeWidth={2}
            strokeDasharray={dash(s.key)}
          />
          <SvgText x={(i % 3) * 160 + 20} y={height + 11 + Math.floor(i / 3) * 14} style={{ ...font, fontSize: 8.5 }} fill={INK}>
            {labels[s.key] ?? s.key}
          </SvgText>
        </G>
      ))}
    </Svg>
  );
}
