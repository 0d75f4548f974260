import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { expect, inject, it } from 'vitest';
import { migrationsUpTo } from './backup/builtin';
import { migrationsFolder } from './migrate';

// Migration 0031 gives "sick leave ended" lines written without the day back at work the day they were recorded, in
// Dutch time (the day the poortwachter timeline took for them); a line with its own day keeps it.
it('dates the sick leave ends recorded without a day back at work, in Dutch time, and keeps the others', async () => {
  const adminUrl = inject('pgAdminUrl');
  const name = `sick_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const sql = postgres(adminUrl.replace(/\/[^/]*$/, `/${name}`), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    };
    const before = journal.entries.find((e) => e.tag === '0030_insertion-order')!;
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
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, coach_id, first_name, last_name, email)
      values (${practice!.id}, ${user!.id}, 'Anna', 'Aalst', 'anna@example.test') returning id`;
    const line = (kind: string, data: object, at: string) =>
      sql`insert into timeline_events (practice_id, client_id, kind, data, occurred_at)
        values (${practice!.id}, ${client!.id}, ${kind}, ${JSON.stringify(data)}::jsonb, ${at}::timestamptz)`;
    // 23:30 UTC on 19 January is 00:30 on the 20th in Amsterdam.
    await line('client.sick_leave_ended', {}, '2026-01-19T23:30:00Z');
    await line('client.sick_leave_ended', { on: '2026-03-02' }, '2026-03-20T10:00:00Z');
    await line('client.sick_leave_started', { since: '2026-01-05' }, '2026-01-05T10:00:00Z');

    await migrate(drizzle(sql), { migrationsFolder });

    const rows = await sql<{ kind: string; data: Record<string, string> }[]>`
      select kind, data from timeline_events order by occurred_at`;
    expect(rows).toEqual([
      { kind: 'client.sick_leave_started', data: { since: '2026-01-05' } },
      { kind: 'client.sick_leave_ended', data: { on: '2026-01-20' } },
      { kind: 'client.sick_leave_ended', data: { on: '2026-03-02' } },
    ]);
  } finally {
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
