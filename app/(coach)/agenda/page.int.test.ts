import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { coachingSessions } from '@/db/schema';
import { startOfDay, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import AgendaPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render() {
  const element = await AgendaPage({ searchParams: Promise.resolve({}) });
  return renderPageHtml(element);
}

describe('the agenda', () => {
  it('says once that the week is empty, and where sessions are planned; with a session it lists the days', async () => {
    const owner = await createPractice();
    actAs(owner);
    const empty = await render();
    expect(empty).toContain('href="/clients"');
    expect(empty).toContain('Naar je cliënten om een sessie te plannen');
    expect(empty).not.toContain('data-testid="agenda-days"');

    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Smit' });
    await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        coachId: owner.userId,
        startsAt: new Date(Date.now() + 2 * 3_600_000),
        durationMinutes: 60,
        kind: 'coaching',
        location: 'video',
      });
    const week = await render();
    expect(week).toContain('data-testid="agenda-days"');
    expect(week).toContain('Eva Smit');
    expect(week).not.toContain('Naar je cliënten om een sessie te plannen');
  });
});

describe('a planned session that has started', () => {
  it('is "to be marked" in the agenda, as on the client’s Sessions tab; a planned one still to come has no badge', async () => {
    const owner = await createPractice();
    actAs(owner);
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Pim', lastName: 'Verleden' });
    const later = await seedClient(owner.practiceId, owner.userId, { firstName: 'Toos', lastName: 'Straks' });
    const now = Date.now();
    // Today, before now (never before today's start: the agenda starts today), and two days ahead.
    const today = todayIn(new Date(now));
    const started = new Date(Math.max(now - 60_000, startOfDay(today).getTime()));
    const session = (clientId: string, startsAt: Date) => ({
      practiceId: owner.practiceId,
      clientId,
      coachId: owner.userId,
      startsAt,
      durationMinutes: 60,
      kind: 'coaching' as const,
      location: 'video' as const,
    });
    await getDb()
      .insert(coachingSessions)
      .values([session(client.id, started), session(later.id, new Date(now + 2 * 86_400_000))]);

    const rows = [...(await render()).matchAll(/<li class="flex flex-wrap items-center[^>]*>([\s\S]*?)<\/li>/g)].map(([, li]) => li!);
    const row = (name: string) => rows.find((li) => li.includes(name)) ?? '';
    expect(row('Pim Verleden')).toContain('Nog vastleggen');
    expect(row('Toos Straks')).toContain('Toos Straks');
    expect(row('Toos Straks')).not.toContain('Nog vastleggen');
    expect(row('Toos Straks')).not.toContain('Gepland');
  });
});
