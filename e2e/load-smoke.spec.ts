import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { e2eSlot } from './slot';

// `npm run load` for three seconds with two coaches and two clients against the build this run made: no timing
// assertions, only that the script still seeds, signs in, saves through the real actions and finds no error. The
// full 60-second run is not part of the tests (BENCHMARKS.md holds its latest figures); this keeps it from rotting.
test('the load script runs end to end: every request answers, answers are stored', async () => {
  test.setTimeout(180_000);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/load.ts', '--duration', '3', '--coaches', '2', '--clients', '2'],
    { env: { ...process.env, NEXT_DIST_DIR: e2eSlot().distDir }, timeout: 170_000 },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`${error.stderr ?? ''}\n${error.stdout ?? ''}`.slice(-4000));
  });
  expect(stdout).toMatch(/\| coach: save intake answer \(action\) \| [1-9]\d* \| 0 \|/);
  expect(stdout).toMatch(/\| client: save homework answer \(action\) \| [1-9]\d* \| 0 \|/);
  expect(stdout).toMatch(/requests in 3 s \([\d.]+\/s\), 0 errors/);
  expect(stdout).toMatch(/Stored: [1-9]\d* intake answers, [1-9]\d* homework answers/);
});
