import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { runMigrations as installJobQueue, Logger } from 'graphile-worker';
import postgres from 'postgres';
import { rescoreLogLine, rescoreOlderMeasurements } from '@/lib/intake/rescore';
import { logError } from '@/lib/log';
import * as schema from './schema';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Arbitrary constant: serialises migrations when several app instances start at once. */
const MIGRATION_LOCK = 728_340_111;

export async function runMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(drizzle(sql), { migrationsFolder });
      // The job queue (mail, account look-ups) lives in its own schema `graphile_worker`, versioned by Graphile Worker.
      await installJobQueue({ connectionString: url, logger: new Logger(() => () => {}) });
      await rescoreStoredScores(sql);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * After the migrations, under their lock (one app instance does it): completed measurements whose stored scores came
 * from older scoring rules get what completion stores today (lib/intake/rescore.ts). A failure is logged and start-up
 * goes on: those rows keep their stored values and are tried again at the next start.
 */
async function rescoreStoredScores(sql: postgres.Sql): Promise<void> {
  try {
    const line = rescoreLogLine(await rescoreOlderMeasurements(drizzle(sql, { schema })));
    if (line) console.log(line);
  } catch (error) {
    logError('rescore', error);
  }
}
