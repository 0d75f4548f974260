import { eq } from 'drizzle-orm';
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { actAs, addCoach, createPractice, uniqueEmail } from '@/lib/testing/fixtures';
import { dutchIntl } from '@/lib/testing/next-intl-server-mock';
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
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
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
    expect([...html.matchAll(/aria-label="Inloggen in twee stappen resetten: ([^"]+)"/g)].map((m) => m[1])).toEqual(['Tim Tweestap']);

    actAs(without);
    const coachView = await render();
    expect(coachView).not.toContain('Intrekken');
    expect(coachView).not.toContain('Inloggen in twee stappen resetten');
  });
});
