import { type QuadrantPoint, quadrantPlot } from '@/lib/charts/geometry';
import type { ProfileKey } from '@/lib/scoring/profile';
import { profileValueFormat } from '@/lib/scoring/shown-value';
import { ChartFrame } from './chart-frame';
import { DataTable } from './data-table';
import { QuadrantShapes } from './quadrant-shapes';

type Props = {
  id: string;
  title: string;
  description: string;
  points: QuadrantPoint[];
  reference: { demands: number; resources: number };
  quadrantLabels: Record<ProfileKey, string>;
  axisLabels: { demands: string; resources: string };
  tableLabel: string;
  headers: [string, string, string];
  /** The page's locale (nl-NL, en-GB): scores as precisely as the split the plot draws, with that locale's decimal sign. */
  locale: string;
};

const SIZE = 440;
const PADDING = 48;

/** Demands × work resources with the client's route (oldest to newest); the risk quadrant is top left. */
export function QuadrantPlotSvg({
  id,
  title,
  description,
  points,
  reference,
  quadrantLabels,
  axisLabels,
  tableLabel,
  headers,
  locale,
}: Props) {
  const plot = quadrantPlot(points, reference, { size: SIZE, padding: PADDING, pointRadius: 5, highlightRadius: 8 });
  const demands = profileValueFormat(locale, reference.demands);
  const resources = profileValueFormat(locale, reference.resources);
  return (
    <ChartFrame
      id={id}
      tableLabel={tableLabel}
      table={
        plot.circles.length === 0 ? null : (
          <DataTable
            caption={title}
            headers={headers}
            rows={plot.circles.map((c) => [c.label, demands(c.demands), resources(c.resources)])}
          />
        )
      }
    >
      <QuadrantShapes
        id={id}
        title={title}
        description={description}
        plot={plot}
        quadrantLabels={quadrantLabels}
        axisLabels={axisLabels}
        headers={headers}
        locale={locale}
        reference={reference}
      />
    </ChartFrame>
  );
}
