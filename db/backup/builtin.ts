/**
 * A logical backup without pg_dump, for when no pg_dump of the server's major version is installed
 * (the embedded PostgreSQL ships only initdb, pg_ctl and postgres). The schema is not stored: it is the
 * app's migrations, so the file records which migrations had run and the rows of every table (COPY text).
 * Restore migrates an empty database to that same point, loads the rows, then runs the newer migrations.
 *
 * File: gzip of lines. Line 1 is a JSON header; then per table a JSON line {table, columns}, one row_to_json line per
 * row (PostgreSQL's own text forms, so json_populate_recordset reads back the same values) and a line `\.`.
 * Rows are read with a cursor: postgres.js's COPY streams stalled on larger tables.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import postgres from 'postgres';
import { migrationsFolder } from '@/db/migrate';

export const BUILTIN_FORMAT = 'balanspunt-dump/1';
const END = '\\.';

type Header = {
  format: typeof BUILTIN_FORMAT;
  createdAt: string;
  serverVersion: string;
  /** drizzle's record of applied migrations: created_at is the journal's `when`. */
  migrations: { hash: string; createdAt: number }[];
  tables: string[];
  sequences: { name: string; lastValue: string | null }[];
};

/** Tables of the public schema, parents before children so that foreign keys hold while loading. */
async function tablesInLoadOrder(sql: postgres.TransactionSql): Promise<string[]> {
  const tables = (
    await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
  ).map((r) => r.name);
  const edges = await sql<{ child: string; parent: string }[]>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`;
  const unquote = (name: string) => name.replace(/^"|"$/g, '').replace(/^public\./, '');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error('Foreign keys form a cycle between tables; cannot order the backup.');
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

async function columnsOf(sql: postgres.TransactionSql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`;
  return rows.map((r) => r.name);
}

async function write(stream: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export async function builtinDump(url: string, file: string): Promise<{ tables: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  try {
    // One snapshot for every table: rows written while the backup runs are either all in or all out.
    await sql.begin('isolation level repeatable read read only', async (tx) => {
      const tables = await tablesInLoadOrder(tx);
      const [{ migrated } = { migrated: false }] = await tx<{ migrated: boolean }[]>`
        select to_regclass('drizzle.__drizzle_migrations') is not null as migrated`;
      const migrations = migrated
        ? await tx<{ hash: string; createdAt: string }[]>`
            select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by created_at`
        : [];
      const sequences = await tx<{ name: string; lastValue: string | null }[]>`
        select sequencename as name, last_value::text as "lastValue" from pg_sequences where schemaname = 'public'`;
      const [version] = await tx<{ v: string }[]>`show server_version`;
      const header: Header = {
        format: BUILTIN_FORMAT,
        createdAt: new Date().toISOString(),
        serverVersion: version!.v,
        migrations: migrations.map((m) => ({ hash: m.hash, createdAt: Number(m.createdAt) })),
        tables,
        sequences: sequences.map((s) => ({ name: s.name, lastValue: s.lastValue })),
      };
      await write(gzip, `${JSON.stringify(header)}\n`);
      for (const table of tables) {
        const columns = await columnsOf(tx, table);
        await write(gzip, `${JSON.stringify({ table, columns })}\n`);
        const cursor = tx<{ j: string }[]>`select row_to_json(t)::text as j from ${tx(table)} t`.cursor(500);
        for await (const rows of cursor) await write(gzip, rows.map((r) => `${r.j}\n`).join(''));
        await write(gzip, `${END}\n`);
      }
    });
    gzip.end();
    await finished(out);
    return { tables: (await readHeader(file)).tables.length };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(file, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function readHeader(file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as Header;
    if (header.format !== BUILTIN_FORMAT) throw new Error(`${file} is not a Balanspunt backup`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

/** A copy of the migrations folder holding only the migrations that had run when the backup was taken. */
export async function migrationsUpTo(lastApplied: number): Promise<string> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const newest = journal.entries.at(-1)?.when ?? 0;
  if (lastApplied > newest) throw new Error('This backup was made by a newer version of the app; update the app before restoring it.');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-migrations-'));
  await mkdir(path.join(dir, 'meta'));
  const entries = journal.entries.filter((e) => e.when <= lastApplied);
  for (const e of entries) await copyFile(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  await writeFile(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

/**
 * Restores into an empty database, or into a used one after `before` (SQL that empties it), and leaves it at the
 * backup's schema. All of it is one transaction: a restore that fails (a damaged file, say) leaves the database as it
 * was. The migrations up to the backup's are run here as drizzle's migrator runs them (its statements, its record in
 * drizzle.__drizzle_migrations), because that migrator opens a transaction of its own.
 */
export async function builtinRestore(url: string, file: string, before?: string): Promise<{ tables: number; rows: number }> {
  const header = await readHeader(file);
  const lastApplied = Math.max(0, ...header.migrations.map((m) => m.createdAt));
  const migrations = readMigrationFiles({ migrationsFolder });
  if (lastApplied > (migrations.at(-1)?.folderMillis ?? 0))
    throw new Error('This backup was made by a newer version of the app; update the app before restoring it.');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let rows = 0;
  try {
    await sql.begin(async (tx) => {
      if (before) await tx.unsafe(before);
      await tx`create schema if not exists drizzle`;
      await tx`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
      for (const migration of migrations.filter((m) => m.folderMillis <= lastApplied)) {
        for (const statement of migration.sql) await tx.unsafe(statement);
        await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
      }
      // Made right before it is read: readline drops lines emitted while nothing iterates it yet.
      const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
      let first = true;
      let current: { table: string; columns: string[] } | null = null;
      let batch: string[] = [];
      let tables = 0;
      const flush = async () => {
        if (!current || batch.length === 0) return;
        const { table, columns } = current;
        // Sent as text: postgres.js would serialise a json parameter (a string) once more.
        await tx`insert into ${tx(table)} (${tx(columns)})
          select ${tx(columns)} from json_populate_recordset(null::${tx(table)}, ${`[${batch.join(',')}]`}::text::json)`;
        rows += batch.length;
        batch = [];
      };
      for await (const line of lines) {
        if (first) {
          first = false;
        } else if (current === null) {
          current = JSON.parse(line) as { table: string; columns: string[] };
          tables++;
        } else if (line === END) {
          await flush();
          current = null;
        } else {
          batch.push(line);
          if (batch.length >= 500) await flush();
        }
      }
      if (current !== null || tables !== header.tables.length) throw new Error(`${file} is cut short`);
      for (const s of header.sequences) {
        if (s.lastValue !== null) await tx`select setval(${`public.${s.name}`}::regclass, ${s.lastValue}::bigint, true)`;
      }
    });
    return { tables: header.tables.length, rows };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
