import path from 'node:path';
import { Piscina } from 'piscina';
import type { ReportRequest } from './types';

/**
 * A small pool of worker threads that render reports, so a burst of downloads does not block the event
 * loop that serves pages. Two workers at most: the machine has two cores and the rest of the app needs one.
 */
export function createReportPool(options: { maxThreads?: number; workerFile?: string } = {}) {
  const filename = options.workerFile ?? path.join(process.cwd(), 'lib/reports/worker.mjs');
  const pool = new Piscina({
    filename,
    minThreads: 1,
    maxThreads: options.maxThreads ?? 2,
    // A stuck render must not hold a worker forever; a worker that grew large is recycled.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return {
    render: async (request: ReportRequest): Promise<Uint8Array> => {
      const out = (await pool.run(request)) as Uint8Array;
      return out instanceof Uint8Array ? out : new Uint8Array(out);
    },
    destroy: () => pool.destroy(),
    pool,
  };
}
