import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { timelineEvents } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import ClientOverviewPage from '../page';
import ClientTimelinePage from './page';

// The pages rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The overview's provider for its client components infers the locale from Next's request: here the outer provider serves.
vi.mock('@/app/_components/client-messages', () => ({ ClientMessages: ({ children }: { children: ReactNode }) => children }));
// The overview's forms ask for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
  usePathname: () => '/clients',
  useSearchParams: () => new URLSearchParams(),
}));

const timeline = (clientId: string, page?: string) =>
  ClientTimelinePage({ params: Promise.resolve({ clientId }), searchParams: Promise.resolve(page ? { page } : {}) }).then(renderPageHtml);

/** The plan items named in the timeline, in order ("Actiepunt toegevoegd: Punt 7"). */
const items = (page: string) => [...page.matchAll(/Actiepunt toegevoegd: Punt (\d+)/g)].map((m) => Number(m[1]));

describe("a client's whole timeline", () => {
  let owner: Awaited<ReturnType<typeof createPractice>>;
  let clientId: string;

  beforeAll(async () => {
    owner = await createPractice();
    clientId = (await seedClient(owner.practiceId, owner.userId, { firstName: 'Tim', lastName: 'Lijn' })).id;
    // 60 events a minute apart: Punt 59 is the newest.
    const start = Date.now() - 3_600_000;
    await getDb()
      .insert(timelineEvents)
      .values(
        Array.from({ length: 60 }, (_, i) => ({
          practiceId: owner.practiceId,
          clientId,
          kind: 'plan.item_added',
          data: { title: `Punt ${i}` },
          occurredAt: new Date(start + i * 60_000),
        })),
      );
  });

  it('shows the latest twenty on the overview, with a link to all of them', async () => {
    actAs(owner);
    const page = await ClientOverviewPage({ params: Promise.resolve({ clientId }) }).then(renderPageHtml);
    expect(items(page)).toEqual(Array.from({ length: 20 }, (_, i) => 59 - i));
    expect(page).toContain(`<a data-testid="timeline-all" href="/clients/${clientId}/timeline">De hele tijdlijn: 60 gebeurtenissen</a>`);
  });

  it('lists every event newest first, fifty to a page, with the count', async () => {
    actAs(owner);
    const first = await timeline(clientId);
    expect(first).toContain('60 gebeurtenissen, de nieuwste eerst.');
    expect(items(first)).toEqual(Array.from({ length: 50 }, (_, i) => 59 - i));
    expect(first).toContain(`rel="next" href="/clients/${clientId}/timeline?page=2"`);
    const second = await timeline(clientId, '2');
    expect(items(second)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(second).toContain(`rel="prev" href="/clients/${clientId}/timeline"`);
    const past = await timeline(clientId, '7');
    expect(items(past)).toEqual([]);
    expect(past).toContain('Zo ver gaat de tijdlijn niet terug.');
  });

  it('says on which day a client on sick leave was back at work', async () => {
    const other = await createPractice();
    const back = (await seedClient(other.practiceId, other.userId, { firstName: 'Bas', lastName: 'Terug' })).id;
    await getDb()
      .insert(timelineEvents)
      .values({ practiceId: other.practiceId, clientId: back, kind: 'client.sick_leave_ended', data: { on: '2026-03-02' } });
    actAs(other);
    expect(await timeline(back)).toContain('Verzuim beëindigd, weer aan het werk op 2 mrt 2026');
  });

  it('has no link on the overview when every event is shown there', async () => {
    const small = await createPractice();
    const client = await seedClient(small.practiceId, small.userId);
    await getDb()
      .insert(timelineEvents)
      .values({ practiceId: small.practiceId, clientId: client.id, kind: 'plan.item_added', data: { title: 'Punt 1' } });
    actAs(small);
    const page = await ClientOverviewPage({ params: Promise.resolve({ clientId: client.id }) }).then(renderPageHtml);
    expect(items(page)).toEqual([1]);
    expect(page).not.toContain('timeline-all');
  });

  it('is not found for a coach of another practice', async () => {
    const stranger = await createPractice();
    actAs(stranger);
    await expect(timeline(clientId)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
