import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { listTeam } from '@/db/queries/users';
import { coachingSessions, invitations, users } from '@/db/schema';
import { actAs, addCoach, createPractice, uniqueEmail } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import SettingsPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The forms' and the language switcher's router exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
  usePathname: () => '/settings',
}));

async function render() {
  const element = await SettingsPage();
  return renderPageHtml(element);
}

const invitation = (practiceId: string, invitedBy: string, name: string, extra: Partial<typeof invitations.$inferInsert> = {}) =>
  getDb()
    .insert(invitations)
    .values({
      practiceId,
      email: uniqueEmail('invitee'),
      name,
      tokenHash: `hash-${name}`,
      invitedBy,
      expiresAt: new Date(Date.now() + 86_400_000),
      ...extra,
    });

beforeEach(() => actAs(null));

describe('the settings page', () => {
  it('offers the owner to withdraw open invitations and to reset a coach’s two-factor sign-in, and a coach neither', async () => {
    const owner = await createPractice();
    const withApp = await addCoach(owner.practiceId);
    await getDb().update(users).set({ name: 'Tim Tweestap', totpEnabledAt: new Date() }).where(eq(users.id, withApp.userId));
    const without = await addCoach(owner.practiceId);
    await getDb().update(users).set({ name: 'Zara Zonder' }).where(eq(users.id, without.userId));
    await getDb().update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, owner.userId));
    await invitation(owner.practiceId, owner.userId, 'Olaf Open');
    await invitation(owner.practiceId, owner.userId, 'Ada Aanvaard', { acceptedAt: new Date() });
    await invitation(owner.practiceId, owner.userId, 'Ivo Ingetrokken', { revokedAt: new Date() });
    await invitation(owner.practiceId, owner.userId, 'Vera Verlopen', { expiresAt: new Date(Date.now() - 1000) });

    actAs(owner);
    const html = await render();
    expect([...html.matchAll(/aria-label="Intrekken: ([^"]+)"/g)].map((m) => m[1])).toEqual(['Olaf Open']);
    expect(html).toContain('Ingetrokken');
    // Only for a coach who has it on, never for the owner themselves.
    expect([...html.matchAll(/aria-label="Aanmelden in twee stappen resetten: ([^"]+)"/g)].map((m) => m[1])).toEqual(['Tim Tweestap']);

    actAs(without);
    const coachView = await render();
    expect(coachView).not.toContain('Intrekken');
    expect(coachView).not.toContain('Aanmelden in twee stappen resetten');
  });

  it('points the owner to the open clients still assigned to a deactivated coach', async () => {
    const owner = await createPractice();
    const gone = await addCoach(owner.practiceId);
    await getDb().update(users).set({ name: 'Gijs Gestopt', active: false }).where(eq(users.id, gone.userId));
    const idle = await addCoach(owner.practiceId);
    await getDb().update(users).set({ name: 'Ilse Inactief', active: false }).where(eq(users.id, idle.userId));
    await seedClient(owner.practiceId, gone.userId);
    await seedClient(owner.practiceId, gone.userId);
    // Closed and archived clients are not on a dashboard anyway.
    await seedClient(owner.practiceId, gone.userId, { status: 'closed' });
    await seedClient(owner.practiceId, idle.userId, { archivedAt: new Date() });
    await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: (await seedClient(owner.practiceId, owner.userId)).id,
        coachId: gone.userId,
        startsAt: new Date(Date.now() + 86_400_000),
        durationMinutes: 60,
        kind: 'coaching',
        location: 'video',
      });
    const team = await listTeam(owner.practiceId);
    const counts = (id: string) => team.find((c) => c.id === id);
    expect(counts(gone.userId)).toMatchObject({ openClients: 2, plannedSessions: 1 });
    expect(counts(idle.userId)).toMatchObject({ openClients: 0, plannedSessions: 0 });

    actAs(owner);
    const html = await render();
    expect([...html.matchAll(/href="\/clients\?coach=([^"]+)"[^>]*>([^<]+)</g)].map((m) => [m[1], m[2]])).toEqual([
      [gone.userId, '2 cliënten nog toegewezen: wijs ze toe aan een andere coach'],
    ]);
    // A coach (who may see only their own clients) gets no count of a colleague’s.
    actAs(await addCoach(owner.practiceId));
    const coachView = await render();
    expect(coachView).toContain('Gijs Gestopt');
    expect(coachView).not.toContain('nog toegewezen');
  });
});
