// The report worker (piscina): plain ESM so Node loads it as is, in dev, in the build and in tests;
// tsx compiles the TypeScript report modules it imports. One task at a time per worker.
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// Lower this thread's CPU priority (Linux: a thread is a schedulable task with its own id, found through
// /proc/thread-self), so the thread serving pages wins when both want the same core. Raising niceness needs
// no privilege; elsewhere (no /proc) the worker just runs at normal priority.
const nice = Number(workerData?.nice ?? 0);
if (nice > 0) {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, nice);
  } catch {
    // not Linux: keep the default priority
  }
}

register();
const { renderReport } = await import('./render.ts');

/** @param {import('./types').ReportRequest} request */
export default async function render(request) {
  const bytes = await renderReport(request);
  // Transfer the buffer back instead of copying it.
  return bytes;
}
