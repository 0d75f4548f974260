import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { clientNameOrder, listClients } from '@/db/queries/client-list';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import * as schema from '@/db/schema';
import { clients } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { parseClientListParams } from '@/lib/caseload/list-params';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { planOf } from '@/lib/testing/query-plan';
import { loadClientList } from './list-data';

let queries = 0;
let instrumented: postgres.Sql;
let lastListQuery: { text: string; parameters: unknown[] } | undefined;

/** Swap the app's cached database client for one that counts every statement the app sends. */
beforeAll(async () => {
  await closeDb();
  const url = process.env.DATABASE_URL!;
  instrumented = postgres(url, {
    max: 4,
    onnotice: () => {},
    debug: (_connection, query, parameters) => {
      // postgres.js looks up array types once per new connection; that is not the page's doing.
      if (!query.includes('pg_catalog.pg_type')) queries++;
      if (query.includes('count(*) over')) lastListQuery = { text: query, parameters };
    },
  });
  (globalThis as unknown as { __jdrDb: unknown }).__jdrDb = { url, sql: instrumented, db: drizzle(instrumented, { schema }) };
});
afterAll(async () => {
  await instrumented.end({ timeout: 5 });
});

async function practiceWith(n: number) {
  const owner = await createPractice(`Praktijk ${n}`);
  const coach = await addCoach(owner.practiceId);
  const { employer } = await seedEmployer(owner.practiceId, 'Zorggroep Jansen');
  await getDb().execute(sql`
    insert into clients (practice_id, first_name, last_name, email, coach_id, employer_id, status, start_date)
    select ${owner.practiceId}, 'Voornaam' || g, 'Achternaam' || g, 'client' || g || '@example.test',
      case when g % 2 = 0 then ${owner.userId}::uuid else ${coach.userId}::uuid end,
      case when g % 3 = 0 then ${employer.id}::uuid end,
      (array['new','intake','active','paused','closed'])[1 + g % 5], date '2025-01-01' + g % 365
    from generate_series(1, ${n}) g`);
  const actor = (claims: { userId: string; practiceId: string; role: 'owner' | 'coach' }): Actor => ({
    ...claims,
    name: 'X',
    email: 'x@example.test',
    locale: 'nl',
  });
  return { owner: actor(owner), coach: actor(coach), employer };
}

async function countQueries(run: () => Promise<unknown>) {
  const before = queries;
  await run();
  return queries - before;
}

async function medianMs(run: () => Promise<unknown>, times = 7) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const paramSets = [
  parseClientListParams({}),
  parseClientListParams({ q: 'jansen', sort: 'status' }),
  parseClientListParams({ q: 'achternaam1', status: 'active', sort: 'start', page: '2' }),
];

describe('clients list: queries do not grow with the caseload', () => {
  it('runs the same number of queries for 10 and for 1,000 clients, for the owner and a restricted coach', async () => {
    const small = await practiceWith(10);
    const large = await practiceWith(1000);
    await getDb().execute(
      sql`update practices set coach_visibility = 'assigned' where id in (${small.owner.practiceId}, ${large.owner.practiceId})`,
    );
    for (const params of paramSets) {
      for (const who of ['owner', 'coach'] as const) {
        const a = await countQueries(() => loadClientList(small[who], params));
        const b = await countQueries(() => loadClientList(large[who], params));
        expect(a, `${who} ${JSON.stringify(params)}`).toBe(b);
        expect(a).toBeLessThanOrEqual(3);
      }
    }
    const page = await loadClientList(large.owner, parseClientListParams({}));
    expect(page.total).toBe(1000);
    expect(page.rows).toHaveLength(25);
    const restricted = await loadClientList(large.coach, parseClientListParams({}));
    expect(restricted.total).toBe(500);
    expect(restricted.restricted).toBe(true);
    console.log(
      `[list] queries per list page: owner ${await countQueries(() => loadClientList(large.owner, paramSets[0]!))}, restricted coach ${await countQueries(() => loadClientList(large.coach, paramSets[0]!))}`,
    );
  });

  it('finds by name, email and employer name, filters by status and coach, and keeps LIKE wildcards literal', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const { employer } = await seedEmployer(owner.practiceId, 'Gemeente Utrecht');
    await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Anouk',
      lastName: 'de Groot',
      email: 'anouk@voorbeeld.nl',
      status: 'active',
    });
    await seedClient(owner.practiceId, colleague.userId, {
      firstName: 'Bram',
      lastName: 'Visser',
      email: 'b.visser@mail.test',
      employerId: employer.id,
      status: 'paused',
    });
    await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Cor',
      lastName: '100%',
      email: 'cor@mail.test',
      status: 'closed',
      archivedAt: new Date(),
    });
    await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Ilse',
      lastName: 'van Beek',
      email: 'ilse@vanbeek.test',
      status: 'new',
    });
    const list = (sp: Record<string, string>) =>
      listClients(owner.practiceId, parseClientListParams(sp), null).then((r) => r.rows.map((c) => c.firstName));
    expect(await list({ q: 'GROOT' })).toEqual(['Anouk']);
    expect(await list({ q: 'voorbeeld.nl' })).toEqual(['Anouk']);
    expect(await list({ q: 'utrecht' })).toEqual(['Bram']);
    expect(await list({ q: 'mail.test' })).toEqual(['Bram']);
    expect(await list({ q: '%' })).toEqual([]);
    expect(await list({ status: 'archived', q: '100%' })).toEqual(['Cor']);
    expect(await list({ status: 'paused' })).toEqual(['Bram']);
    expect(await list({ coach: colleague.userId })).toEqual(['Bram']);
    expect(await list({ status: 'new' })).toEqual(['Ilse']);
    // Dutch order: "van Beek" under B, "de Groot" under G.
    expect(await list({})).toEqual(['Ilse', 'Anouk', 'Bram']);
    expect(await list({ sort: 'name', dir: 'desc' })).toEqual(['Bram', 'Anouk', 'Ilse']);
    const rows = (await listClients(owner.practiceId, parseClientListParams({ q: 'bram' }), null)).rows;
    expect(rows[0]).toMatchObject({ employerName: 'Gemeente Utrecht', coachName: 'Cas Coach' });
  });

  it('stays fast: 1,000 clients well under 200 ms, and 5,000 measured', async () => {
    const large = await practiceWith(1000);
    const largest = await practiceWith(5000);
    await getDb().execute(sql`analyze clients; analyze employers`);
    const results: string[] = [];
    for (const [label, practice] of [
      ['1,000', large],
      ['5,000', largest],
    ] as const) {
      for (const params of paramSets) {
        const ms = await medianMs(() => loadClientList(practice.owner, params));
        results.push(`${label} clients, ${params.q ? `search "${params.q}"` : 'no search'}, sort ${params.sort}: ${ms.toFixed(1)} ms`);
        if (label === '1,000') expect(ms).toBeLessThan(200);
      }
    }
    // At this size the planner rightly prefers the practice_id indexes. Without them (dropped inside a
    // transaction that is rolled back), the list's own search query must use both trigram indexes: proof
    // that it is written on exactly the indexed expressions.
    await loadClientList(largest.owner, parseClientListParams({ q: 'jansen' }));
    const plan = await planOf(instrumented, lastListQuery!, [
      'set local enable_seqscan = off',
      'drop index clients_practice_status, clients_practice_coach, clients_practice_employer, clients_practice_name',
      'alter table clients drop constraint clients_practice_id_id_pk cascade, drop constraint clients_practice_email',
      'alter table employers drop constraint employers_practice_id_id_pk cascade',
    ]);
    expect(plan).toContain('clients_search_trgm');
    expect(plan).toContain('employers_name_trgm');
    console.log(`[list] timings (median of 7):\n  ${results.join('\n  ')}`);
  });

  it('pages through the name order without gaps or repeats, both ways, and reads it from its index', async () => {
    const practice = await practiceWith(60);
    const { practiceId } = practice.owner;
    // Ten clients with one name, across the boundary of pages 1 and 2: only the id tells them apart.
    await getDb().execute(
      sql`update clients set first_name = 'Sam', last_name = 'de Vries' where practice_id = ${practiceId} and last_name in (${sql.join(
        [20, 21, 22, 23, 24, 25, 26, 27, 28, 29].map((n) => sql`${`Achternaam${n}`}`),
        sql`, `,
      )})`,
    );
    const byName = (dir: typeof asc) =>
      getDb()
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.practiceId, practiceId), isNull(clients.archivedAt)))
        .orderBy(...clientNameOrder(dir), dir(clients.id))
        .then((r) => r.map((c) => c.id));
    for (const [dir, expected] of [
      ['asc', await byName(asc)],
      ['desc', await byName(desc)],
    ] as const) {
      const pages = [];
      for (const page of ['1', '2', '3']) {
        const result = await listClients(practiceId, parseClientListParams({ sort: 'name', dir, page }), null);
        expect(result.total).toBe(60);
        pages.push(...result.rows.map((c) => c.id));
      }
      expect(pages, dir).toEqual(expected);
      expect(new Set(pages).size).toBe(60);
    }
    expect(await byName(desc)).toEqual((await byName(asc)).reverse());

    // The page's 25 can come from clients_name_order, read in order: no sort of the practice's clients by name. As a
    // generic plan (what a prepared statement becomes), where a bound parameter inside the expression would not match.
    for (const sp of [{}, { sort: 'name', dir: 'desc' }]) {
      await listClients(practiceId, parseClientListParams(sp), null);
      // Whether the planner prefers it depends on the whole table's statistics (here: every test's practices); that it
      // can use it at all, without sorting, depends on the query being written on exactly the indexed expressions.
      const plan = await planOf(instrumented, { text: lastListQuery!.text }, [
        'set local enable_seqscan = off',
        'set local enable_sort = off',
      ]);
      expect(plan, JSON.stringify(sp)).toMatch(/Limit[\s\S]*WindowAgg[\s\S]*Index Scan (Backward )?using clients_name_order/);
      // One sort by name: the page's 25 joined rows, at the top.
      expect(plan.match(/Sort Key: .*regexp_replace/g), JSON.stringify(sp)).toHaveLength(1);
      expect(plan, JSON.stringify(sp)).toMatch(/^Sort /);
    }
  });
});
