import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDb } from '@/db/client';
import { insertAudit } from '@/db/queries/audit';
import { deleteClient } from '@/db/queries/client-lifecycle';
import { closeClientRow, seedClient } from '@/db/queries/client-test-fixtures';
import { deleteClientMails } from '@/db/queries/outbox';
import * as schema from '@/db/schema';
import { eraseClient } from '@/lib/caseload/service';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { seedDemoIfEmpty } from '@/scripts/seed-demo';
import { NOTHING_APPLIED } from './ledger';
import { findPgTools } from './pg-tools';
import { backup, restore } from './run';
import { checksum, rowCounts, serverOf, withSql } from './test-helpers';

const adminUrl = inject('pgAdminUrl');
const urlOf = (db: string) => adminUrl.replace(/\/[^/]*$/, `/${db}`);
const freshName = () => `e_${randomBytes(6).toString('hex')}`;
let dir: string;
/** The populated database before the erasure: its backup (built-in), the client to erase and the demo owner. */
let populated: { file: string; counts: Record<string, number>; anouk: Erased; owner: { userId: string; name: string; email: string } };
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-erasures-'));
  const { anouk, owner } = await populate();
  await addMails(process.env.DATABASE_URL!, anouk, false);
  const counts = await rowCounts(process.env.DATABASE_URL!);
  const { file } = await backup({ url: process.env.DATABASE_URL!, dir, tool: 'builtin', now: new Date(Date.now() - 60_000) });
  populated = { file, counts, anouk, owner };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Erased = { practiceId: string; clientId: string; email: string };
/** What a restore applied again: only erasures here. */
const erasures = (n: number) => ({ ...NOTHING_APPLIED, erasures: n });

/** The demo practice and a second one; returns the demo client with the most rows about her, and the demo owner. */
async function populate() {
  expect(await seedDemoIfEmpty(getDb())).toBe(true);
  const other = await createPractice('Tweede praktijk');
  await seedClient(other.practiceId, (await addCoach(other.practiceId)).userId, { firstName: 'Zoë', lastName: 'Bakker' });
  return withSql(process.env.DATABASE_URL!, async (sql) => {
    const [anouk] = await sql<{ practiceId: string; clientId: string; email: string }[]>`
      select practice_id as "practiceId", id as "clientId", email from clients where first_name = 'Anouk' and last_name = 'de Groot'`;
    const [owner] = await sql<{ userId: string; name: string; email: string }[]>`
      select id as "userId", name, email from users where practice_id = ${anouk!.practiceId} and role = 'owner'`;
    return { anouk: anouk!, owner: owner! };
  });
}

/** Her kept mails (one naming her, one from before mails named their client) and a queued one, with one of someone else's. */
async function addMails(url: string, client: Erased, queue: boolean) {
  await withSql(url, async (sql) => {
    await sql`insert into outbox (practice_id, client_id, "to", subject, text, html) values
      (${client.practiceId}, ${client.clientId}, ${client.email}, 'Huiswerk', 'Hallo Anouk', '<p>Hallo Anouk</p>'),
      (${client.practiceId}, null, ${client.email.toUpperCase()}, 'Welkom', 'Welkom Anouk', '<p>Welkom Anouk</p>'),
      (${client.practiceId}, null, 'iemand@example.test', 'Welkom', 'Welkom', '<p>Welkom</p>')`;
    if (!queue) return;
    const jobs: [string | null, string][] = [
      [client.clientId, client.email],
      [null, 'iemand@example.test'],
    ];
    for (const [clientId, to] of jobs)
      await sql`select graphile_worker.add_job('send_mail', json_build_object('practiceId', ${client.practiceId}::text,
        'clientId', ${clientId}::text, 'mail', json_build_object('to', ${to}::text, 'subject', 'Herinnering', 'text', 'Hallo')))`;
  });
}

/** Rows about the client anywhere: every table with a client_id (found in the catalog), mails by address, queued mails. */
async function rowsAbout(url: string, client: Erased): Promise<number> {
  return withSql(url, async (sql) => {
    const tables = await sql<{ name: string }[]>`
      select c.table_name as name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'client_id' and t.table_type = 'BASE TABLE'`;
    expect(tables.length).toBeGreaterThan(8);
    let n = 0;
    for (const t of tables)
      n += (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(t.name)} where client_id = ${client.clientId}`)[0]!.n;
    n += (await sql<{ n: number }[]>`select count(*)::int as n from clients where id = ${client.clientId}`)[0]!.n;
    n += (await sql<{ n: number }[]>`select count(*)::int as n from outbox where lower("to") = ${client.email}`)[0]!.n;
    n += (
      await sql<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs
        where payload->>'clientId' = ${client.clientId} or lower(payload->'mail'->>'to') = ${client.email}`
    )[0]!.n;
    return n;
  });
}

async function queuedMails(url: string): Promise<number> {
  return withSql(url, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs`)[0]!.n);
}

/** The erasure entries of the audit log, as they were written (id, practice, client, time, who). */
async function erasureEntries(url: string) {
  return withSql(
    url,
    (sql) => sql`
    select practice_id, id, entity_id, created_at::text as created_at, actor_user_id, actor_kind, metadata
    from audit_log where action = 'client.erased' order by created_at, id`,
  );
}

/** The database that erased the client, as it stands after the erasure: what a restore with its ledger must come to. */
async function snapshot(url: string) {
  const tables = ['clients', 'measurement_answers', 'coaching_sessions', 'timeline_events', 'plan_items', 'outbox', 'consents'];
  const sums: Record<string, string> = {};
  for (const t of tables) sums[t] = await checksum(url, t);
  return { counts: await rowCounts(url), sums, entries: await erasureEntries(url), queued: await queuedMails(url) };
}

async function expectLike(url: string, expected: Awaited<ReturnType<typeof snapshot>>, client: Erased) {
  expect(await rowsAbout(url, client)).toBe(0);
  const now = await snapshot(url);
  expect(now.entries).toHaveLength(1);
  expect(now).toEqual(expected);
}

describe('db:restore applies the erasures made after the backup again', () => {
  it('built-in format: --clean over the database that erased, --create with its ledger, and a backup taken after', async () => {
    const { anouk, owner, file, counts: untouched } = populated;
    const source = process.env.DATABASE_URL!;
    const before = { file };
    expect(await rowsAbout(source, anouk)).toBeGreaterThan(10);

    const actor = { ...owner, practiceId: anouk.practiceId, role: 'owner' as const, locale: 'nl' as const };
    await closeClientRow(anouk.practiceId, anouk.clientId);
    expect(await eraseClient(actor, anouk.clientId, 'Anouk de Groot')).toEqual({ ok: true, data: null });
    const erased = await snapshot(source);
    expect(await rowsAbout(source, anouk)).toBe(0);
    expect(erased.counts['public.clients']).toBe(untouched['public.clients']! - 1);

    // Into a new database, with the ledger of the database that erased her.
    const fresh = urlOf(freshName());
    const created = await restore({ url: fresh, file: before.file, create: true, erasuresFrom: [source] });
    expect(created.ledger).toEqual({ read: true, applied: erasures(1), warnings: [] });
    await expectLike(fresh, erased, anouk);

    // Over the database that erased her: its ledger is read before it is emptied.
    const cleaned = await restore({ url: source, file: before.file, clean: true });
    expect(cleaned.ledger).toEqual({ read: true, applied: erasures(1), warnings: [] });
    await expectLike(source, erased, anouk);

    // A chain: the restored database's own entry (written by the restore) is the ledger of the next restore.
    expect(await restore({ url: fresh, file: before.file, clean: true })).toMatchObject({ ledger: { read: true, applied: erasures(1) } });
    await expectLike(fresh, erased, anouk);

    // A backup taken after the erasure: nothing to erase again, and its entry is not written twice.
    const after = await backup({ url: source, dir, tool: 'builtin', now: new Date(Date.now() + 60_000) });
    const later = await restore({ url: fresh, file: after.file, clean: true });
    expect(later.ledger).toEqual({ read: true, applied: erasures(0), warnings: [] });
    await expectLike(fresh, erased, anouk);
    const elsewhere = urlOf(freshName());
    expect((await restore({ url: elsewhere, file: after.file, create: true, erasuresFrom: [source] })).ledger.applied).toEqual(erasures(0));
    await expectLike(elsewhere, erased, anouk);
  }, 120_000);

  it('without a readable ledger the restore completes and says so; with --clean an unreadable own ledger leaves the target as it was', async () => {
    const { anouk, file, counts } = populated;
    const before = { file };

    const alone = urlOf(freshName());
    expect((await restore({ url: alone, file: before.file, create: true })).ledger).toEqual({
      read: false,
      applied: erasures(0),
      warnings: [],
    });
    const unreachable = urlOf(freshName());
    const result = await restore({
      url: unreachable,
      file: before.file,
      create: true,
      erasuresFrom: ['postgres://nobody:secret@127.0.0.1:1/gone'],
    });
    expect(result.ledger).toMatchObject({
      read: false,
      applied: erasures(0),
      warnings: [expect.stringMatching(/^Could not read the ledger \(.*\) of 127\.0\.0\.1:1\/gone: /)],
    });
    expect(result.ledger.warnings[0]).not.toContain('secret');
    expect(await rowCounts(unreachable)).toEqual(counts);
    expect(await rowsAbout(unreachable, anouk)).toBeGreaterThan(10);

    // With --clean the target's own ledger exists nowhere else: when it cannot be read, nothing is replaced.
    const odd = urlOf(freshName());
    await withSql(adminUrl, (sql) => sql.unsafe(`create database ${new URL(odd).pathname.slice(1)}`));
    await withSql(odd, (sql) => sql`create table audit_log (note text); insert into audit_log values ('kept')`.simple());
    await expect(restore({ url: odd, file: before.file, clean: true })).rejects.toThrow(/left as it was/);
    expect(await rowCounts(odd)).toEqual({ 'public.audit_log': 1 });
  });
});

/** The erasure as eraseClient writes it, through the same queries, on a database of another server. */
async function eraseWithQueries(url: string, client: Erased, actorUserId: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await drizzle(sql, { schema }).transaction(async (tx) => {
      expect(await deleteClient(client.practiceId, client.clientId, tx)).toBe(true);
      await deleteClientMails(client.practiceId, client.clientId, client.email, tx);
      await insertAudit(
        {
          practiceId: client.practiceId,
          actorUserId,
          actorKind: 'coach',
          action: 'client.erased',
          entityType: 'client',
          entityId: client.clientId,
        },
        tx,
      );
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe('db:restore applies the erasures made after a pg_dump backup again', () => {
  let server: { url: (db: string) => string; stop: () => Promise<void> } | null = null;
  let skipReason = '';
  let anouk: Erased;
  let ownerId: string;

  beforeAll(async () => {
    const tool = await findPgTools();
    const major = await withSql(adminUrl, async (sql) =>
      Math.floor(Number((await sql`show server_version_num`)[0]!.server_version_num) / 10000),
    );
    anouk = populated.anouk;
    ownerId = populated.owner.userId;
    if (!tool) skipReason = 'no pg_dump on this machine';
    else if (tool.major >= major) server = { url: urlOf, stop: async () => {} };
    else {
      const started = await serverOf(tool);
      if (typeof started === 'string') skipReason = `no pg_dump ${major} on this machine (found ${tool.major}) and ${started}`;
      else server = started;
    }
    if (!server) return;
    // The populated rows, moved there with the built-in format; the app's migrations (and job queue) ran there.
    await restore({ url: server.url('erasing'), file: populated.file, create: true });
  }, 120_000);
  afterAll(() => server?.stop());

  it('--clean over the database that erased and --create with its ledger; queued mails go too', async (context) => {
    if (!server) return context.skip(skipReason);
    const source = server.url('erasing');
    // More of her mails: kept ones again, and queued ones (pg_dump's backup holds the job queue).
    await addMails(source, anouk, true);
    const before = await backup({ url: source, dir, tool: 'pg_dump', now: new Date(Date.now() + 180_000) });
    expect(before.file).toMatch(/\.dump$/);
    expect(await rowsAbout(source, anouk)).toBeGreaterThan(10);

    await eraseWithQueries(source, anouk, ownerId);
    const erased = await snapshot(source);
    expect(erased.queued).toBe(1);
    expect(await rowsAbout(source, anouk)).toBe(0);

    const fresh = server.url(freshName());
    const created = await restore({ url: fresh, file: before.file, create: true, erasuresFrom: [source] });
    expect(created.ledger).toEqual({ read: true, applied: erasures(1), warnings: [] });
    await expectLike(fresh, erased, anouk);

    const cleaned = await restore({ url: source, file: before.file, clean: true });
    expect(cleaned.ledger).toEqual({ read: true, applied: erasures(1), warnings: [] });
    await expectLike(source, erased, anouk);

    const after = await backup({ url: source, dir, tool: 'pg_dump', now: new Date(Date.now() + 240_000) });
    expect((await restore({ url: fresh, file: after.file, clean: true })).ledger).toEqual({
      read: true,
      applied: erasures(0),
      warnings: [],
    });
    await expectLike(fresh, erased, anouk);
  }, 120_000);
});
