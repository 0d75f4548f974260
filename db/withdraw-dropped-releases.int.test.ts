import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seedSharingClient } from '@/db/queries/client-test-fixtures';
import type { Actor } from '@/lib/auth/guards';
import { createPlanItem, createShare, employerSetStatus, releaseItem } from '@/lib/plans/service';
import { employerViewFor } from '@/lib/share/guard';
import { createPractice } from '@/lib/testing/fixtures';
import { getDb } from './client';
import { migrationsFolder } from './migrate';
import { auditLog, planItems, planReleases, timelineEvents } from './schema';

// Migration 0027: releases of items dropped before a coach's drop withdrew them (lib/plans/service.ts setPlanItemStatus)
// are withdrawn as the service withdraws one (reason item_dropped, a timeline line and an audit entry, by the system).
// A release the manager dropped the item of through their link stays, as the service leaves it.
const TAG = '0027_withdraw-dropped-releases';
const statements = readFileSync(path.join(migrationsFolder, `${TAG}.sql`), 'utf8')
  .split('--> statement-breakpoint')
  .filter((s) => s.trim() !== '');
const runMigration = () =>
  getDb().transaction(async (tx) => {
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });

const db = () => getDb();

async function practiceWithSharedClient(name: string) {
  const owner = await createPractice(name);
  const actor: Actor = {
    userId: owner.userId,
    practiceId: owner.practiceId,
    role: 'owner',
    name: 'Olivia Owner',
    email: owner.email,
    locale: 'nl',
  };
  const { manager, client } = await seedSharingClient(owner.practiceId, owner.userId, 'Zorggroep Noord', { firstName: 'Eva' });
  return { owner, actor, manager, client };
}

const fields = (title: string, owner: 'client' | 'manager', employerWording: string) => ({
  title,
  description: '',
  employerWording,
  rationale: '',
  category: 'hindering_demands' as const,
  level: 'team' as const,
  owner,
  dueDate: '2027-01-15',
  reviewDate: null,
  dimensions: [],
});

async function addItem(actor: Actor, clientId: string, title: string, owner: 'client' | 'manager', wording: string) {
  const result = await createPlanItem(actor, { ...fields(title, owner, wording), clientId, requestId: randomUUID(), source: 'manual' });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.itemId;
}

/** The client releases the item in the portal (lib/plans/service.ts releaseItem), as the preview showed it. */
async function release(practiceId: string, clientId: string, itemId: string) {
  const [item] = await db()
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, itemId)));
  const seen = { owner: item!.owner, dueDate: item!.dueDate };
  const result = await releaseItem({ kind: 'client', practiceId, clientId }, itemId, item!.employerWording ?? '', seen);
  if (!result.ok) throw new Error(`release failed: ${JSON.stringify(result)}`);
}

/**
 * The coach's status change as the code before the fix made it: the status, its timeline line and audit entry, and no
 * withdrawal (a drop, or taking an item the manager dropped up again).
 */
async function dropAsBefore(actor: Actor, clientId: string, itemId: string, status: 'dropped' | 'planned' = 'dropped') {
  await db().transaction(async (tx) => {
    const [item] = await tx
      .update(planItems)
      .set({ status, version: sql`${planItems.version} + 1`, updatedAt: new Date() })
      .where(and(eq(planItems.practiceId, actor.practiceId), eq(planItems.id, itemId)))
      .returning();
    await tx.insert(timelineEvents).values({
      practiceId: actor.practiceId,
      clientId,
      kind: 'plan.item_status',
      actorUserId: actor.userId,
      actorKind: 'coach',
      data: { itemId, title: item!.title, status },
    });
    await tx.insert(auditLog).values({
      practiceId: actor.practiceId,
      actorUserId: actor.userId,
      actorKind: 'coach',
      action: 'plan.item_status',
      entityType: 'plan_item',
      entityId: itemId,
      metadata: { status },
    });
  });
}

/** Every row of the practice in these tables, in a stable order. */
async function rowsOf(practiceId: string) {
  return {
    items: await db().select().from(planItems).where(eq(planItems.practiceId, practiceId)).orderBy(asc(planItems.id)),
    releases: await db().select().from(planReleases).where(eq(planReleases.practiceId, practiceId)).orderBy(asc(planReleases.id)),
    timeline: await db().select().from(timelineEvents).where(eq(timelineEvents.practiceId, practiceId)).orderBy(asc(timelineEvents.id)),
    audit: await db().select().from(auditLog).where(eq(auditLog.practiceId, practiceId)).orderBy(asc(auditLog.id)),
  };
}

it('withdraws the releases that drops before the fix left open, as the service withdraws one, and nothing else', async () => {
  // Migrated with the app's migrations (the template every test database is cloned from).
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const entry = journal.entries.find((e) => e.tag === TAG);
  expect(entry).toBeDefined();
  const applied = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations where created_at = ${entry!.when}`,
  );
  expect(applied[0]?.n).toBe(1);

  const a = await practiceWithSharedClient('Praktijk Veerkracht');
  const { practiceId } = a.actor;
  const clientId = a.client.id;
  // Dropped by the coach after the client released it, before a drop withdrew the release.
  const dropped = await addItem(a.actor, clientId, 'Zelf pauzes plannen', 'client', 'Ik plan pauzes.');
  // Released, not dropped.
  const kept = await addItem(a.actor, clientId, 'Werkdruk herverdelen', 'manager', 'Maandelijks overleg over de prioriteiten.');
  // The manager dropped their own item through the link: the service keeps its release (the page shows it as dropped).
  const employerDropped = await addItem(a.actor, clientId, 'Scholing', 'manager', 'Een cursus plannen.');
  // The manager dropped it, the coach took it up again and dropped it once more, before a drop withdrew the release.
  const redropped = await addItem(a.actor, clientId, 'Thuiswerken', 'manager', 'Twee dagen thuis werken.');
  // Released after the coach had dropped it (refused since).
  const releasedAfterDrop = await addItem(a.actor, clientId, 'Inwerken', 'client', 'Een collega inwerken.');
  for (const id of [dropped, kept, employerDropped, redropped]) await release(practiceId, clientId, id);
  const shared = await createShare(a.actor, { clientId, contactId: a.manager.id, sendMail: false });
  if (!shared.ok) throw new Error(`share failed: ${JSON.stringify(shared)}`);
  const share = { practiceId, id: shared.data.shareId, clientId };

  await dropAsBefore(a.actor, clientId, dropped);
  expect(await employerSetStatus(share, { itemId: employerDropped, from: 'planned', status: 'dropped' })).toEqual({ ok: true, data: null });
  expect(await employerSetStatus(share, { itemId: redropped, from: 'planned', status: 'dropped' })).toEqual({ ok: true, data: null });
  // Taken up again as the service did then (since 42d1ad1 that withdraws the release itself).
  await dropAsBefore(a.actor, clientId, redropped, 'planned');
  await dropAsBefore(a.actor, clientId, redropped);
  await dropAsBefore(a.actor, clientId, releasedAfterDrop);
  const [late] = await db()
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, releasedAfterDrop)));
  await db().insert(planReleases).values({
    practiceId,
    clientId,
    itemId: releasedAfterDrop,
    employerWording: late!.employerWording!,
    releasedBy: 'client',
  });

  // Another practice: an item with the same id as the dropped one (ids are unique per practice), not dropped, released.
  const b = await practiceWithSharedClient('Praktijk Elders');
  await db()
    .insert(planItems)
    .values({ practiceId: b.actor.practiceId, id: dropped, clientId: b.client.id, ...fields('Elders', 'client', 'Elders gedeeld.') });
  await release(b.actor.practiceId, b.client.id, dropped);

  // As the old code left it: the manager's page shows the dropped items, without a control.
  const viewBefore = await employerViewFor(share, 'nl', null);
  expect(viewBefore.items.map((i) => i.id).sort()).toEqual([dropped, kept, employerDropped, redropped, releasedAfterDrop].sort());
  expect(viewBefore.items.find((i) => i.id === dropped)).toMatchObject({ status: 'dropped', employerMayUpdate: false });
  const before = await rowsOf(practiceId);
  const otherBefore = await rowsOf(b.actor.practiceId);

  await runMigration();

  const after = await rowsOf(practiceId);
  const releaseOf = (rows: typeof after.releases, itemId: string) => rows.filter((r) => r.itemId === itemId);
  for (const itemId of [dropped, redropped, releasedAfterDrop]) {
    const [was] = releaseOf(before.releases, itemId);
    expect(releaseOf(after.releases, itemId)).toEqual([{ ...was, withdrawnAt: expect.any(Date), withdrawnBy: 'item_dropped' }]);
  }
  // Untouched: the release of the item that was not dropped, the one the manager dropped, and every item.
  expect(releaseOf(after.releases, kept)).toEqual(releaseOf(before.releases, kept));
  expect(releaseOf(after.releases, kept)).toMatchObject([{ withdrawnAt: null, withdrawnBy: null }]);
  expect(releaseOf(after.releases, employerDropped)).toEqual(releaseOf(before.releases, employerDropped));
  expect(releaseOf(after.releases, employerDropped)).toMatchObject([{ withdrawnAt: null, withdrawnBy: null }]);
  expect(after.items).toEqual(before.items);

  // The service's timeline line and audit entry for each withdrawal (withdrawnLines), by the system.
  const title = (itemId: string) => before.items.find((i) => i.id === itemId)!.title;
  const newTimeline = after.timeline.filter((t) => !before.timeline.some((o) => o.id === t.id));
  expect(newTimeline.map(({ clientId: c, kind, actorUserId, actorKind, data }) => ({ c, kind, actorUserId, actorKind, data }))).toEqual(
    expect.arrayContaining(
      [dropped, redropped, releasedAfterDrop].map((itemId) => ({
        c: clientId,
        kind: 'plan.release_withdrawn',
        actorUserId: null,
        actorKind: 'system',
        data: { itemId, title: title(itemId), reason: 'item_dropped' },
      })),
    ),
  );
  expect(newTimeline).toHaveLength(3);
  const newAudit = after.audit.filter((e) => !before.audit.some((o) => o.id === e.id));
  expect(
    newAudit.map(({ actorUserId, actorKind, action, entityType, entityId, metadata, ip }) => ({
      actorUserId,
      actorKind,
      action,
      entityType,
      entityId,
      metadata,
      ip,
    })),
  ).toEqual(
    expect.arrayContaining(
      [dropped, redropped, releasedAfterDrop].map((entityId) => ({
        actorUserId: null,
        actorKind: 'system',
        action: 'plan.release_withdrawn',
        entityType: 'plan_item',
        entityId,
        metadata: { reason: 'item_dropped' },
        ip: null,
      })),
    ),
  );
  expect(newAudit).toHaveLength(3);

  // The manager's page (the one employer-view function) no longer shows them; the manager's own drop stays, as before.
  const viewAfter = await employerViewFor(share, 'nl', null);
  expect(viewAfter.items.map((i) => i.id).sort()).toEqual([kept, employerDropped].sort());
  expect(viewAfter.items.find((i) => i.id === employerDropped)).toMatchObject({ status: 'dropped', employerMayUpdate: false });

  // The other practice: nothing changed, although its item has the id of a withdrawn one.
  expect(await rowsOf(b.actor.practiceId)).toEqual(otherBefore);

  // Run again: nothing left to do, nothing written.
  await runMigration();
  expect(await rowsOf(practiceId)).toEqual(after);
  expect(await rowsOf(b.actor.practiceId)).toEqual(otherBefore);
});
