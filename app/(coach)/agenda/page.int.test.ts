import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { coachingSessions } from '@/db/schema';
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
