import postgres from 'postgres';

class Rollback extends Error {}

/**
 * The plan PostgreSQL would run `text` by, as the app sent it: with `parameters` as given, or without them as a generic
 * plan (what a prepared statement becomes; a bound parameter inside an indexed expression would not match the index).
 * `setup` runs first in the same transaction (`set local enable_seqscan = off`, an index dropped to see what else fits),
 * and the transaction is rolled back, so nothing of it stays.
 */
export async function planOf(
  sql: postgres.Sql,
  statement: { text: string; parameters?: unknown[] },
  setup: readonly string[] = [],
): Promise<string> {
  let plan = '';
  await sql
    .begin(async (tx) => {
      for (const step of setup) await tx.unsafe(step);
      const rows = statement.parameters
        ? await tx.unsafe(`explain ${statement.text}`, statement.parameters as never[])
        : await tx.unsafe(`explain (generic_plan) ${statement.text}`);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return plan;
}

/**
 * A connection of its own that remembers the last statement it sent that contains `marker`, for a test that runs a
 * query function on it (through `drizzle(statements.sql, { schema })`) and then reads that statement's plan (planOf).
 */
export function capturingConnection(marker: string) {
  let last: { text: string; parameters: unknown[] } | undefined;
  const sql = postgres(process.env.DATABASE_URL!, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query, parameters) => {
      if (query.includes(marker)) last = { text: query, parameters };
    },
  });
  return {
    sql,
    /** The last statement sent with the marker; throws when there was none (the test would prove nothing). */
    last() {
      if (!last) throw new Error(`no statement with "${marker}" was sent`);
      return last;
    },
  };
}
