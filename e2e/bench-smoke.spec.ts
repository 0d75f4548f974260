import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { e2eSlot } from './slot';

// `npm run bench -- --smoke` against the build this run made: the small practice, a few requests, no timing
// assertions. It keeps the benchmark working (seed, sign-in cookies, action ids, statement counter) as the app changes.
test('the benchmark runs end to end on the small practice', async () => {
  test.setTimeout(120_000);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench/run.ts', '--smoke'], {
    env: { ...process.env, NEXT_DIST_DIR: e2eSlot().distDir },
    timeout: 110_000,
  });
  for (const row of [
    'not-found page (floor)',
    'dashboard',
    'client list, last page',
    'employer share page',
    'save intake answer (action)',
  ]) {
    expect(stdout).toMatch(new RegExp(`\\| ${row.replace(/[()]/g, '\\$&')} \\| \\d+\\.\\d \\|`));
  }
  // The statement counter works: a page that reads the database counts at least one statement.
  expect(stdout).toMatch(/\| dashboard \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [1-9]\d* \|/);
});
