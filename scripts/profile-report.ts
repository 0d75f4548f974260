/**
 * Renders the report fixture repeatedly, for a CPU profile of a warm render:
 *   npm run reports:profile -- [client|manager] [n]   (NODE_ENV=production node --cpu-prof … scripts/profile-report.ts)
 * then: npm run reports:profile-summary -- .data/prof/<file>.cpuprofile [top]
 */
import { renderReport } from '@/lib/reports/render';
import type { ReportRequest } from '@/lib/reports/types';
import { clientReportFixture, managerReportFixture } from '@/lib/testing/report-fixtures';

const kind = process.argv[2] === 'manager' ? 'manager' : 'client';
const n = Number(process.argv[3] ?? 20);
const request: ReportRequest = kind === 'client' ? { kind, data: clientReportFixture('nl') } : { kind, data: managerReportFixture('nl') };
for (let i = 0; i < 3; i++) await renderReport(request);
const times: number[] = [];
for (let i = 0; i < n; i++) {
  const t = performance.now();
  await renderReport(request);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${kind}: ${n} warm renders, p50 ${(times[Math.floor(n / 2)] ?? 0).toFixed(0)} ms, min ${(times[0] ?? 0).toFixed(0)} ms`);
