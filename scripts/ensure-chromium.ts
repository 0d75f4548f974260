/**
 * Before the end-to-end tests and the benchmark: a browser for Playwright. Browser downloads are blocked on the
 * machines this is built on, so the tests drive Debian's Chromium when it is there (playwright.config.ts) and
 * Playwright's own browser otherwise. On a fresh Debian machine neither is there yet: as root, this installs Debian's
 * `chromium`, so that the README's test command works from a clean clone without a step by hand; anywhere else it
 * says what to install and stops.
 *
 * `--system`: Debian's Chromium itself is needed (the benchmark's Lighthouse and page checks start it by path).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const systemOnly = process.argv.includes('--system');

/** Whether Playwright's own browser starts (headless tests use its headless shell, not the path it reports). */
async function playwrightsOwnStarts() {
  try {
    const browser = await chromium.launch({ timeout: 30_000 });
    await browser.close();
    return true;
  } catch {
    return false;
  }
}

/** apt's progress only when it fails: a test run's output is for the tests. */
function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status === 0;
}

// Debian only: on Ubuntu the `chromium` package is a stub for a snap, which does not run in a container.
function isDebian() {
  try {
    return /^ID=debian$/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

if (existsSync(SYSTEM_CHROMIUM) || (!systemOnly && (await playwrightsOwnStarts()))) process.exit(0);

if (process.getuid?.() === 0 && isDebian()) {
  console.log('No browser for the end-to-end tests: installing Debian’s chromium (apt-get install chromium)…');
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && existsSync(SYSTEM_CHROMIUM)) {
    process.exit(0);
  }
  console.error('Installing chromium failed (apt-get’s output above).');
  process.exit(1);
}
console.error(
  [
    systemOnly ? `The benchmark drives Chromium at ${SYSTEM_CHROMIUM}, and there is none.` : 'No browser for the end-to-end tests.',
    isDebian() ? 'Install Debian’s Chromium: sudo apt-get install -y chromium' : null,
    systemOnly ? null : 'Or, where downloads are allowed, Playwright’s own: npx playwright install chromium',
  ]
    .filter(Boolean)
    .join('\n'),
);
process.exit(1);
