/**
 * npm run db:restore -- <backup file> [--url postgres://…] [--create] [--clean] [--erasures-from postgres://…]
 * Restores into an empty database (--create makes it, --clean empties a used one), then migrates it to this app's schema
 * and applies again what was done after the backup to protect clients: erasures, ended share links, withdrawn releases
 * and consents (the ledger, read from the target before --clean empties it, from --erasures-from, or for another
 * database than the app's from the app's own database).
 * Run under the react-server condition (package.json): applying the ledger again reuses the app's server-only queries.
 */
import { parseArgs } from 'node:util';
import type { Applied } from '@/db/backup/ledger';
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
  // The newest knowledge of the ledger: the named database; else, for a restore into another database than the app's
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
  for (const warning of result.ledger.warnings) console.warn(`Warning: ${warning}`);
  if (result.ledger.read) console.log(appliedAgain(result.ledger.applied));
  else {
    console.warn(
      'Warning: no ledger could be read, so what was done after this backup was made to protect clients may be undone ' +
        `in ${describeDatabase(db.url)}: clients erased (GDPR art. 17) may be back, ended share links work again, withdrawn ` +
        'releases and consents read as given. Apply them before the app uses it: restore again with ' +
        `--url <this database> --clean --erasures-from <postgres URL of the database that holds them, e.g. the app's own>.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const release of releases.reverse()) await release();
}
/** "Applied again after this backup: 1 erasure, 2 share links ended, 1 release withdrawn, 1 consent withdrawal." */
function appliedAgain(applied: Applied): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Applied again after this backup: ${[
    count(applied.erasures, 'erasure', 'erasures'),
    count(applied.sharesEnded, 'share link ended', 'share links ended'),
    count(applied.releasesWithdrawn, 'release withdrawn', 'releases withdrawn'),
    count(applied.consentWithdrawals, 'consent withdrawal', 'consent withdrawals'),
  ].join(', ')}.`;
}

// The embedded PostgreSQL package leaves handles open; exit with the outcome explicitly.
process.exit(process.exitCode ?? 0);
