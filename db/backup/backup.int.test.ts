import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDb } from '@/db/client';
import { migrationsFolder } from '@/db/migrate';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { practices } from '@/db/schema';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { seedDemoIfEmpty } from '@/scripts/seed-demo';
import { migrationsUpTo } from './builtin';
import { findPgTools } from './pg-tools';
import { backup, prune, restore } from './run';

const adminUrl = inject('pgAdminUrl');
const urlOf = (db: string) => adminUrl.replace(/\/[^/]*$/, `/${db}`);
const freshName = () => `r_${randomBytes(6).toString('hex')}`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-backups-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Row count of every table the catalog knows in the app's schemas (none named by hand). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  return withSql(url, async (sql) => {
    const tables = await sql<{ schema: string; name: string }[]>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`;
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(t.schema)}.${sql(t.name)}`;
      counts[`${t.schema}.${t.name}`] = row!.n;
    }
    return counts;
  });
}

/** A checksum over every column of every row, in a stable order. */
async function checksum(url: string, table: string): Promise<string> {
  return withSql(url, async (sql) => {
    const [row] = await sql<
      { sum: string }[]
    >`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${sql(table)} t`;
    return row!.sum;
  });
}

async function populate() {
  expect(await seedDemoIfEmpty(getDb())).toBe(true);
  const other = await createPractice('Tweede praktijk');
  const coach = await addCoach(other.practiceId);
  await seedClient(other.practiceId, coach.userId, { firstName: 'Zoë', lastName: "O'Brien\n\\tab\t" });
  // Binary data too: a logo with every byte value.
  const logo = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  await getDb().update(practices).set({ logo, logoMime: 'image/png' }).where(eq(practices.id, other.practiceId));
}

describe('db:backup and db:restore', () => {
  it('restores a populated practice into a fresh database with every row of every table', async () => {
    await populate();
    const source = process.env.DATABASE_URL!;
    const result = await backup({ url: source, dir, tool: 'builtin' });
    expect(path.basename(result.file)).toMatch(/^balanspunt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.bpdump\.gz$/);

    const target = urlOf(freshName());
    await restore({ url: target, file: result.file, create: true });

    const before = await rowCounts(source);
    expect(before['public.measurements']).toBeGreaterThan(0);
    expect(before['public.coaching_sessions']).toBeGreaterThan(0);
    expect(before['public.homework']).toBeGreaterThan(0);
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThan(8);
    expect(await rowCounts(target)).toEqual(before);
    for (const table of [
      'practices',
      'clients',
      'measurement_answers',
      'coaching_sessions',
      'homework_answers',
      'users',
      'timeline_events',
    ]) {
      expect(await checksum(target, table), table).toBe(await checksum(source, table));
    }

    // A used database is refused unless --clean.
    await expect(restore({ url: target, file: result.file })).rejects.toThrow(/not empty/);
    await restore({ url: target, file: result.file, clean: true });
    expect(await rowCounts(target)).toEqual(before);
  });

  it('migrates a backup taken before the newest migration to the current schema', async () => {
    const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    };
    const last = journal.entries.at(-1)!;
    const previous = journal.entries.at(-2)!;
    const oldName = freshName();
    await withSql(adminUrl, (sql) => sql.unsafe(`create database ${oldName}`));
    const oldUrl = urlOf(oldName);
    const folder = await migrationsUpTo(previous.when);
    await withSql(oldUrl, (sql) => migrate(drizzle(sql), { migrationsFolder: folder }));
    await rm(folder, { recursive: true, force: true });
    // The newest migration's tables do not exist yet; write rows with plain SQL into the older schema.
    const lastSql = await readFile(path.join(migrationsFolder, `${last.tag}.sql`), 'utf8');
    const newTables = [...lastSql.matchAll(/CREATE TABLE "([a-z_]+)"/g)].map((m) => m[1]!);
    await withSql(oldUrl, async (sql) => {
      const [practice] = await sql<{ id: string }[]>`insert into practices (name) values ('Oude praktijk') returning id`;
      await sql`insert into users (practice_id, email, name, password_hash, role) values (${practice!.id}, 'oud@example.test', 'Oud', 'x', 'owner')`;
    });
    const oldCounts = await rowCounts(oldUrl);

    const result = await backup({ url: oldUrl, dir, tool: 'builtin', now: new Date(Date.now() + 60_000) });
    const target = urlOf(freshName());
    await restore({ url: target, file: result.file, create: true });

    const restored = await rowCounts(target);
    expect(restored['drizzle.__drizzle_migrations']).toBe(journal.entries.length);
    for (const table of newTables) expect(restored, table).toHaveProperty(`public.${table}`, 0);
    for (const [table, n] of Object.entries(oldCounts))
      if (table !== 'drizzle.__drizzle_migrations') expect(restored[table], table).toBe(n);
    expect(await checksum(target, 'users')).toBe(await checksum(oldUrl, 'users'));
  });

  it('keeps only the newest backups with --keep', async () => {
    const keepDir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-keep-'));
    const names = ['2026-01-01T00-00-00Z.dump', '2026-01-02T00-00-00Z.bpdump.gz', '2026-01-03T00-00-00Z.dump'].map(
      (n) => `balanspunt-${n}`,
    );
    for (const n of [...names, 'notes.txt']) await writeFile(path.join(keepDir, n), 'x');
    expect(await prune(keepDir, 2)).toEqual([names[0]]);
    expect((await readdir(keepDir)).sort()).toEqual([names[1], names[2], 'notes.txt']);
    await rm(keepDir, { recursive: true, force: true });
  });

  it('uses pg_dump custom format when a pg_dump that can read the server is installed', async (context) => {
    const tool = await findPgTools();
    const major = await withSql(adminUrl, async (sql) =>
      Math.floor(Number((await sql`show server_version_num`)[0]!.server_version_num) / 10000),
    );
    if (!tool || tool.major < major) context.skip(`no pg_dump ${major} on this machine (found ${tool?.major ?? 'none'})`);
    await seedDemoIfEmpty(getDb());
    const result = await backup({ url: process.env.DATABASE_URL!, dir, tool: 'pg_dump' });
    expect(result.file).toMatch(/\.dump$/);
    const target = urlOf(freshName());
    await restore({ url: target, file: result.file, create: true });
    expect(await rowCounts(target)).toEqual(await rowCounts(process.env.DATABASE_URL!));
  });
});
