import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

import { e2eSlot } from './e2e/slot';

// E2E_SLOT=n gives a run its own port, database and build folder, so runs can go side by side.
const { port: PORT, dbPort, dataDir, distDir } = e2eSlot();
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: {
      // Browser downloads are blocked here: use Debian's chromium when it is installed.
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A production build against a fresh embedded database of its own, with the demo practice.
    command: `npm run build && tsx scripts/app.ts start`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 900_000,
    reuseExistingServer: false,
    // Lets the launcher stop Next.js and then the embedded PostgreSQL cleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: distDir,
      FRESH_DATA: '1',
      SEED_DEMO: '1',
      EMBEDDED_PG_PORT: String(dbPort),
      NEXT_TELEMETRY_DISABLED: '1',
      // A production build on this machine: outbox mail, http and the embedded database are allowed (lib/runtime/production-checks.ts).
      ALLOW_LOCAL_PRODUCTION: '1',
      // Turns on the pages that throw on purpose (app/(coach)/e2e-error, app/portal/e2e-error) for the error-page test.
      E2E_FORCE_ERRORS: '1',
    },
  },
});
