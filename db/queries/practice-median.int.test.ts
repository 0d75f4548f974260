import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { jdrIntakeV1 } from '@/lib/instruments';
import { componentSignature, indexComponents } from '@/lib/scoring/component-sets';
import { median } from '@/lib/scoring/profile';
import { createPractice } from '@/lib/testing/fixtures';
import { practiceMedian, practiceMedianSql } from './measurements';

const CLIENTS = 2_000;
const MEASUREMENTS = 5_000;
const wide = indexComponents(jdrIntakeV1, 'jdr_wide');
const like = { instrumentKey: jdrIntakeV1.key, componentSet: 'jdr_wide' as const, components: componentSignature(wide.indices) };

let practiceId: string;

/**
 * The results page's practice median at 2,000 clients / 5,000 completed measurements (the size at which the
 * old full scan over every measurement's JSON scores took 225 ms p50 per page view).
 */
beforeAll(async () => {
  const owner = await createPractice('Grote praktijk');
  practiceId = owner.practiceId;
  const other = await createPractice('Andere praktijk');
  const db = getDb();
  for (const [practice, coach, clients, count] of [
    [practiceId, owner.userId, CLIENTS, MEASUREMENTS],
    [other.practiceId, other.userId, 300, 900],
  ] as const) {
    await db.execute(sql`
      insert into clients (practice_id, coach_id, first_name, last_name, email)
      select ${practice}::uuid, ${coach}::uuid, 'C' || g, 'Client', 'c' || g || '@example.test' from generate_series(1, ${clients}) g`);
    // Measurement n belongs to client (n mod clients); later n = later completion.
    await db.execute(sql`
      with c as (select id, row_number() over (order by id) - 1 as k from clients where practice_id = ${practice}::uuid),
      m as (
        insert into measurements (practice_id, client_id, instrument_key, instrument_version, administered_by, status, scores, completed_at)
        select ${practice}::uuid, c.id, 'jdr-intake', 1, 'coach', 'completed', '{}'::jsonb, now() - interval '1 minute' * (${count} - g)
        from generate_series(0, ${count} - 1) g join c on c.k = g % ${clients}
        returning practice_id, id, client_id, completed_at
      )
      insert into measurement_index_points (practice_id, measurement_id, component_set, client_id, instrument_key, components, completed_at, demands, resources)
      select m.practice_id, m.id, s.set, m.client_id, 'jdr-intake', case when s.set = 'azw' then 'azw-signature' else ${like.components} end, m.completed_at,
        ((extract(epoch from m.completed_at)::bigint / 60) * 37) % 101, ((extract(epoch from m.completed_at)::bigint / 60) * 53 + 11) % 101
      from m cross join (values ('jdr_wide'), ('azw')) s(set)`);
  }
  // As autovacuum leaves an insert-mostly table: statistics and the visibility map (which index-only scans rely on).
  await db.execute(sql`vacuum analyze measurement_index_points`);
}, 120_000);

describe('practiceMedian at 2,000 clients and 5,000 completed measurements', () => {
  it('is the median over each client’s latest measurement, the same as computing it from all rows', async () => {
    const rows = await getDb().execute<{ client_id: string; completed_at: string; demands: number; resources: number }>(sql`
      select client_id, completed_at, demands, resources from measurement_index_points
      where practice_id = ${practiceId} and component_set = 'jdr_wide'`);
    expect(rows.length).toBe(MEASUREMENTS);
    const latest = new Map<string, { at: number; demands: number; resources: number }>();
    for (const r of rows) {
      const at = new Date(r.completed_at).getTime();
      const seen = latest.get(r.client_id);
      if (!seen || at > seen.at) latest.set(r.client_id, { at, demands: Number(r.demands), resources: Number(r.resources) });
    }
    expect(latest.size).toBe(CLIENTS);
    const expected = {
      demands: median([...latest.values()].map((p) => p.demands)),
      resources: median([...latest.values()].map((p) => p.resources)),
      n: CLIENTS,
    };
    expect(await practiceMedian(practiceId, like)).toEqual(expected);
    // Sanity: the scores are not all alike (so a wrong row choice would show).
    expect(new Set([...latest.values()].map((p) => p.demands)).size).toBeGreaterThan(50);
  });

  it('reads only the (practice, instrument, set, components, client, completed, scores) index, in order, and stays fast', async () => {
    // This practice holds nearly half the table: before the index carried the two scores, the planner rightly chose a
    // sequential scan and a sort of every row (about 20 ms at the benchmark's 10,000 measurements). Now the index
    // alone serves filter, distinct on and order: no table visit, no sort.
    const plan = await getDb().execute<{ 'QUERY PLAN': unknown }>(sql`explain (format json) ${practiceMedianSql(practiceId, like)}`);
    const text = JSON.stringify(plan);
    expect(text).toContain('"Node Type":"Index Only Scan"');
    expect(text).toContain('"Index Name":"measurement_index_points_median"');
    // No sort of any kind: an "Incremental Sort" on the index's leading columns is a sort of every point too.
    expect(text).not.toMatch(/"Node Type":"[^"]*Sort"/);
    expect(text).not.toContain('"Node Type":"Seq Scan"');
    // Never the measurements table (and its JSON scores).
    expect(text).not.toMatch(/"Relation Name":"measurements"/);

    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await practiceMedian(practiceId, like);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)] as number;
    console.info(
      `practiceMedian p50 ${p50.toFixed(1)} ms over ${times.length} runs (min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)})`,
    );
    // Generous bound for a shared CI machine; measured p50 is reported in the branch notes.
    expect(p50).toBeLessThan(60);
  });
});
