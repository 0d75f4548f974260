import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { runMigrations } from './migrate';

// search_fold (migration 0018) needs UTF8: another encoding is refused with a message that says what to do.
it('refuses a database that is not UTF8, saying so', async () => {
  const admin = postgres(inject('pgAdminUrl'), { max: 1, onnotice: () => {} });
  const name = `latin1_${Date.now()}`;
  try {
    await admin.unsafe(`create database ${name} encoding 'LATIN1' lc_collate 'C' lc_ctype 'C' template template0`);
    const error = await runMigrations(inject('pgAdminUrl').replace(/\/[^/]*$/, `/${name}`)).then(
      () => null,
      (e: Error) => e,
    );
    // Drizzle wraps the server's error: its cause is PostgreSQL's own message.
    expect(String((error?.cause as Error | undefined)?.message ?? error)).toMatch(/Balanspunt needs a UTF8 database; this one is LATIN1/);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
