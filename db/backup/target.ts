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

/**
 * The database the scripts work on: --url, else DATABASE_URL, else the embedded one of DATA_DIR (the URL the
 * running launcher wrote, or a PostgreSQL started here from DATA_DIR/postgres and stopped by `release`).
 */
export async function resolveDatabase(explicit?: string): Promise<{ url: string; release: () => Promise<void> }> {
  const none = async () => {};
  if (explicit) return { url: explicit, release: none };
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: none };
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
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
