import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { ensureDatabase, startEmbeddedPostgres } from '@/db/embedded';

async function reachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const dataDirOf = () => path.resolve(process.env.DATA_DIR ?? '.data');

/**
 * The app's own database (resolveDatabase without --url) to read from, or null where that would make a new, empty
 * PostgreSQL: no DATABASE_URL and no embedded one in DATA_DIR yet.
 */
export async function resolveAppDatabase(): Promise<{ url: string; release: () => Promise<void> } | null> {
  if (!process.env.DATABASE_URL && !existsSync(path.join(dataDirOf(), 'postgres'))) return null;
  return resolveDatabase();
}

/** Whether two URLs name the same database (same server and name; credentials aside). */
export function sameDatabase(a: string, b: string): boolean {
  const key = (url: string) => {
    const u = new URL(url);
    const host = u.hostname === 'localhost' || u.hostname === '::1' || u.hostname === '[::1]' ? '127.0.0.1' : u.hostname;
    return `${host}:${u.port || '5432'}/${decodeURIComponent(u.pathname.slice(1))}`;
  };
  return key(a) === key(b);
}

/**
 * The database the scripts work on: --url, else DATABASE_URL, else the embedded one of DATA_DIR (the URL the
 * running launcher wrote, or a PostgreSQL started here from DATA_DIR/postgres and stopped by `release`).
 */
export async function resolveDatabase(explicit?: string): Promise<{ url: string; release: () => Promise<void> }> {
  const none = async () => {};
  if (explicit) return { url: explicit, release: none };
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: none };
  const dataDir = dataDirOf();
  const file = path.join(dataDir, 'database-url');
  if (existsSync(file)) {
    const url = (await readFile(file, 'utf8')).trim();
    if (await reachable(url)) return { url, release: none };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  await ensureDatabase(server.url(), 'balanspunt');
  return { url: server.url('balanspunt'), release: () => server.stop() };
}
