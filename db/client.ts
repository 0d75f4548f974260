import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
/** A database handle or an open transaction: query functions accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/** Statements sent since the process started; only counted when BENCH_COUNT_QUERIES=1 (the benchmark's server). */
const counter = globalThis as unknown as { __jdrQueryCount?: number };
export const benchQueryCount = {
  increment: () => {
    counter.__jdrQueryCount = (counter.__jdrQueryCount ?? 0) + 1;
  },
  read: () => counter.__jdrQueryCount ?? 0,
};

type Cached = { url: string; sql: postgres.Sql; db: Database };
const globalCache = globalThis as unknown as { __jdrDb?: Cached };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded PostgreSQL when no DATABASE_URL is given.',
    );
  }
  return url;
}

/**
 * Drizzle sends every statement through `sql.unsafe` with `prepare: false`: each one is then parsed afresh and takes
 * two round trips (postgres.js first asks for its parameter types). Its text is static with parameters, so it is
 * prepared here: each connection parses a statement once and keeps it. postgres.js prepares it again by itself when a
 * migration changes a table's columns; a type dropped and made again (a `--clean` restore) needs the app restarted.
 * Measured at the large practice: 3–6 ms less per coach page. Statements inside a transaction run on the transaction's
 * own handle and stay unprepared.
 */
function preparing(sql: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql['unsafe'] = (query, params, options) => sql.unsafe(query, params, { ...options, prepare: true });
  return new Proxy(sql, { get: (target, prop, receiver) => (prop === 'unsafe' ? unsafe : Reflect.get(target, prop, receiver)) });
}

/** One cached postgres.js client per process (survives hot reloads in development). */
export function getDb(): Database {
  const url = databaseUrl();
  const cached = globalCache.__jdrDb;
  if (cached && cached.url === url) return cached.db;
  // `?prepare=false` in DATABASE_URL: statements as Drizzle sends them, and no startup parameter of ours (for a pooler
  // that keeps no prepared statements or refuses unknown startup parameters, such as PgBouncer by default).
  const prepare = new URL(url).searchParams.get('prepare') !== 'false';
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Prepared statements (below) are still planned for their own values on every run: a plan made once for "any
    // practice" could suit a small practice and not a large one, whose rows far outnumber the average.
    ...(prepare ? { connection: { plan_cache_mode: 'force_custom_plan' } } : {}),
    onnotice: () => {},
    // `npm run bench` counts the statements each request sends (app/api/bench/queries reads the counter).
    // BENCH_LOG_QUERIES=1 also prints each statement (to find which ones a page sends).
    ...(process.env.BENCH_COUNT_QUERIES === '1'
      ? {
          debug: (_conn: number, query: string) => {
            // postgres.js reads the array types once per new connection: connection setup, not the request's work.
            if (query.includes('from pg_catalog.pg_type')) return;
            benchQueryCount.increment();
            if (process.env.BENCH_LOG_QUERIES === '1') console.error(`[sql] ${query.replace(/\s+/g, ' ').slice(0, 400)}`);
          },
        }
      : {}),
  });
  const db = drizzle(prepare ? preparing(sql) : sql, { schema });
  globalCache.__jdrDb = { url, sql, db };
  return db;
}

export async function closeDb(): Promise<void> {
  const cached = globalCache.__jdrDb;
  globalCache.__jdrDb = undefined;
  await cached?.sql.end({ timeout: 5 });
}
