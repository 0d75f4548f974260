import 'server-only';
import type { ReportRequest } from './types';
import { createReportPool } from './worker-pool';

type Pool = ReturnType<typeof createReportPool>;

// One pool per server process, kept across hot reloads in development.
const holder = globalThis as typeof globalThis & { __reportPool?: Pool };

/** Renders a report in the worker pool (off the request thread). */
export function renderReportInPool(request: ReportRequest): Promise<Uint8Array> {
  holder.__reportPool ??= createReportPool();
  return holder.__reportPool.render(request);
}
