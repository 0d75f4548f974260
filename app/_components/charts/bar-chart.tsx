import { colorFor } from '@/lib/charts/colors';
import { type BarChartOptions, type BarRow, barChart, round } from '@/lib/charts/geometry';
import { BarChartShapes, type BarShapes } from './bar-chart-shapes';
import { ChartFrame } from './chart-frame';
import { DataTable } from './data-table';

type Props = {
  id: string;
  title: string;
  description: string;
  rows: BarRow[];
  /** Shown on a row without a score. */
  missingText: string;
  tableLabel: string;
  headers: [string, string];
  options?: Partial<BarChartOptions>;
  /** Extra text per row for the table (e.g. a band label). */
  detail?: Record<string, string>;
};

/** Horizontal bars, server-rendered from lib/charts geometry (the PDF reports draw the same shapes). */
export function BarChartSvg({ id, title, description, rows, missingText, tableLabel, headers, options, detail }: Props) {
  const chart = barChart(rows, {
    width: 700,
    rowHeight: 30,
    labelWidth: 280,
    valueWidth: 56,
    axisHeight: 24,
    referenceValue: 50,
    ...options,
  });
  const format = options?.formatValue ?? ((v: number) => String(Math.round(v)));
  // What the SVG draws, as plain values (the plot rectangle is not drawn; bars get their colour and rounded width here).
  const shapes: BarShapes = {
    width: chart.width,
    height: chart.height,
    ticks: chart.ticks,
    missing: chart.missing,
    referenceLine: chart.referenceLine,
    labels: chart.labels,
    values: chart.values,
    bars: chart.bars.map((bar) => ({
      key: bar.key,
      x: bar.x,
      y: bar.y,
      width: Math.max(0, round(bar.width)),
      height: bar.height,
      fill: colorFor(bar.group, bar.level),
    })),
  };
  return (
    <ChartFrame
      id={id}
      tableLabel={tableLabel}
      table={
        <DataTable
          caption={title}
          headers={headers}
          rows={rows.map((r) => [
            r.label,
            (r.value === null ? missingText : format(r.value)) + (detail?.[r.key] ? ` (${detail[r.key]})` : ''),
          ])}
        />
      }
    >
      <BarChartShapes id={id} title={title} description={description} missingText={missingText} chart={shapes} />
    </ChartFrame>
  );
}
