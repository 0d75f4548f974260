import { randomUUID } from 'node:crypto';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlanItemAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { releasePlanItemAction } from '@/app/portal/plan/actions';
import { confirmPlanAction } from '@/app/share/[token]/actions';
import SharePage from '@/app/share/[token]/page';
import { getDb } from '@/db/client';
import { seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { rateLimits } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { seenOnSharePage } from '@/lib/share/testing';
import { actAs } from '@/lib/testing/fixtures';
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

describe('the share page', () => {
  it('asks the employer to confirm the plan only once something is shared', async () => {
    const { owner, client, token } = await sharedPlan('Praktijk Openingen');
    const page = async () => {
      await getDb().delete(rateLimits);
      return renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    };
    // The coach adds an item with this employer wording; the client releases it in the portal.
    const releasedByClient = async (title: string, employerWording: string) => {
      actAs(owner);
      const item = await createPlanItemAction({
        clientId: client.id,
        requestId: randomUUID(),
        source: 'manual',
        title,
        description: '',
        employerWording,
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
      const { itemId } = item.data;
      expect(await releasePlanItemAction({ itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) })).toMatchObject({
        ok: true,
      });
      await actAsPortalClient(null);
    };
    const empty = await page();
    expect(empty).toContain('data-testid="privacy-note"');
    expect(empty).not.toContain('id="confirm-title"');

    await releasedByClient('Vaste stoptijd', 'Sam stopt om 17.30 uur.');
    const shared = await page();
    expect(shared).toContain('Sam stopt om 17.30 uur.');
    expect(shared).toContain('id="confirm-title"');
    // Nothing confirmed yet, so nothing is "new since" a confirmation.
    expect(shared).not.toContain('data-testid="new-item"');

    // Confirmed, then the client releases a second item: that one, and only that one, is marked new.
    await getDb().delete(rateLimits);
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toMatchObject({ ok: true });
    await releasedByClient('Vrijdag thuis', 'Sam werkt op vrijdag thuis.');
    const lapsed = await page();
    const cards = lapsed.split('data-testid="shared-item"').slice(1);
    expect(cards.map((card) => [card.includes('data-testid="new-item"'), /Sam (stopt|werkt)[^<]*/.exec(card)?.[0]])).toEqual([
      [false, 'Sam stopt om 17.30 uur.'],
      [true, 'Sam werkt op vrijdag thuis.'],
    ]);
    expect(lapsed).toContain('Nieuw sinds je bevestiging');
  });
});
