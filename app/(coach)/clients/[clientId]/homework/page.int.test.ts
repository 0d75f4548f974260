import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { homework } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import ClientHomeworkPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The assign form asks for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
}));

async function render(clientId: string) {
  const element = await ClientHomeworkPage({ params: Promise.resolve({ clientId }) });
  return renderPageHtml(element);
}

describe('assigning homework on a client’s homework tab', () => {
  let owner: Awaited<ReturnType<typeof createPractice>>;
  const ids = { open: '', closed: '', archived: '' };

  beforeAll(async () => {
    owner = await createPractice();
    ids.open = (await seedClient(owner.practiceId, owner.userId, { firstName: 'Open', status: 'active' })).id;
    ids.closed = (await seedClient(owner.practiceId, owner.userId, { firstName: 'Dicht', status: 'closed', closedOn: '2026-01-05' })).id;
    ids.archived = (
      await seedClient(owner.practiceId, owner.userId, {
        firstName: 'Bewaard',
        status: 'closed',
        closedOn: '2026-01-05',
        archivedAt: new Date(),
      })
    ).id;
  });

  it('offers the form while the trajectory runs', async () => {
    actAs(owner);
    const page = await render(ids.open);
    expect(page).toContain('Toewijzen en mailen');
    expect(page).not.toContain('data-testid="assign-blocked"');
  });

  it('says why instead of offering a form the service would refuse, for a closed or archived client', async () => {
    actAs(owner);
    const closed = await render(ids.closed);
    expect(closed).not.toContain('Toewijzen en mailen');
    expect(closed).toContain('Het traject van Dicht is afgesloten: je kunt geen huiswerk meer toewijzen.');
    const archived = await render(ids.archived);
    expect(archived).not.toContain('Toewijzen en mailen');
    expect(archived).toContain('Het dossier van Bewaard is gearchiveerd: je kunt geen huiswerk meer toewijzen.');
  });

  it('offers no link, reminder or reopening for homework of an ended trajectory (the portal is closed): only withdrawing', async () => {
    actAs(owner);
    const open = { practiceId: owner.practiceId, assignedBy: owner.userId, template: 'energy_diary' as const, dueDate: '2026-12-20' };
    await getDb()
      .insert(homework)
      .values([
        { ...open, clientId: ids.open },
        { ...open, clientId: ids.closed },
        { ...open, clientId: ids.archived },
      ]);
    const running = await render(ids.open);
    expect(running).toContain('Link kopiëren');
    expect(running).toContain('Herinnering sturen');
    expect(running).toContain('Intrekken');
    for (const id of [ids.closed, ids.archived]) {
      const ended = await render(id);
      expect(ended).toContain('Energiedagboek');
      expect(ended).not.toContain('Link kopiëren');
      expect(ended).not.toContain('Herinnering sturen');
      expect(ended).toContain('Intrekken');
    }
  });
});
