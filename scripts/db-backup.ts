/**
 * npm run db:backup -- [--dir backups] [--keep 14] [--url postgres://…] [--tool auto|pg_dump|builtin]
 * Writes balanspunt-<UTC time>.dump (pg_dump custom format) or .bpdump.gz (built-in, when no pg_dump can read the server).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backup, type Tool } from '@/db/backup/run';
import { resolveDatabase } from '@/db/backup/target';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, keep: { type: 'string' }, url: { type: 'string' }, tool: { type: 'string', default: 'auto' } },
});
const keep = values.keep === undefined ? undefined : Number(values.keep);
if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) throw new Error('--keep takes a whole number of backups, at least 1');
if (!['auto', 'pg_dump', 'builtin'].includes(values.tool!)) throw new Error('--tool is auto, pg_dump or builtin');

const dir = path.resolve(values.dir ?? path.join(process.env.DATA_DIR ?? '.data', 'backups'));
await mkdir(dir, { recursive: true, mode: 0o700 });
const db = await resolveDatabase(values.url);
try {
  const result = await backup({ url: db.url, dir, keep, tool: values.tool as Tool });
  if (result.note) console.log(`Built-in backup format: ${result.note}.`);
  console.log(`Backup written: ${result.file}`);
  for (const f of result.removed) console.log(`Removed old backup: ${f}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.release();
}
// The embedded PostgreSQL package leaves handles open; exit with the outcome explicitly.
process.exit(process.exitCode ?? 0);
