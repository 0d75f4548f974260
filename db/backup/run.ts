import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { runMigrations } from '@/db/migrate';
import { builtinDump, builtinRestore } from './builtin';
import type { Applied, Ledger } from './ledger';
import { findPgTools, type PgTool, pgDump, pgRestore } from './pg-tools';

export type Tool = 'auto' | 'pg_dump' | 'builtin';
const PREFIX = 'balanspunt-';

async function serverMajor(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: string }[]>`select current_setting('server_version_num') as v`;
    return Math.floor(Number(row!.v) / 10000);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** pg_dump when one that can read this server is installed (same or newer major), otherwise the built-in dump. */
async function chooseTool(url: string, wanted: Tool): Promise<{ kind: 'pg_dump'; tool: PgTool } | { kind: 'builtin'; reason?: string }> {
  if (wanted === 'builtin') return { kind: 'builtin' };
  const [tool, major] = await Promise.all([findPgTools(), serverMajor(url)]);
  if (tool && tool.major >= major) return { kind: 'pg_dump', tool };
  const reason = tool
    ? `pg_dump ${tool.major} cannot read PostgreSQL ${major} (install the client tools of version ${major} or set PG_BIN_DIR)`
    : `no pg_dump found (install the PostgreSQL ${major} client tools or set PG_BIN_DIR)`;
  if (wanted === 'pg_dump') throw new Error(reason);
  return { kind: 'builtin', reason };
}

/** Sortable UTC stamp for file names: 2026-11-30T21-45-07Z. */
export function stamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

export async function backup(options: { url: string; dir: string; keep?: number; tool?: Tool; now?: Date }) {
  const choice = await chooseTool(options.url, options.tool ?? 'auto');
  const name = `${PREFIX}${stamp(options.now)}${choice.kind === 'pg_dump' ? '.dump' : '.bpdump.gz'}`;
  const file = path.join(options.dir, name);
  if (choice.kind === 'pg_dump') await pgDump(choice.tool, options.url, file);
  else await builtinDump(options.url, file);
  const removed = options.keep ? await prune(options.dir, options.keep) : [];
  return { file, tool: choice.kind, note: choice.kind === 'builtin' ? choice.reason : undefined, removed };
}

/** Keeps the newest `keep` backups in `dir` (by the time stamp in their names) and deletes the rest. */
export async function prune(dir: string, keep: number): Promise<string[]> {
  const backups = (await readdir(dir)).filter((f) => f.startsWith(PREFIX) && /\.(dump|bpdump\.gz)$/.test(f)).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const f of old) await rm(path.join(dir, f));
  return old;
}

async function formatOf(file: string): Promise<'pg_dump' | 'builtin'> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString('latin1') === 'PGDMP') return 'pg_dump';
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return 'builtin';
    throw new Error(`${file} is not a backup made by db:backup`);
  } finally {
    await handle.close();
  }
}

/** The schemas the app's database holds: its tables and drizzle's record (migrations) and the job queue (Graphile Worker). */
const APP_SCHEMAS = ['public', 'drizzle', 'graphile_worker'];

/**
 * Empties a used database: the app owns these schemas; the restore recreates them (migrations recreate the extensions
 * and the job queue). Runs in the restore's own transaction, so a restore that fails leaves the database as it was.
 */
const CLEAN_SQL =
  'drop schema if exists drizzle cascade; drop schema if exists graphile_worker cascade; drop schema if exists public cascade; create schema public;';

export type RestoreOptions = {
  url: string;
  file: string;
  clean?: boolean;
  create?: boolean;
  /** Other databases whose ledger to apply again (--erasures-from, or the app's own one for --create). */
  erasuresFrom?: string[];
};

/**
 * What became of the ledger (erasures, ended share links, withdrawn releases and consents made after the backup):
 * `read` false when none could be read (then those may be undone); `warnings` name the databases that could not be read.
 */
export type LedgerOutcome = { read: boolean; applied: Applied; warnings: string[] };

/**
 * Restores into an empty database (or empties it first with `clean`), then migrates it to this app's schema and applies
 * again what protects a client and was done after the backup (db/backup/ledger.ts: erasures, ended share links,
 * withdrawn releases and consents): read before anything is emptied, from the target itself when it is used (not read:
 * nothing is replaced) and from `erasuresFrom` (not read: a warning, never a reason to stop half-way).
 */
export async function restore(options: RestoreOptions): Promise<{ format: 'pg_dump' | 'builtin'; ledger: LedgerOutcome }> {
  const format = await formatOf(options.file);
  // Everything that can be checked without the database is, before it is touched.
  let tool: PgTool | null = null;
  if (format === 'pg_dump') {
    tool = await findPgTools();
    if (!tool) throw new Error('This backup was made with pg_dump; install the PostgreSQL client tools (pg_restore) or set PG_BIN_DIR.');
  }
  if (options.create) await createDatabase(options.url);
  const sql = postgres(options.url, { max: 1, onnotice: () => {} });
  let used = false;
  try {
    // Tables in any of them, or drizzle's or the job queue's schema at all (their CREATE SCHEMA would fail).
    const [row] = await sql<{ n: number }[]>`
      select (select count(*) from information_schema.tables where table_schema in ${sql(APP_SCHEMAS)})::int
        + (select count(*) from pg_namespace where nspname in ${sql(APP_SCHEMAS.filter((s) => s !== 'public'))})::int as n`;
    used = (row?.n ?? 0) > 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
  if (used && !options.clean)
    throw new Error('The target database is not empty: restore into a new database or pass --clean to replace its contents.');
  // Loaded here, not at the top: the ledger code uses the app's queries (server-only), which db:backup does not need.
  const ledgers = await import('./ledger');
  // The ledger of a database about to be replaced exists nowhere else: not read, nothing is replaced.
  const own = used
    ? await ledgers.readLedger(options.url).catch((error) => {
        throw new Error(
          `Could not read the ledger (erasures, ended share links, withdrawn releases and consents) of the database to be replaced, so it was left as it was: ${error instanceof Error ? error.message : error}`,
        );
      })
    : null;
  const ledger = await readLedgers(ledgers, own, options.erasuresFrom ?? []);
  const before = used ? CLEAN_SQL : undefined;
  if (tool) await pgRestore(tool, options.url, options.file, before);
  else await builtinRestore(options.url, options.file, before);
  await runMigrations(options.url);
  if (!ledger.merged) return { format, ledger: { read: false, applied: ledgers.NOTHING_APPLIED, warnings: ledger.warnings } };
  try {
    const applied = await ledgers.applyLedger(options.url, ledger.merged);
    return { format, ledger: { read: true, applied, warnings: ledger.warnings } };
  } catch (error) {
    // The restore is in; the ledger is only in memory now (with --clean its database was the one replaced): name it.
    throw new Error(
      `The backup was restored, but what was done after it to protect clients could not be applied again (${error instanceof Error ? error.message : error}). ` +
        `Before the app uses this database, ${ledgers.describeLedger(ledger.merged)}`,
    );
  }
}

/** The target's own ledger and those of these other databases as one; null when none was read (each failure a warning). */
async function readLedgers(
  ledgers: typeof import('./ledger'),
  own: Ledger | null,
  urls: string[],
): Promise<{ merged: Ledger | null; warnings: string[] }> {
  const read: Ledger[] = own ? [own] : [];
  const warnings: string[] = [];
  for (const url of new Set(urls)) {
    try {
      read.push(await ledgers.readLedger(url));
    } catch (error) {
      warnings.push(
        `Could not read the ledger (erasures, ended share links, withdrawn releases and consents) of ${describeDatabase(url)}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return { merged: read.length > 0 ? ledgers.mergeLedgers(read) : null, warnings };
}

/** host:port/database, without the credentials, for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'a database (unreadable URL)';
  }
}

async function createDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const admin = postgres(u.toString(), { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
