'use client';

import type { BarChart } from '@/lib/charts/geometry';
import { ChartSvg } from './chart-svg';

export type BarShapes = Omit<BarChart, 'plot' | 'bars'> & {
  bars: Array<{ key: string; x: number; y: number; width: number; height: number; fill: string }>;
};

type Props = { id: string; title: string; description: string; missingText: string; chart: BarShapes };

/**
 * The bar chart's SVG from its computed shapes (app/_components/charts/bar-chart.tsx computes them on the server).
 * A client component for the server's sake, not for interaction: the shapes travel to the HTML renderer as plain
 * values instead of as serialized SVG elements in the RSC payload; the browser gets no geometry code.
 */
export function BarChartShapes({ id, title, description, missingText, chart }: Props) {
  return (
    <ChartSvg id={id} title={title} description={description} width={chart.width} height={chart.height} className="h-auto w-full max-w-3xl">
      {/* Attributes the shapes share sit on their group (SVG inherits them). */}
      <g stroke="#e2e8f0" strokeWidth={1}>
        {chart.ticks.map((tick) => (
          <line key={tick.value} x1={tick.x} x2={tick.x} y1={tick.y1} y2={tick.y2} />
        ))}
      </g>
      <g dominantBaseline="middle" fontSize={11} fill="#64748b">
        {chart.ticks.map((tick) => (
          <text key={tick.value} x={tick.label.x} y={tick.label.y} textAnchor={tick.label.anchor}>
            {tick.label.text}
          </text>
        ))}
      </g>
      {chart.missing.map((m) => (
        <g key={m.key}>
          <rect x={m.x} y={m.y} width={m.width} height={m.height} rx={3} fill="none" stroke="#cbd5e1" strokeDasharray="4 3" />
          <text x={m.text.x + 4} y={m.text.y} dominantBaseline="middle" fontSize={12} fill="#475569">
            {missingText}
          </text>
        </g>
      ))}
      {chart.bars.map((bar) => (
        <rect key={bar.key} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} fill={bar.fill} />
      ))}
      {chart.referenceLine && (
        <line
          x1={chart.referenceLine.x}
          x2={chart.referenceLine.x}
          y1={chart.referenceLine.y1}
          y2={chart.referenceLine.y2}
          stroke="#334155"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      )}
      <g dominantBaseline="middle" fontSize={13} fill="#0f172a">
        {chart.labels.map((label) => (
          <text key={label.key} x={label.x} y={label.y} textAnchor={label.anchor}>
            {label.text}
          </text>
        ))}
        <g fontWeight={600}>
          {chart.values.map((v) => (
            <text key={v.key} x={v.x} y={v.y} textAnchor={v.anchor}>
              {v.text}
            </text>
          ))}
        </g>
      </g>
    </ChartSvg>
  );
}
