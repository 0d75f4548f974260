import { expect, it } from 'vitest';
import { seedOwnerSql, withDatabaseMigratedTo } from '@/lib/testing/migration-db';

// Migration 0032 gives "not delivered" lines written before they named a reason the one they all had: every attempt was
// used. The timeline's text selects on it, and a line without it would show no sentence.
it('gives the failed-mail lines written without a reason "attempts", and keeps the others', async () => {
  await withDatabaseMigratedTo('0031_sick-leave-ended-on', async (sql, migrateRest) => {
    const { practiceId, userId } = await seedOwnerSql(sql);
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, coach_id, first_name, last_name, email)
      values (${practiceId}, ${userId}, 'Anna', 'Aalst', 'anna@example.test') returning id`;
    const line = (kind: string, data: object, at: string) =>
      sql`insert into timeline_events (practice_id, client_id, kind, data, occurred_at)
        values (${practiceId}, ${client!.id}, ${kind}, ${JSON.stringify(data)}::jsonb, ${at}::timestamptz)`;
    await line('client.mail_failed', { about: 'share' }, '2026-12-04T10:00:00Z');
    await line('client.mail_failed', { about: 'client', reason: 'address' }, '2026-12-05T10:00:00Z');
    await line('client.sick_leave_ended', { on: '2026-03-02' }, '2026-12-06T10:00:00Z');

    await migrateRest();

    const rows = await sql<{ kind: string; data: Record<string, string> }[]>`
      select kind, data from timeline_events order by occurred_at`;
    expect(rows).toEqual([
      { kind: 'client.mail_failed', data: { about: 'share', reason: 'attempts' } },
      { kind: 'client.mail_failed', data: { about: 'client', reason: 'address' } },
      { kind: 'client.sick_leave_ended', data: { on: '2026-03-02' } },
    ]);
  });
});
