import { createHmac } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { planItems, planReleases, planShares, practices, timelineEvents } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import { interventionByKey } from '@/lib/plans/library';
import type { PlanStatus } from '@/lib/plans/types';

/** Days a share link lives (as createShare gives it): the demo's link was made three days before the seed. */
const SHARE_DAYS = 30;

/**
 * The demo's share link token, derived from the installation's AUTH_SECRET and the demo practice: never stored (only
 * its hash, as for every link), yet the start-up can print the link again on every start.
 */
export function demoShareToken(authSecret: string, practiceId: string): string {
  return createHmac('sha256', authSecret).update(`demo-share:${practiceId}`).digest('base64url');
}

type DemoItem = { key: string; status: PlanStatus; due: number | null; released: boolean };

/**
 * Anouk's plan, the heart of the product: four items from the intervention library, made after her first intake. She
 * released two for her manager (in the portal), the other two stay between her and the coach. Her manager has a live
 * link, not yet confirmed. Everything is invented; texts are the library's Dutch wording.
 */
export async function seedDemoPlan(
  db: Database,
  opts: {
    practiceId: string;
    coachId: string;
    clientId: string;
    employerId: string;
    managerContactId: string;
    authSecret: string;
    at: (days: number, hour?: number) => Date;
    dateIn: (days: number) => string;
  },
): Promise<void> {
  const { practiceId, coachId, clientId, at } = opts;
  const items: DemoItem[] = [
    { key: 'recovery_first', status: 'in_progress', due: null, released: true },
    { key: 'reprioritise_with_manager', status: 'planned', due: 5, released: true },
    { key: 'stop_times', status: 'in_progress', due: 7, released: false },
    { key: 'recovery_routines', status: 'done', due: null, released: false },
  ];
  const events: (typeof timelineEvents.$inferInsert)[] = [];
  const rows = await db
    .insert(planItems)
    .values(
      items.map((item, position) => {
        const intervention = interventionByKey(item.key);
        if (!intervention) throw new Error(`unknown intervention ${item.key}`);
        return {
          practiceId,
          clientId,
          title: intervention.title.nl,
          description: intervention.description.nl,
          employerWording: intervention.employerWording.nl,
          category: intervention.category,
          level: intervention.level,
          owner: intervention.owner,
          dueDate: item.due === null ? null : opts.dateIn(item.due),
          status: item.status,
          source: intervention.key,
          position,
          createdBy: coachId,
          createdAt: at(-27, 11),
        };
      }),
    )
    .returning({ id: planItems.id, title: planItems.title, source: planItems.source, employerWording: planItems.employerWording });
  for (const row of rows)
    events.push({
      practiceId,
      clientId,
      kind: 'plan.item_added',
      actorUserId: coachId,
      data: { itemId: row.id, title: row.title, source: row.source },
      occurredAt: at(-27, 11),
    });

  const released = rows.filter((row) => items.find((i) => i.key === row.source)?.released);
  await db.insert(planReleases).values(
    released.map((row) => ({
      practiceId,
      clientId,
      itemId: row.id,
      employerWording: row.employerWording!,
      releasedBy: 'client' as const,
      releasedAt: at(-4, 19),
    })),
  );
  for (const row of released)
    events.push({
      practiceId,
      clientId,
      kind: 'plan.released',
      actorKind: 'client',
      data: { itemId: row.id, title: row.title, by: 'client' },
      occurredAt: at(-4, 19),
    });

  const createdAt = at(-3, 10);
  const [share] = await db
    .insert(planShares)
    .values({
      practiceId,
      clientId,
      employerId: opts.employerId,
      contactId: opts.managerContactId,
      tokenHash: hashToken(demoShareToken(opts.authSecret, practiceId)),
      expiresAt: new Date(createdAt.getTime() + SHARE_DAYS * 86_400_000),
      createdBy: coachId,
      createdAt,
    })
    .returning({ id: planShares.id });
  events.push({
    practiceId,
    clientId,
    kind: 'share.created',
    actorUserId: coachId,
    data: { shareId: share!.id, role: 'manager', mailed: false },
    occurredAt: createdAt,
  });
  await db.insert(timelineEvents).values(events);
}

/** The demo manager's link to the shared plan while it is live (printed at start-up), else null. */
export async function demoShareUrl(db: Database, authSecret: string, appUrl: string): Promise<string | null> {
  const [demo] = await db.select({ id: practices.id }).from(practices).where(eq(practices.isDemo, true)).limit(1);
  if (!demo) return null;
  const token = demoShareToken(authSecret, demo.id);
  const [live] = await db
    .select({ id: planShares.id })
    .from(planShares)
    .where(
      and(
        eq(planShares.practiceId, demo.id),
        eq(planShares.tokenHash, hashToken(token)),
        isNull(planShares.revokedAt),
        gt(planShares.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return live ? `${appUrl}/share/${token}` : null;
}
