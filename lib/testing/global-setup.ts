import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';

export const TEMPLATE_DB = 'balanspunt_template';

/** One embedded PostgreSQL per run (port TEST_PG_PORT, default 55432: two runs at once need two ports); a migrated template that every test file clones (see setup-database). */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-test-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: Number(process.env.TEST_PG_PORT ?? 55432) });
  await ensureDatabase(server.url(), TEMPLATE_DB);
  await runMigrations(server.url(TEMPLATE_DB));
  project.provide('pgAdminUrl', server.url());
  return async () => {
    await server.stop();
    // The data may live outside `dir` (as root with a private TMPDIR, see db/embedded.ts).
    await rm(server.dataDir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
