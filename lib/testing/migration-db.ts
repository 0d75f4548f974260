import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import { inject } from 'vitest';
import { migrationsUpTo } from '@/db/backup/builtin';
import { migrationsFolder } from '@/db/migrate';

/**
 * A test of a migration against rows written before it: a database of its own, migrated up to and including `lastTag`;
 * `run` writes its rows through `sql`, calls `migrateRest()` (this version's remaining migrations) and checks. The
 * database is dropped afterwards.
 */
export async function withDatabaseMigratedTo(
  lastTag: string,
  run: (sql: Sql, migrateRest: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const adminUrl = inject('pgAdminUrl');
  const name = `migration_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const sql = postgres(adminUrl.replace(/\/[^/]*$/, `/${name}`), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    };
    const last = journal.entries.find((e) => e.tag === lastTag);
    if (!last) throw new Error(`no migration ${lastTag}`);
    const folder = await migrationsUpTo(last.when);
    try {
      await migrate(drizzle(sql), { migrationsFolder: folder });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    await run(sql, () => migrate(drizzle(sql), { migrationsFolder }));
  } finally {
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** A practice and its owner, written with plain SQL (the schema of an older migration): their ids. */
export async function seedOwnerSql(sql: Sql): Promise<{ practiceId: string; userId: string }> {
  const [practice] = await sql<{ id: string }[]>`insert into practices (name) values ('Praktijk') returning id`;
  const [user] = await sql<{ id: string }[]>`
    insert into users (practice_id, email, name, password_hash, role)
    values (${practice!.id}, 'eigenaar@example.test', 'Eigenaar', 'x', 'owner') returning id`;
  return { practiceId: practice!.id, userId: user!.id };
}
