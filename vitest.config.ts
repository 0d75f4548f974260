import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  '@': root,
  // `server-only` throws outside React Server Components; tests run our server modules directly.
  'server-only': path.join(root, 'lib/testing/empty-module.ts'),
};

export default defineConfig({
  test: {
    // Vitest leaves a core free by default: one worker on CI's two cores. Two ran the unit tests in 86 s instead of 110 and
    // the integration tests in 295 s instead of ~414 (they wait on PostgreSQL). Each integration file has its own database.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', '.next/**', '.next-*/**', '.data/**', 'e2e/**'],
          environment: 'node',
          globalSetup: ['lib/testing/global-setup.ts'],
          setupFiles: ['lib/testing/setup-database.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // next-auth imports `next/server` without an extension; let Vite resolve it.
          server: { deps: { inline: ['next-auth'] } },
        },
      },
    ],
  },
});
