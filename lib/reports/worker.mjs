// The report worker (piscina): plain ESM so Node loads it as is, in dev, in the build and in tests;
// tsx compiles the TypeScript report modules it imports. One task at a time per worker.
import { register } from 'tsx/esm/api';

register();
const { renderReport } = await import('./render.ts');

/** @param {import('./types').ReportRequest} request */
export default async function render(request) {
  const bytes = await renderReport(request);
  // Transfer the buffer back instead of copying it.
  return bytes;
}
