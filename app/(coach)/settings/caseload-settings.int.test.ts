import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clients } from '@/db/schema';
import { createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { CaseloadSettingsSection } from './caseload-settings';

// The section rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The settings form's router exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
  usePathname: () => '/settings',
}));

async function render(practiceId: string) {
  const element = await CaseloadSettingsSection({ practiceId });
  return renderPageHtml(element);
}

/** Closed clients long past the default seven years, one a day from 1 January 2010: the first closed the longest ago. */
async function closedLongAgo(practiceId: string, coachId: string, count: number) {
  await getDb()
    .insert(clients)
    .values(
      Array.from({ length: count }, (_, i) => ({
        practiceId,
        coachId,
        firstName: `Oud${i + 1}`,
        lastName: 'Dossier',
        email: `oud-${i + 1}-${practiceId}@example.test`,
        status: 'closed' as const,
        closedOn: new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10),
      })),
    );
}

const rows = (html: string) => {
  const start = html.indexOf('data-testid="due-for-erasure"');
  return start < 0 ? 0 : html.slice(start, html.indexOf('</ul>', start)).split('<li').length - 1;
};

describe('records due for erasure on the settings page', () => {
  it('counts every record past its retention period and says when the list shows only the oldest of them', async () => {
    const owner = await createPractice();
    await closedLongAgo(owner.practiceId, owner.userId, 203);
    const html = await render(owner.practiceId);
    expect(html).toContain('Van 203 dossiers is de bewaartermijn verstreken.');
    expect(rows(html)).toBe(200);
    expect(html).toContain('Hieronder staan de 200 dossiers die al het langst te wissen zijn.');
    // The oldest first: the three closed last are the ones left for later.
    expect(html).toContain('>Oud1 Dossier<');
    expect(html).toContain('>Oud200 Dossier<');
    expect(html).not.toContain('>Oud201 Dossier<');
  });

  it('shows them all, without that note, when they fit', async () => {
    const owner = await createPractice();
    await closedLongAgo(owner.practiceId, owner.userId, 3);
    const html = await render(owner.practiceId);
    expect(html).toContain('Van 3 dossiers is de bewaartermijn verstreken.');
    expect(rows(html)).toBe(3);
    expect(html).not.toContain('Hieronder staan');
  });
});
