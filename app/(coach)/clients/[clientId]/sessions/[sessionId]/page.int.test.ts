import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients, coachingSessions } from '@/db/schema';
import type { SessionStatus } from '@/lib/sessions/kinds';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import SessionRecordPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The record form and the session's controls ask for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {}, back() {} }),
}));

const HOUR = 3_600_000;

describe('a session’s record page', () => {
  let owner: Awaited<ReturnType<typeof createPractice>>;
  let clientId: string;

  beforeAll(async () => {
    owner = await createPractice();
    clientId = (await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Smit' })).id;
  });

  async function session(status: SessionStatus, startsAt = new Date(Date.now() - 2 * HOUR)) {
    const [row] = await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId,
        coachId: owner.userId,
        startsAt,
        durationMinutes: 60,
        kind: 'coaching',
        location: 'video',
        status,
      })
      .returning();
    return row!.id;
  }

  async function render(sessionId: string) {
    actAs(owner);
    return renderPageHtml(await SessionRecordPage({ params: Promise.resolve({ clientId, sessionId }) }));
  }

  it('offers the check-in and the summary for the client for a held session and a planned one', async () => {
    for (const status of ['held', 'planned'] as const) {
      const page = await render(await session(status));
      expect(page).toContain('Check-in-vragenlijst');
      expect(page).toContain('Check-in afnemen');
      expect(page).toContain('Samenvatting voor de cliënt');
      expect(page).toContain('Check-in: energie (0–10)');
      expect(page).not.toContain('data-testid="session-not-taken-place"');
      expect(page).toContain('name="privateNotes"');
    }
  });

  it('for a cancelled session or a no-show: no check-in, no summary for the client, a sentence why; the private notes stay', async () => {
    const cases = [
      ['cancelled', 'Deze sessie is afgezegd: daarom geen check-in en geen samenvatting voor de cliënt.'],
      ['no_show', 'De cliënt is niet verschenen: daarom geen check-in en geen samenvatting voor de cliënt.'],
    ] as const;
    for (const [status, why] of cases) {
      const page = await render(await session(status));
      expect(page).toContain(why);
      expect(page).not.toContain('Check-in-vragenlijst');
      expect(page).not.toContain('Check-in afnemen');
      expect(page).not.toContain('Samenvatting voor de cliënt');
      expect(page).not.toContain('name="clientSummary"');
      expect(page).not.toContain('name="checkinEnergy"');
      // The coach's own notes, still in the form.
      expect(page).toContain('Privénotities');
      expect(page).toMatch(/<textarea[^>]*name="privateNotes"/);
      expect(page).toContain('Verslag opslaan');
    }
  });

  it('offers no move once the trajectory has ended; cancelling and marking the outcome stay', async () => {
    const future = await session('planned', new Date(Date.now() + 48 * HOUR));
    const started = await session('planned', new Date(Date.now() - HOUR));
    expect(await render(future)).toContain('>Verplaatsen</button>');

    const where = and(eq(clients.practiceId, owner.practiceId), eq(clients.id, clientId));
    for (const state of [{ status: 'closed' as const, closedOn: '2026-01-05' }, { archivedAt: new Date() }]) {
      await getDb().update(clients).set(state).where(where);
      const page = await render(future);
      expect(page).not.toContain('>Verplaatsen</button>');
      expect(page).toContain('>Afzeggen</button>');
      const marking = await render(started);
      expect(marking).not.toContain('>Verplaatsen</button>');
      expect(marking).toContain('>Gehouden</button>');
      expect(marking).toContain('>Niet verschenen</button>');
      await getDb().update(clients).set({ status: 'active', closedOn: null, archivedAt: null }).where(where);
    }
  });
});
