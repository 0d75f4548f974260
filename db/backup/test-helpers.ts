/** Helpers of the backup tests (backup.int.test.ts, erasures.int.test.ts). */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from '@/db/embedded';
import type { PgTool } from './pg-tools';

export async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Row count of every table the catalog knows in the app's schemas (none named by hand). */
export async function rowCounts(url: string): Promise<Record<string, number>> {
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
export async function checksum(url: string, table: string): Promise<string> {
  return withSql(url, async (sql) => {
    const [row] = await sql<
      { sum: string }[]
    >`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${sql(table)} t`;
    return row!.sum;
  });
}

/** Pending jobs in the job queue (Graphile Worker's schema, which no backup test compares by table). */
export async function queuedJobs(url: string): Promise<number> {
  return withSql(url, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs`)[0]!.n);
}

/**
 * A throwaway PostgreSQL of the pg_dump's own major version, from the folder that pg_dump is in (Debian's
 * /usr/lib/postgresql/NN/bin when the server package is installed), for machines whose pg_dump is older than the
 * test server (PostgreSQL 18). As root it runs as the postgres user, like db/embedded.ts.
 */
export async function serverOf(tool: PgTool): Promise<{ url: (db: string) => string; stop: () => Promise<void> } | string> {
  const bin = path.dirname(tool.pgDump);
  if (!existsSync(path.join(bin, 'initdb')) || !existsSync(path.join(bin, 'postgres')))
    return `no PostgreSQL ${tool.major} server binaries beside ${tool.pgDump}`;
  const ids = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const owner = process.getuid?.() === 0 ? { uid: ids('-u'), gid: ids('-g') } : undefined;
  if (owner && Number.isNaN(owner.uid)) return 'no postgres user to run it as';
  const base = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-pg-tools-'));
  const password = randomBytes(12).toString('hex');
  await writeFile(path.join(base, 'password'), password, { mode: 0o600 });
  if (owner) {
    await chown(base, owner.uid, owner.gid);
    await chown(path.join(base, 'password'), owner.uid, owner.gid);
    if (spawnSync('test', ['-w', base], { ...owner }).status !== 0) {
      await rm(base, { recursive: true, force: true });
      return `the postgres user cannot reach ${base}`;
    }
  }
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  await promisify(execFile)(
    path.join(bin, 'initdb'),
    ['-D', path.join(base, 'data'), '-U', 'postgres', `--pwfile=${path.join(base, 'password')}`, '--auth=scram-sha-256', '-E', 'UTF8'],
    // cwd: a folder the postgres user can enter (a clone in a private folder is not one).
    { ...(owner ?? {}), env, cwd: base },
  );
  const port = await freePort(0);
  const args = ['-D', path.join(base, 'data'), '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const child: ChildProcess = spawn(path.join(bin, 'postgres'), args, {
    ...(owner ?? {}),
    env,
    cwd: base,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready to accept connections')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`PostgreSQL ${tool.major} stopped while starting (${code}): ${output}`)));
  });
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  return {
    url: (db) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}`,
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGINT');
        });
      }
      await rm(base, { recursive: true, force: true });
    },
  };
}
