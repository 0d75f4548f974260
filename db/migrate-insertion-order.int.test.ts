import { expect, it } from 'vitest';
import { seedOwnerSql, withDatabaseMigratedTo } from '@/lib/testing/migration-db';

// Migration 0030 numbers timeline lines and audit entries in the order they were written (seq), on tables that already
// hold rows: every row gets one, in the order the table holds them, and rows written after it come after them.
it('numbers the timeline lines and audit entries already there, and those written after them follow', async () => {
  await withDatabaseMigratedTo('0029_timeline-withdrawn-lookups', async (sql, migrateRest) => {
    const { practiceId, userId } = await seedOwnerSql(sql);
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, coach_id, first_name, last_name, email)
      values (${practiceId}, ${userId}, 'Anna', 'Aalst', 'anna@example.test') returning id`;
    // One change's lines: one moment, one transaction.
    const at = '2026-06-01T10:00:00Z';
    for (const n of [1, 2, 3])
      await sql`insert into timeline_events (practice_id, client_id, kind, data, occurred_at)
        values (${practiceId}, ${client!.id}, 'session.cancelled', ${JSON.stringify({ n })}::jsonb, ${at}::timestamptz)`;
    await sql.begin(async (tx) => {
      for (const n of [1, 2, 3])
        await tx`insert into audit_log (practice_id, actor_kind, action, metadata)
          values (${practiceId}, 'coach', 'session.cancelled', ${JSON.stringify({ n })}::jsonb)`;
    });

    await migrateRest();

    await sql`insert into timeline_events (practice_id, client_id, kind, data, occurred_at)
      values (${practiceId}, ${client!.id}, 'session.cancelled', ${JSON.stringify({ n: 4 })}::jsonb, ${at}::timestamptz)`;
    await sql`insert into audit_log (practice_id, actor_kind, action, metadata, created_at)
      values (${practiceId}, 'coach', 'session.cancelled', ${JSON.stringify({ n: 4 })}::jsonb, (select max(created_at) from audit_log))`;
    const timeline = await sql<{ n: number; seq: string }[]>`
      select (data->>'n')::int as n, seq from timeline_events order by occurred_at desc, seq desc`;
    const audit = await sql<{ n: number; seq: string }[]>`
      select (metadata->>'n')::int as n, seq from audit_log order by created_at desc, seq desc`;
    expect(timeline.map((r) => r.n)).toEqual([4, 3, 2, 1]);
    expect(audit.map((r) => r.n)).toEqual([4, 3, 2, 1]);
    expect(timeline.every((r) => r.seq !== null) && audit.every((r) => r.seq !== null)).toBe(true);
    // The page indexes end on seq.
    const indexes = await sql<{ def: string }[]>`
      select indexdef as def from pg_indexes where indexname in ('timeline_client_time', 'audit_practice_time') order by indexname`;
    expect(indexes.map((i) => i.def.replace(/^.* USING btree /, ''))).toEqual([
      '(practice_id, created_at, seq)',
      '(practice_id, client_id, occurred_at, seq)',
    ]);
  });
});
