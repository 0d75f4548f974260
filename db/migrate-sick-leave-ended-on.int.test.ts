import { expect, it } from 'vitest';
import { seedOwnerSql, withDatabaseMigratedTo } from '@/lib/testing/migration-db';

// Migration 0031 gives "sick leave ended" lines written without the day back at work the day they were recorded, in
// Dutch time (the day the poortwachter timeline took for them); a line with its own day keeps it.
it('dates the sick leave ends recorded without a day back at work, in Dutch time, and keeps the others', async () => {
  await withDatabaseMigratedTo('0030_insertion-order', async (sql, migrateRest) => {
    const { practiceId, userId } = await seedOwnerSql(sql);
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, coach_id, first_name, last_name, email)
      values (${practiceId}, ${userId}, 'Anna', 'Aalst', 'anna@example.test') returning id`;
    const line = (kind: string, data: object, at: string) =>
      sql`insert into timeline_events (practice_id, client_id, kind, data, occurred_at)
        values (${practiceId}, ${client!.id}, ${kind}, ${JSON.stringify(data)}::jsonb, ${at}::timestamptz)`;
    // 23:30 UTC on 19 January is 00:30 on the 20th in Amsterdam.
    await line('client.sick_leave_ended', {}, '2026-01-19T23:30:00Z');
    await line('client.sick_leave_ended', { on: '2026-03-02' }, '2026-03-20T10:00:00Z');
    await line('client.sick_leave_started', { since: '2026-01-05' }, '2026-01-05T10:00:00Z');

    await migrateRest();

    const rows = await sql<{ kind: string; data: Record<string, string> }[]>`
      select kind, data from timeline_events order by occurred_at`;
    expect(rows).toEqual([
      { kind: 'client.sick_leave_started', data: { since: '2026-01-05' } },
      { kind: 'client.sick_leave_ended', data: { on: '2026-01-20' } },
      { kind: 'client.sick_leave_ended', data: { on: '2026-03-02' } },
    ]);
  });
});
