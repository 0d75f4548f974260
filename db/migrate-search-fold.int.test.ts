import { and, sql as drizzleSql, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { expect, it } from 'vitest';
import { seedOwnerSql, withDatabaseMigratedTo } from '@/lib/testing/migration-db';
import { clients } from './schema';
import { firstNameOrderKey, lastNameOrderKey } from './schema/name-order';

// Migration 0025 changes what the IMMUTABLE search_fold returns for ’ ‘ ʼ ′. PostgreSQL does not recompute what indexes
// on it stored: a name saved before the migration is only in its right place once those indexes are rebuilt.
it('rebuilds the indexes on search_fold, so names saved before migration 0025 sort and are found by the new spelling', async () => {
  await withDatabaseMigratedTo('0024_client-name-order-space', async (sql, migrateRest) => {
    const { practiceId, userId } = await seedOwnerSql(sql);
    for (const [first, last] of [
      ['Anna', 'Aalst'],
      ['Sanne', '’t Hart'],
      ['Lotte', '‘t Hoen'],
      ['Kees', "'t Hooft"],
      ['Pieter', 'Zwart'],
    ])
      await sql`insert into clients (practice_id, coach_id, first_name, last_name, email)
        values (${practiceId}, ${userId}, ${first!}, ${last!}, ${`${first!.toLowerCase()}@example.test`})`;
    await sql`insert into employers (practice_id, name) values (${practiceId}, '’t Hoekje')`;

    await migrateRest();

    // Read in the order of clients_name_order (the same connection that wrote the rows), with sorting ruled out: the
    // order is what the index stored.
    await drizzle(sql).transaction(async (tx) => {
      await tx.execute(drizzleSql`set local enable_seqscan = off`);
      await tx.execute(drizzleSql`set local enable_sort = off`);
      const byName = tx
        .select({ lastName: clients.lastName })
        .from(clients)
        .where(and(eq(clients.practiceId, practiceId), isNull(clients.archivedAt)))
        .orderBy(clients.practiceId, lastNameOrderKey(clients.lastName), firstNameOrderKey(clients.firstName), clients.id);
      const { sql: text } = byName.toSQL();
      const explained = await tx.execute<{ 'QUERY PLAN': string }>(drizzleSql.raw(`explain ${text.replace('$1', `'${practiceId}'`)}`));
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
  });
});
