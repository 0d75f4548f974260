import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managerReportFixture } from '@/lib/testing/report-fixtures';
import { createReportPool, ReportsBusyError, reportQueueLimit, reportWorkerCount, reportWorkerNice } from './worker-pool';

describe('report pool sizing', () => {
  it('leaves one core to the page-serving thread, REPORT_WORKERS overrides', () => {
    expect(reportWorkerCount({}, 2)).toBe(1);
    expect(reportWorkerCount({}, 1)).toBe(1);
    expect(reportWorkerCount({}, 8)).toBe(7);
    expect(reportWorkerCount({ REPORT_WORKERS: '3' }, 2)).toBe(3);
    expect(reportWorkerCount({ REPORT_WORKERS: '0' }, 4)).toBe(3);
    expect(reportWorkerCount({ REPORT_WORKERS: 'many' }, 4)).toBe(3);
  });

  it('lets 40 renders wait for a worker unless REPORT_QUEUE says otherwise', () => {
    expect(reportQueueLimit({})).toBe(40);
    expect(reportQueueLimit({ REPORT_QUEUE: '5' })).toBe(5);
    expect(reportQueueLimit({ REPORT_QUEUE: '0' })).toBe(40);
    expect(reportQueueLimit({ REPORT_QUEUE: '5000' })).toBe(1000);
  });

  it('runs workers at nice 19 unless REPORT_WORKER_NICE says otherwise (0 turns it off)', () => {
    expect(reportWorkerNice({})).toBe(19);
    expect(reportWorkerNice({ REPORT_WORKER_NICE: '0' })).toBe(0);
    expect(reportWorkerNice({ REPORT_WORKER_NICE: '10' })).toBe(10);
    expect(reportWorkerNice({ REPORT_WORKER_NICE: '40' })).toBe(19);
    expect(reportWorkerNice({ REPORT_WORKER_NICE: '-5' })).toBe(19);
  });
});

// Linux: every thread of this process is /proc/self/task/<tid>; field 19 of its stat line is the nice value.
const niceOfThreads = () =>
  readdirSync('/proc/self/task').map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]));

describe.skipIf(!existsSync('/proc/self/task'))('report worker priority', () => {
  it('lowers the worker thread’s priority, not the process’s', { timeout: 60_000 }, async () => {
    const pool = createReportPool({ maxThreads: 1, nice: 19 });
    try {
      const bytes = await pool.render({ kind: 'manager', data: managerReportFixture('nl') });
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const nices = niceOfThreads();
      // The worker and the threads it starts (tsx's module-loader thread inherits the niceness).
      expect(nices.filter((n) => n === 19).length).toBeGreaterThanOrEqual(1);
      expect(nices.filter((n) => n === 0).length).toBeGreaterThanOrEqual(1);
      expect(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ')[16]).toBe('0');
    } finally {
      await pool.destroy();
    }
  });

  it('refuses a render as busy when the line of waiting renders is full, and renders again once it has room', {
    timeout: 60_000,
  }, async () => {
    const pool = createReportPool({ maxThreads: 1, nice: 0, maxQueue: 2 });
    try {
      const request = { kind: 'manager' as const, data: managerReportFixture('nl') };
      // One render on the worker, two waiting: the fourth finds the line full.
      const first = [pool.render(request), pool.render(request), pool.render(request), pool.render(request)];
      const settled = await Promise.allSettled(first);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
      expect((settled[3] as PromiseRejectedResult).reason).toBeInstanceOf(ReportsBusyError);
      expect(new TextDecoder().decode((await pool.render(request)).slice(0, 5))).toBe('%PDF-');
    } finally {
      await pool.destroy();
    }
  });
});
