import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { e2eSlot } from './slot';

// `npm run bench -- --smoke` against the build this run made: the small practice, a few requests, no timing
// assertions. It keeps the benchmark working (seed, sign-in cookies, action ids, statement counter) as the app changes.
test('the benchmark runs end to end on both seeds; every page sends at most 6 statements, the same at both sizes', async () => {
  test.setTimeout(180_000);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench/run.ts', '--smoke'], {
    env: { ...process.env, NEXT_DIST_DIR: e2eSlot().distDir },
    timeout: 170_000,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    // A missed statement target exits 1: show which page (the run prints it on stderr).
    throw new Error(`${error.stderr ?? ''}\n${error.stdout ?? ''}`.slice(-4000));
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
  expect(stdout).toMatch(/\| dashboard \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [\d.]+ \| [1-9]\d* \|/);
  // Issue 14: at most 6 statements per page at both sizes, the same count at both (not the floors, the answer save or
  // the PDFs, which are routes with their own budget). The run checks it too and exits 1; this reads the table itself.
  // Per size: p50, p95, ratio, the floor timed beside the row (empty for the floors), statements.
  const rows = [
    ...stdout.matchAll(
      /^\| ([^|]+?) \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [\d.]* \| (\d+) \| [\d.]+ \| [\d.]+ \| [\d.]+× \| [\d.]* \| (\d+) \|$/gm,
    ),
  ];
  const pages = rows.filter(([, name]) => !/\(floor\)|\(action\)|PDF$/.test(name!));
  expect(pages.map(([, name]) => name)).toEqual(expect.arrayContaining(['dashboard', 'client overview', 'results page', 'plan page']));
  for (const [, name, small, large] of pages) {
    expect.soft(Number(small), `${name}, small practice`).toBeLessThanOrEqual(6);
    expect.soft(Number(large), `${name}, same count at the larger practice`).toBe(Number(small));
  }
  expect(stdout).toContain('Every page: at most 6 statements, the same at both sizes.');
});
