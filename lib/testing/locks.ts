import { sql } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';

/** Waits until `count` of this database's backends wait for a lock. */
export async function lockWaiters(count: number) {
  for (let i = 0; i < 250; i++) {
    const [row] = await getDb().execute<{ n: number }>(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (row?.n === count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`expected ${count} backends waiting for a lock`);
}

/**
 * A transaction that did `work` and stays open until `commit`: another change made at the same moment, written but not
 * yet committed, for a test of what a service does when it meets it.
 */
export async function heldTransaction(work: (tx: Executor) => Promise<unknown>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = () => {};
  const isHeld = new Promise<void>((resolve) => {
    held = resolve;
  });
  const done = getDb().transaction(async (tx) => {
    await work(tx);
    held();
    await released;
  });
  await Promise.race([isHeld, done]);
  return {
    commit: async () => {
      release();
      await done;
    },
  };
}
