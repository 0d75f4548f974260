import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { ReportRequest } from './types';

/**
 * How many report workers: one core is left to the thread that serves pages, so on this 2-core machine one
 * worker (a burst of downloads queues instead of taking both cores). REPORT_WORKERS overrides it (1–16).
 */
export function reportWorkerCount(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const wanted = Number(env.REPORT_WORKERS);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 16);
  return Math.max(1, cores - 1);
}

/**
 * The niceness of a report worker thread (Linux: each worker lowers its own thread's priority, see worker.mjs),
 * so that when pages and reports want the same core the page wins. REPORT_WORKER_NICE overrides it (0–19; 0 = off).
 */
export function reportWorkerNice(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.REPORT_WORKER_NICE);
  if (env.REPORT_WORKER_NICE !== undefined && Number.isInteger(wanted) && wanted >= 0) return Math.min(wanted, 19);
  return 19;
}

/**
 * How many renders may wait for a worker (REPORT_QUEUE overrides it, 1–1,000). Beyond that a download is refused as
 * busy at once (ReportsBusyError) rather than waiting in an ever longer line; at ~150 ms a report, 40 is about 6 s.
 */
export function reportQueueLimit(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.REPORT_QUEUE);
  return Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, 1000) : 40;
}

/** Every worker busy and the line of waiting renders full: try again in a minute. */
export class ReportsBusyError extends Error {
  constructor() {
    super('report queue full');
    this.name = 'ReportsBusyError';
  }
}

/**
 * A small pool of worker threads that render reports, so a burst of downloads does not block the event
 * loop that serves pages.
 */
export function createReportPool(options: { maxThreads?: number; nice?: number; workerFile?: string; maxQueue?: number } = {}) {
  const filename = options.workerFile ?? path.join(process.cwd(), 'lib/reports/worker.mjs');
  const maxThreads = options.maxThreads ?? reportWorkerCount();
  const pool = new Piscina({
    filename,
    minThreads: 1,
    maxThreads,
    // A stuck render must not hold a worker forever; a worker that grew large is recycled.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
    workerData: { nice: options.nice ?? reportWorkerNice() },
  });
  const maxQueue = options.maxQueue ?? reportQueueLimit();
  return {
    render: async (request: ReportRequest): Promise<Uint8Array> => {
      if (pool.queueSize >= maxQueue) throw new ReportsBusyError();
      const out = (await pool.run(request)) as Uint8Array;
      return out instanceof Uint8Array ? out : new Uint8Array(out);
    },
    destroy: () => pool.destroy(),
    pool,
    maxThreads,
  };
}
