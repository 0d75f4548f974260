import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from './client';

/**
 * The app's statements are prepared (parsed once per connection, one round trip each) and still planned for their
 * own values. A named prepared statement is in its own session's pg_prepared_statements from the moment it is parsed,
 * so the statement can see itself; an unprepared (unnamed) one cannot.
 */
describe('the app’s database handle', () => {
  it('prepares its statements, and plans each run for its own values', async () => {
    const marker = 'db-client-prepared-probe';
    const ask = () =>
      getDb().execute<{ prepared: number; mode: string }>(
        sql`select count(*)::int as prepared, current_setting('plan_cache_mode') as mode
            from pg_prepared_statements where statement like ${`%${marker}%`} /* db-client-prepared-probe */`,
      );
    const [first] = await ask();
    expect(first).toEqual({ prepared: 1, mode: 'force_custom_plan' });
    // A second run reuses it (on whichever connection it lands, it is prepared there once).
    const [again] = await ask();
    expect(again).toEqual({ prepared: 1, mode: 'force_custom_plan' });
  });

  it('prepares nothing, and sets nothing at connect, with ?prepare=false in the URL (a pooler that keeps neither)', async () => {
    const url = process.env.DATABASE_URL as string;
    process.env.DATABASE_URL = `${url}${url.includes('?') ? '&' : '?'}prepare=false`;
    try {
      const [row] = await getDb().execute<{ prepared: number; mode: string }>(
        sql`select count(*)::int as prepared, current_setting('plan_cache_mode') as mode
            from pg_prepared_statements where statement like ${'%db-client-unprepared-probe%'} /* db-client-unprepared-probe */`,
      );
      expect(row).toEqual({ prepared: 0, mode: 'auto' });
    } finally {
      await closeDb();
      process.env.DATABASE_URL = url;
    }
  });

  it('leaves statements in a transaction unprepared (they run on the transaction’s own handle)', async () => {
    const rows = await getDb().transaction((tx) =>
      tx.execute<{ prepared: number }>(
        sql`select count(*)::int as prepared from pg_prepared_statements
            where statement like ${'%db-client-in-transaction-probe%'} /* db-client-in-transaction-probe */`,
      ),
    );
    expect([...rows]).toEqual([{ prepared: 0 }]);
  });
});
