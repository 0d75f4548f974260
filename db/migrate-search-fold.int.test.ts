import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { and, sql as drizzleSql, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { migrationsUpTo } from './backup/builtin';
import { migrationsFolder } from './migrate';
import { clients } from './schema';
import { firstNameOrderKey, lastNameOrderKey } from './schema/name-order';

// Migration 0025 changes what the IMMUTABLE search_fold returns for ’ ‘ ʼ ′. PostgreSQL does not recompute what indexes
// on it stored: a name saved before the migration is only in its right place once those indexes are rebuilt.
it('rebuilds the indexes on search_fold, so names saved before migration 0025 sort and are found by the new spelling', async () => {
  const adminUrl = inject('pgAdminUrl');
  const name = `fold_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const sql = postgres(adminUrl.replace(/\/[^/]*$/, `/${name}`), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    };
    const before = journal.entries.find((e) => e.tag === '0024_client-name-order-space')!;
    const folder = await migrationsUpTo(before.when);
    try {
      await migrate(drizzle(sql), { migrationsFolder: folder });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const [practice] = await sql<{ id: string }[]>`insert into practices (name) values ('Praktijk') returning id`;
    const [user] = await sql<{ id: string }[]>`
      insert into users (practice_id, email, name, password_hash, role)
      values (${practice!.id}, 'eigenaar@example.test', 'Eigenaar', 'x', 'owner') returning id`;
    for (const [first, last] of [
      ['Anna', 'Aalst'],
      ['Sanne', '’t Hart'],
      ['Lotte', '‘t Hoen'],
      ['Kees', "'t Hooft"],
      ['Pieter', 'Zwart'],
    ])
      await sql`insert into clients (practice_id, coach_id, first_name, last_name, email)
        values (${practice!.id}, ${user!.id}, ${first!}, ${last!}, ${`${first!.toLowerCase()}@example.test`})`;
    await sql`insert into employers (practice_id, name) values (${practice!.id}, '’t Hoekje')`;

    await migrate(drizzle(sql), { migrationsFolder });

    // Read in the order of clients_name_order (the same connection that wrote the rows), with sorting ruled out: the
    // order is what the index stored.
    await drizzle(sql).transaction(async (tx) => {
      await tx.execute(drizzleSql`set local enable_seqscan = off`);
      await tx.execute(drizzleSql`set local enable_sort = off`);
      const byName = tx
        .select({ lastName: clients.lastName })
        .from(clients)
        .where(and(eq(clients.practiceId, practice!.id), isNull(clients.archivedAt)))
        .orderBy(clients.practiceId, lastNameOrderKey(clients.lastName), firstNameOrderKey(clients.firstName), clients.id);
      const { sql: text } = byName.toSQL();
      const explained = await tx.execute<{ 'QUERY PLAN': string }>(drizzleSql.raw(`explain ${text.replace('$1', `'${practice!.id}'`)}`));
      const plan = explained.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan using clients_name_order/);
      expect(plan).not.toMatch(/Sort/);
      expect((await byName).map((r) => r.lastName)).toEqual(['Aalst', '’t Hart', '‘t Hoen', "'t Hooft", 'Zwart']);
    });
    const [found] = await sql<{ clients: string[]; employers: string[] }[]>`
      select
        (select array_agg(last_name order by last_name) from clients
          where search_fold(first_name || ' ' || last_name || ' ' || email) like search_fold(${"%'t h%"})) as clients,
        (select array_agg(name) from employers where search_fold(name) like search_fold(${"%'t hoekje%"})) as employers`;
    expect(found!.clients).toEqual(["'t Hooft", '‘t Hoen', '’t Hart']);
    expect(found!.employers).toEqual(['’t Hoekje']);
  } finally {
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
