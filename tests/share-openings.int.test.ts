import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlanItemAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { releasePlanItemAction } from '@/app/portal/plan/actions';
import SharePage from '@/app/share/[token]/page';
import { getDb } from '@/db/client';
import { seenDetails, seenWording, timelineKinds } from '@/db/queries/client-test-fixtures';
import { planShareOpenings, rateLimits } from '@/db/schema';
import { SHARE_OPENING_WINDOW_MS } from '@/lib/plans/service';
import { actAsPortalClient } from '@/lib/portal/testing';
import { openSharedPlan } from '@/lib/share/guard';
import { actAs, auditFor } from '@/lib/testing/fixtures';
import { sharedPlan } from '@/tests/shared-plan';

// The share page's buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

beforeEach(async () => {
  actAs(null);
  await getDb().delete(rateLimits);
});

const openingsOf = (shareId: string) => getDb().select().from(planShareOpenings).where(eq(planShareOpenings.shareId, shareId));
const openedAudits = async (practiceId: string) => (await auditFor(practiceId)).filter((e) => e.action === 'plan.share_opened');

describe('share page openings', () => {
  it('counts reloads and parallel loads within half an hour as one opening, on the timeline and in the audit once', async () => {
    const { owner, client, shareId, token } = await sharedPlan('Praktijk Openingen');
    expect((await openSharedPlan(token)).state).toBe('ok');
    expect((await openSharedPlan(token)).state).toBe('ok');
    const parallel = await Promise.all(Array.from({ length: 5 }, () => openSharedPlan(token)));
    expect(parallel.every((s) => s.state === 'ok')).toBe(true);
    expect(await openingsOf(shareId)).toHaveLength(1);
    expect(await openedAudits(owner.practiceId)).toHaveLength(1);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.opened')).toHaveLength(1);
  });

  it('counts a new opening once the window has passed', async () => {
    const { owner, shareId, token } = await sharedPlan('Praktijk Openingen');
    await openSharedPlan(token);
    // The earlier opening moves back just past the window (the database clock stamps openings).
    const back = `${SHARE_OPENING_WINDOW_MS / 1000 + 60} seconds`;
    await getDb()
      .update(planShareOpenings)
      .set({ openedAt: sql`now() - ${back}::interval` })
      .where(eq(planShareOpenings.shareId, shareId));
    await openSharedPlan(token);
    await openSharedPlan(token);
    expect(await openingsOf(shareId)).toHaveLength(2);
    expect(await openedAudits(owner.practiceId)).toHaveLength(2);
  });

  it('counts each share on its own', async () => {
    const first = await sharedPlan('Praktijk Openingen');
    const second = await sharedPlan('Praktijk Openingen');
    await openSharedPlan(first.token);
    await openSharedPlan(second.token);
    expect(await openingsOf(first.shareId)).toHaveLength(1);
    expect(await openingsOf(second.shareId)).toHaveLength(1);
  });
});

describe('the share page', () => {
  it('asks the employer to confirm the plan only once something is shared', async () => {
    const { owner, client, token } = await sharedPlan('Praktijk Openingen');
    const page = async () => {
      await getDb().delete(rateLimits);
      return renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    };
    const empty = await page();
    expect(empty).toContain('data-testid="privacy-note"');
    expect(empty).not.toContain('id="confirm-title"');

    actAs(owner);
    const item = await createPlanItemAction({
      clientId: client.id,
      requestId: randomUUID(),
      source: 'manual',
      title: 'Vaste stoptijd',
      description: '',
      employerWording: 'Sam stopt om 17.30 uur.',
      rationale: '',
      category: 'recovery',
      level: 'person',
      owner: 'client',
      dueDate: '',
      reviewDate: '',
      dimensions: [],
    });
    if (!item.ok) throw new Error(JSON.stringify(item));
    actAs(null);
    await actAsPortalClient(client);
    expect(
      await releasePlanItemAction({
        itemId: item.data.itemId,
        wording: await seenWording(item.data.itemId),
        seen: await seenDetails(item.data.itemId),
      }),
    ).toMatchObject({
      ok: true,
    });
    await actAsPortalClient(null);
    const shared = await page();
    expect(shared).toContain('Sam stopt om 17.30 uur.');
    expect(shared).toContain('id="confirm-title"');
  });
});
