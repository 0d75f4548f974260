/**
 * npm run db:restore -- <backup file> [--url postgres://…] [--create] [--clean] [--erasures-from postgres://…]
 * Restores into an empty database (--create makes it, --clean empties a used one), then migrates it to this app's schema
 * and applies again the client erasures made after the backup (read from the target before --clean empties it, from
 * --erasures-from, or for another database than the app's from the app's own database).
 * Run under the react-server condition (package.json): applying erasures again reuses the app's server-only queries.
 */
import { parseArgs } from 'node:util';
import { describeDatabase, restore } from '@/db/backup/run';
import { resolveAppDatabase, resolveDatabase, sameDatabase } from '@/db/backup/target';

const USAGE = 'Usage: npm run db:restore -- <backup file> [--url postgres://…] [--create] [--clean] [--erasures-from postgres://…]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    create: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
    'erasures-from': { type: 'string' },
  },
});
const file = positionals[0];
if (!file) throw new Error(USAGE);

const db = await resolveDatabase(values.url);
const releases = [db.release];
try {
  // The newest knowledge of erasures: the named database; else, for a restore into another database than the app's
  // (with --clean the target itself is read), the app's own one.
  const erasuresFrom: string[] = [];
  if (values['erasures-from']) erasuresFrom.push(values['erasures-from']);
  else if (!values.clean && values.url) {
    const app = await resolveAppDatabase().catch(() => null);
    if (app) releases.push(app.release);
    if (app && !sameDatabase(app.url, db.url)) erasuresFrom.push(app.url);
  }
  const result = await restore({ url: db.url, file, clean: values.clean, create: values.create, erasuresFrom });
  console.log(`Restored ${file} (${result.format}) and migrated the database.`);
  for (const warning of result.erasures.warnings) console.warn(`Warning: ${warning}`);
  if (result.erasures.read) {
    const n = result.erasures.applied;
    console.log(`Applied ${n} ${n === 1 ? 'erasure' : 'erasures'} made after this backup again.`);
  } else {
    console.warn(
      'Warning: no erasure ledger could be read, so clients erased (GDPR art. 17) after this backup was made may be back ' +
        `in ${describeDatabase(db.url)}. Apply those erasures before the app uses it: restore again with ` +
        `--url <this database> --clean --erasures-from <postgres URL of the database that holds them, e.g. the app's own>.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const release of releases.reverse()) await release();
}
// The embedded PostgreSQL package leaves handles open; exit with the outcome explicitly.
process.exit(process.exitCode ?? 0);
