import { sql } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import { getDb } from '@/db/client';
import { runMailJobsOnce } from '@/lib/mail/worker';

/** Every row of every Graphile Worker table, as text: what a dump of the queue would show (for tests of what it keeps). */
export async function queueTablesText(): Promise<string> {
  const db = getDb();
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'graphile_worker' and table_type = 'BASE TABLE'`,
  );
  let text = '';
  for (const { name } of tables) {
    const rows = await db.execute<{ row: string }>(
      sql`select t::text as row from ${sql.identifier('graphile_worker')}.${sql.identifier(name)} t`,
    );
    text += [...rows].map((r) => r.row).join('\n');
  }
  return text;
}

/** Runs the due mail jobs and waits until none is still running (runOnce can return while a second job finishes). */
export async function runJobs(): Promise<void> {
  await runMailJobsOnce();
  await vi.waitFor(async () => {
    const [row] = [
      ...(await getDb().execute<{ n: number }>(
        sql`select count(*)::int as n from graphile_worker._private_jobs where locked_at is not null`,
      )),
    ];
    expect(row!.n).toBe(0);
  });
}

/** Lets time pass for the queue: every job's backoff is over (the real waits grow to 6 hours). */
export const backoffOver = () => getDb().execute(sql`update graphile_worker._private_jobs set run_at = now()`);
