/**
 * Renders the client and the manager report in Dutch and English from the test fixtures and turns every
 * page into a PNG with pdftoppm (Debian's poppler-utils), so a person can look at them:
 *   npx tsx scripts/report-pngs.ts [out-folder]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReport } from '@/lib/reports/render';
import { clientReportFixture, managerReportFixture } from '@/lib/testing/report-fixtures';

const out = path.resolve(process.argv[2] ?? '.data/report-pngs');
await mkdir(out, { recursive: true });
for (const locale of ['nl', 'en'] as const) {
  for (const request of [
    { kind: 'client' as const, data: clientReportFixture(locale) },
    { kind: 'manager' as const, data: managerReportFixture(locale) },
  ]) {
    const file = path.join(out, `${request.kind}-${locale}.pdf`);
    await writeFile(file, await renderReport(request));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(out, `${request.kind}-${locale}`)]);
    console.log(file);
  }
}
