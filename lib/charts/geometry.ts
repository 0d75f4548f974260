/**
 * Chart geometry shared by the server-rendered SVG and the PDF reports: plain shapes, no JSX.
 * All coordinates are finite and inside the chart box; values are clamped to the plot.
 */

export * from './bar-chart';
export * from './primitives';
export * from './quadrant-plot';
export * from './trend-chart';
