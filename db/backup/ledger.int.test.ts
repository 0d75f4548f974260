import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedSharingClient } from '@/db/queries/client-test-fixtures';
import { isConsentGivenNow } from '@/db/queries/consents';
import { employerViewData, findShareByTokenHash } from '@/db/queries/shares';
import * as schema from '@/db/schema';
import { planItems } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { hashToken } from '@/lib/auth/tokens';
import { recordConsent } from '@/lib/caseload/service';
import { createPlanItem, createShare, releaseItem, revokeShare, withdrawItem } from '@/lib/plans/service';
import { shareStillShows } from '@/lib/share/liveness';
import { createPractice } from '@/lib/testing/fixtures';
import { type Applied, NOTHING_APPLIED } from './ledger';
import { backup, restore } from './run';
import { withSql } from './test-helpers';

// A restore of a backup taken before a share link was revoked, a release or a consent withdrawn would show the plan to
// the employer again (the manager still has the URL): the restore applies them again from the ledger.

const adminUrl = inject('pgAdminUrl');
const urlOf = (db: string) => adminUrl.replace(/\/[^/]*$/, `/${db}`);
const freshName = () => `l_${randomBytes(6).toString('hex')}`;
const source = () => process.env.DATABASE_URL!;
const LEDGER_ACTIONS = ['plan.share_revoked', 'plan.release_withdrawn', 'consent.withdrawn'];
/** What the restores below apply again: Eva's withdrawn consent (her link and release with it), Sam's link and one release. */
const ALL: Applied = { erasures: 0, sharesEnded: 2, releasesWithdrawn: 2, consentWithdrawals: 1 };
const NONE = NOTHING_APPLIED;

let dir: string;
let actor: Actor;
let practiceId: string;
/** Eva: her consent to share is withdrawn after the backup. Sam: one link revoked, one release withdrawn, one kept. */
let eva: { clientId: string; token: string; shareId: string; item: string };
let sam: { clientId: string; token: string; shareId: string; withdrawn: string; kept: string };
/** Backups: before the clients had items or links, before the changes, after them. */
let files: { empty: string; before: string };
let changed: Awaited<ReturnType<typeof snapshot>>;

async function addItem(clientId: string, title: string, wording: string) {
  const result = await createPlanItem(actor, {
    clientId,
    requestId: randomUUID(),
    source: 'manual',
    title,
    description: '',
    employerWording: wording,
    rationale: '',
    category: 'hindering_demands',
    level: 'team',
    owner: 'manager',
    dueDate: '2027-01-15',
    reviewDate: null,
    dimensions: [],
  });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.itemId;
}

/** The client releases the item in the portal, as the preview showed it. */
async function release(clientId: string, itemId: string) {
  const [item] = await getDb()
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, itemId)));
  const result = await releaseItem({ kind: 'client', practiceId, clientId }, itemId, item!.employerWording ?? '', {
    owner: item!.owner,
    dueDate: item!.dueDate,
  });
  if (!result.ok) throw new Error(`release failed: ${JSON.stringify(result)}`);
}

async function share(clientId: string, contactId: string) {
  const result = await createShare(actor, { clientId, contactId, sendMail: false });
  if (!result.ok) throw new Error(`share failed: ${JSON.stringify(result)}`);
  return { shareId: result.data.shareId, token: result.data.url.split('/share/')[1]! };
}

/** Each backup a minute after the last one (the file names sort by that time). */
let stamp = Date.now() - 3_600_000;
async function backupOf(url: string) {
  stamp += 60_000;
  return (await backup({ url, dir, tool: 'builtin', now: new Date(stamp) })).file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-ledger-'));
  const owner = await createPractice('Praktijk Terugzetten');
  practiceId = owner.practiceId;
  actor = { userId: owner.userId, practiceId, role: 'owner', name: 'Olivia Owner', email: owner.email, locale: 'nl' };
  const a = await seedSharingClient(practiceId, owner.userId, 'Zorggroep Noord', { firstName: 'Eva' });
  const b = await seedSharingClient(practiceId, owner.userId, 'Bouwbedrijf West', { firstName: 'Sam' });
  const empty = await backupOf(source());

  const evaItem = await addItem(a.client.id, 'Werkdruk bespreken', 'Maandelijks overleg over de prioriteiten.');
  await release(a.client.id, evaItem);
  eva = { clientId: a.client.id, ...(await share(a.client.id, a.manager.id)), item: evaItem };
  const withdrawn = await addItem(b.client.id, 'Scholing', 'Een cursus plannen.');
  const kept = await addItem(b.client.id, 'Thuiswerken', 'Twee dagen thuis werken.');
  await release(b.client.id, withdrawn);
  await release(b.client.id, kept);
  sam = { clientId: b.client.id, ...(await share(b.client.id, b.manager.id)), withdrawn, kept };
  const before = await backupOf(source());
  files = { empty, before };

  // With the real services: the withdrawn consent ends Eva's link and withdraws her release; Sam's link is revoked and
  // one of his releases withdrawn.
  const withdrawal = { clientId: eva.clientId, kind: 'employer_sharing' as const, action: 'withdrawn' as const, note: 'Wil niet meer' };
  expect(await recordConsent(actor, withdrawal)).toEqual({ ok: true, data: null });
  expect(await revokeShare(actor, sam.shareId)).toEqual({ ok: true, data: null });
  expect(await withdrawItem({ kind: 'client', practiceId, clientId: sam.clientId }, sam.withdrawn)).toEqual({ ok: true, data: null });
  changed = await snapshot(source());
  expect(changed.ledger).toHaveLength(5);
  await expectKept(source());
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the changes left: the rows they wrote and the practice's whole audit log (without `seq`, the insertion order). */
async function snapshot(url: string) {
  return withSql(url, async (sql) => ({
    consents: await sql`select * from consents where practice_id = ${practiceId} order by id`,
    releases: await sql`select id, item_id, released_at::text, withdrawn_at::text, withdrawn_by from plan_releases
      where practice_id = ${practiceId} order by id`,
    shares: await sql`select id, revoked_at::text from plan_shares where practice_id = ${practiceId} order by id`,
    audit: await sql`select id, actor_user_id, actor_kind, action, entity_type, entity_id, metadata, ip, created_at::text
      from audit_log where practice_id = ${practiceId} order by id`,
    ledger: await sql`select id, action, entity_id, created_at::text from audit_log
      where practice_id = ${practiceId} and action in ${sql(LEDGER_ACTIONS)} order by id`,
    // The clients' timelines (without the random ids and the insertion order): a change applied again has its line, as
    // the service wrote it, at its time (`at`, ms: its audit entry's, a few ms before the service stamped the line).
    timeline: await sql<{ at: number }[]>`select client_id, kind, data, actor_user_id, actor_kind,
        (extract(epoch from occurred_at) * 1000)::float8 as at
      from timeline_events where practice_id = ${practiceId} order by occurred_at, client_id, kind, data::text`,
  }));
}

/** What the employer gets: neither link opens, Eva's consent reads withdrawn, Sam's manager sees only the release kept. */
async function expectKept(url: string) {
  await withSql(url, async (sql) => {
    const db = drizzle(sql, { schema });
    for (const link of [eva, sam]) {
      const row = await findShareByTokenHash(hashToken(link.token), db);
      // The guard's answer (lib/share/guard.ts): a link that does not show the plan is "not found".
      expect(row && shareStillShows(row)).toBe(false);
      expect(row?.revokedAt).toBeInstanceOf(Date);
    }
    const view = async (clientId: string, shareId: string) =>
      (await employerViewData(practiceId, clientId, new Date(), shareId, db)).items.map((i) => i.id);
    expect(await view(eva.clientId, eva.shareId)).toEqual([]);
    expect(await view(sam.clientId, sam.shareId)).toEqual([sam.kept]);
    expect(await isConsentGivenNow(practiceId, eva.clientId, 'employer_sharing', db)).toBe(false);
    expect(await isConsentGivenNow(practiceId, sam.clientId, 'employer_sharing', db)).toBe(true);
  });
}

/** Kept, each ledger entry once, and the very rows and audit log of the database that made the changes. */
async function expectLikeChanged(url: string) {
  await expectKept(url);
  const now = await snapshot(url);
  expect({ ...now, timeline: null }).toEqual({ ...changed, timeline: null });
  expect(now.timeline).toEqual(changed.timeline.map((line) => ({ ...line, at: expect.closeTo(line.at, -3) })));
}

describe('db:restore applies again the share links ended and the releases and consents withdrawn after the backup', () => {
  it('--create with the ledger of the database that made them, --clean over it, a chain, and a backup taken after', async () => {
    const fresh = urlOf(freshName());
    const created = await restore({ url: fresh, file: files.before, create: true, erasuresFrom: [source()] });
    expect(created.ledger).toEqual({ read: true, applied: ALL, warnings: [] });
    await expectLikeChanged(fresh);

    // A chain: the entries the restore wrote back are the ledger of the next one.
    expect((await restore({ url: fresh, file: files.before, clean: true })).ledger).toEqual({ read: true, applied: ALL, warnings: [] });
    await expectLikeChanged(fresh);

    // A backup taken after the changes: nothing to apply again, nothing written twice.
    const after = await backupOf(source());
    expect((await restore({ url: fresh, file: after, clean: true })).ledger).toEqual({ read: true, applied: NONE, warnings: [] });
    await expectLikeChanged(fresh);
    const elsewhere = urlOf(freshName());
    expect((await restore({ url: elsewhere, file: after, create: true, erasuresFrom: [source()] })).ledger.applied).toEqual(NONE);
    await expectLikeChanged(elsewhere);

    // Over the database that made them: its ledger is read before it is emptied.
    expect((await restore({ url: source(), file: files.before, clean: true })).ledger).toEqual({ read: true, applied: ALL, warnings: [] });
    await expectLikeChanged(source());
  }, 120_000);

  it('a ledger whose database no longer holds the links and releases (restored from an older backup) still ends them', async () => {
    // The database the changes were made in is replaced by a backup from before the items and links existed: only the
    // entries (and Eva's withdrawal, whose consent was there) came back with the ledger.
    const older = urlOf(freshName());
    const first = await restore({ url: older, file: files.empty, create: true, erasuresFrom: [source()] });
    expect(first.ledger.applied).toEqual({ ...NONE, consentWithdrawals: 1 });
    // Then the backup with the live links, over it.
    const second = await restore({ url: older, file: files.before, clean: true });
    expect(second.ledger).toEqual({ read: true, applied: ALL, warnings: [] });
    await expectKept(older);
    const now = await snapshot(older);
    expect(now.ledger).toEqual(changed.ledger);
    expect(now.consents).toEqual(changed.consents);
  }, 120_000);

  it('a release made again after its withdrawal is not withdrawn by a restore of a backup that holds it', async () => {
    const elsewhere = urlOf(freshName());
    await restore({ url: elsewhere, file: files.before, create: true, erasuresFrom: [source()] });
    // Released again in the restored database, and that database backed up: the old withdrawal does not close the new one.
    await withSql(elsewhere, async (sql) => {
      await sql`insert into plan_releases (practice_id, client_id, item_id, employer_wording, released_by, released_at)
        values (${practiceId}, ${sam.clientId}, ${sam.withdrawn}, 'Een cursus plannen.', 'client', clock_timestamp())`;
    });
    const later = await backupOf(elsewhere);
    const again = urlOf(freshName());
    expect((await restore({ url: again, file: later, create: true, erasuresFrom: [elsewhere, source()] })).ledger.applied).toEqual(NONE);
    await withSql(again, async (sql) => {
      const items = (await employerViewData(practiceId, sam.clientId, new Date(), sam.shareId, drizzle(sql, { schema }))).items;
      expect(items.map((i) => i.id).sort()).toEqual([sam.kept, sam.withdrawn].sort());
    });
  }, 120_000);
});
