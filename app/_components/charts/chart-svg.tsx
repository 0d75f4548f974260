import type { ReactNode } from 'react';

/** A chart's SVG with its accessible name and description (and the test id the journeys find it by). */
export function ChartSvg(props: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  className: string;
  children: ReactNode;
}) {
  const { id, title, description, width, height, className, children } = props;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      role="img"
      aria-labelledby={`chart-${id}-title chart-${id}-desc`}
      data-testid={`chart-${id}`}
    >
      <title id={`chart-${id}-title`}>{title}</title>
      <desc id={`chart-${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
