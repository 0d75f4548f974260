import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every table holding practice data can be distributed by practice_id (Citus) and no row can point at another
 * practice's row: practice_id is in its primary key, in every foreign key to another practice table and in
 * every unique constraint. Tables are found in the catalog of the migrated database, so a new table is checked
 * without being listed here.
 */

/** Tables that are not distributed by practice_id, and why. Anything else with a practice_id column is. */
const REFERENCE_TABLES: Record<string, string> = {
  practices: 'the tenant root: its id is the distribution key of every other table (a Citus reference table)',
  users: 'small and looked up by email across practices at sign-in, so a reference table; (practice_id, id) is unique for foreign keys',
};

/** Tables without practice_id: not practice data. A new one must be justified here (and is a Citus reference or local table). */
const NON_PRACTICE_TABLES: Record<string, string> = {
  practices: 'the tenant root (see above)',
  rate_limits: 'abuse-limit counters (rate-limiter-flexible) per hashed email or IP, before any practice is known',
  portal_link_requests: 'portal magic-link rate limiting per hashed email, before any practice is known',
};

const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
afterAll(() => sql.end({ timeout: 5 }));

type Constraint = {
  table: string;
  name: string;
  type: 'p' | 'f' | 'u';
  columns: string[];
  target: string | null;
  targetColumns: string[] | null;
};

type Ex = postgres.Sql | postgres.TransactionSql;

async function catalog(sql: Ex) {
  const tenant = (
    await sql<{ table: string }[]>`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'practice_id' and not a.attisdropped)
      order by 1`
  ).map((r) => r.table);
  const all = (
    await sql<{ table: string }[]>`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`
  ).map((r) => r.table);
  const constraints = await sql<Constraint[]>`
    select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      case when c.contype = 'f' then c.confrelid::regclass::text end as target,
      case when c.contype = 'f' then array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) end as "targetColumns"
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype in ('p', 'f', 'u')`;
  // Unique indexes made without a constraint (e.g. on lower(email)) count as unique constraints for Citus.
  const uniqueIndexes = await sql<{ table: string; name: string; definition: string }[]>`
    select i.indrelid::regclass::text as table, x.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class x on x.oid = i.indexrelid join pg_namespace n on n.oid = x.relnamespace
    where n.nspname = 'public' and i.indisunique and not i.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  return { tenant, all, constraints, uniqueIndexes };
}

/** Every breach of the rules above, by rule; all empty when the schema is right. */
async function breaches(sql: Ex) {
  const { tenant, all, constraints, uniqueIndexes } = await catalog(sql);
  const isTenant = new Set(tenant);
  const distributed = new Set(tenant.filter((t) => !(t in REFERENCE_TABLES)));
  return {
    primaryKey: [...distributed].filter(
      (t) => !constraints.some((c) => c.table === t && c.type === 'p' && c.columns.includes('practice_id')),
    ),
    foreignKey: constraints
      .filter((c) => c.type === 'f' && c.target !== 'practices' && isTenant.has(c.target!))
      .filter((c) => {
        const at = c.columns.indexOf('practice_id');
        // A table without practice_id pointing at practice data, or a key that lets a row point into another practice.
        return at < 0 || c.targetColumns![at] !== 'practice_id';
      })
      .map((c) => `${c.table}.${c.name} (${c.columns.join(', ')}) -> ${c.target} (${c.targetColumns!.join(', ')})`),
    unique: [
      ...constraints.filter((c) => c.type === 'u' && distributed.has(c.table) && !c.columns.includes('practice_id')).map((c) => c.name),
      ...uniqueIndexes.filter((i) => distributed.has(i.table) && !/\bpractice_id\b/.test(i.definition)).map((i) => i.name),
    ],
    unknownTables: all.filter((t) => !isTenant.has(t) && !(t in NON_PRACTICE_TABLES)),
  };
}

describe('tenancy keys', () => {
  it('finds the practice tables in the catalog', async () => {
    const { tenant } = await catalog(sql);
    expect(tenant).toEqual(expect.arrayContaining(['clients', 'measurements', 'coaching_sessions', 'homework', 'timeline_events']));
    for (const table of Object.keys(REFERENCE_TABLES)) expect([...tenant, 'practices'], table).toContain(table);
    for (const table of Object.keys(NON_PRACTICE_TABLES)) expect(tenant, table).not.toContain(table);
  });

  it('puts practice_id in the primary, foreign and unique keys of every distributed table, and knows every other table', async () => {
    expect(await breaches(sql)).toEqual({ primaryKey: [], foreignKey: [], unique: [], unknownTables: [] });
  });

  it('fails a new table that lacks those keys', async () => {
    const found = await sql
      .begin(async (tx) => {
        await tx.unsafe(`
          create table notes_without_keys (
            id uuid primary key, practice_id uuid not null, client_id uuid not null, author_id uuid not null, slug text unique,
            foreign key (client_id, practice_id) references clients (id, practice_id),
            foreign key (author_id) references users (id)
          );
          create table scratch (id uuid primary key);`);
        const result = await breaches(tx);
        throw Object.assign(new Error('rollback'), { result });
      })
      .catch((error: { result?: Awaited<ReturnType<typeof breaches>> }) => error.result);
    expect(found).toEqual({
      primaryKey: ['notes_without_keys'],
      foreignKey: [expect.stringMatching(/^notes_without_keys\.\w+ \(author_id\) -> users \(id\)$/)],
      unique: [expect.stringMatching(/slug/)],
      unknownTables: ['scratch'],
    });
  });
});
