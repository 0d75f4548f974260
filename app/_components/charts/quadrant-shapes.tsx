'use client';

import { QUADRANT_FILLS } from '@/lib/charts/colors';
import type { QuadrantPlot } from '@/lib/charts/geometry';
import type { ProfileKey } from '@/lib/scoring/profile';
import { profileValueFormat } from '@/lib/scoring/shown-value';
import { ChartSvg } from './chart-svg';

type Props = {
  id: string;
  title: string;
  description: string;
  plot: QuadrantPlot;
  quadrantLabels: Record<ProfileKey, string>;
  axisLabels: { demands: string; resources: string };
  headers: [string, string, string];
  locale: string;
  /** The split the plot draws: each point's values are shown never on its other side (profileValueFormat). */
  reference: { demands: number; resources: number };
};

/**
 * The quadrant plot's SVG from its computed geometry (app/_components/charts/quadrant-plot.tsx computes it on the
 * server). A client component for the server's sake, not for interaction: see ./bar-chart-shapes.tsx.
 */
export function QuadrantShapes({ id, title, description, plot, quadrantLabels, axisLabels, headers, locale, reference }: Props) {
  const demands = profileValueFormat(locale, reference.demands);
  const resources = profileValueFormat(locale, reference.resources);
  return (
    <ChartSvg id={id} title={title} description={description} width={plot.size} height={plot.size} className="h-auto w-full max-w-md">
      {plot.quadrants.map((q) => {
        const top = q.profile.startsWith('high_demands');
        const left = q.profile.endsWith('low_resources');
        return (
          <g key={q.profile} data-quadrant={q.profile}>
            <rect x={q.x} y={q.y} width={Math.max(0, q.width)} height={Math.max(0, q.height)} fill={QUADRANT_FILLS[q.profile]} />
            {q.width > 70 && q.height > 36 && (
              <text
                x={left ? q.x + 6 : q.x + q.width - 6}
                y={top ? q.y + 14 : q.y + q.height - 22}
                textAnchor={left ? 'start' : 'end'}
                fontSize={10.5}
                fill="#334155"
              >
                {quadrantLabels[q.profile].split(/,\s*/).map((line, i) => (
                  <tspan key={i} x={left ? q.x + 6 : q.x + q.width - 6} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        );
      })}
      <rect x={plot.plot.x} y={plot.plot.y} width={plot.plot.width} height={plot.plot.height} fill="none" stroke="#94a3b8" />
      {plot.referenceLines.map((l) => (
        <line key={l.axis} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke="#334155" strokeDasharray="4 3" strokeWidth={1} />
      ))}
      {plot.ticks.map((tick) => (
        <text
          key={`${tick.axis}-${tick.value}`}
          x={tick.x}
          y={tick.y}
          textAnchor={tick.anchor}
          dominantBaseline="middle"
          fontSize={10}
          fill="#64748b"
        >
          {tick.value}
        </text>
      ))}
      {plot.axisLabels.map((a) => (
        <text
          key={a.axis}
          x={a.x}
          y={a.y}
          textAnchor={a.anchor}
          dominantBaseline="middle"
          transform={a.rotate ? `rotate(${a.rotate} ${a.x} ${a.y})` : undefined}
          fontSize={12}
          fontWeight={600}
          fill="#0f172a"
        >
          {axisLabels[a.axis]}
        </text>
      ))}
      {plot.path.length > 1 && <polyline points={plot.polyline} fill="none" stroke="#64748b" strokeWidth={1.5} strokeDasharray="5 4" />}
      {plot.circles.map((c, i) => (
        <circle
          key={i}
          cx={c.x}
          cy={c.y}
          r={c.r}
          fill={c.highlighted ? '#0f766e' : '#ffffff'}
          stroke={c.highlighted ? '#ffffff' : '#475569'}
          strokeWidth={2}
          data-highlighted={c.highlighted || undefined}
        >
          <title>{`${c.label}: ${headers[1]} ${demands(c.demands)}, ${headers[2]} ${resources(c.resources)}`}</title>
        </circle>
      ))}
    </ChartSvg>
  );
}
