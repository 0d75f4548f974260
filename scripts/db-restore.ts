/**
 * npm run db:restore -- <backup file> [--url postgres://…] [--create] [--clean]
 * Restores into an empty database (--create makes it, --clean empties a used one), then migrates it to this app's schema.
 */
import { parseArgs } from 'node:util';
import { restore } from '@/db/backup/run';
import { resolveDatabase } from '@/db/backup/target';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, create: { type: 'boolean', default: false }, clean: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file) throw new Error('Usage: npm run db:restore -- <backup file> [--url postgres://…] [--create] [--clean]');

const db = await resolveDatabase(values.url);
try {
  const result = await restore({ url: db.url, file, clean: values.clean, create: values.create });
  console.log(`Restored ${file} (${result.format}) and migrated the database.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.release();
}
// The embedded PostgreSQL package leaves handles open; exit with the outcome explicitly.
process.exit(process.exitCode ?? 0);
