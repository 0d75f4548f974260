import 'server-only';
import { createReportPool } from './worker-pool';
import type { ReportRequest } from './types';

type Pool = ReturnType<typeof createReportPool>;

// One pool per server process, kept across hot reloads in development.
const holder = globalThis as typeof globalThis & { __reportPool?: Pool };

/** Renders a report in the worker pool (off the request thread). */
export function renderReportInPool(request: ReportRequest): Promise<Uint8Array> {
  holder.__reportPool ??= createReportPool();
  return holder.__reportPool.render(request);
}
