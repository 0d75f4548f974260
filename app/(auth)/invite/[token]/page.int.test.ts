import { eq } from 'drizzle-orm';
import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { inviteCoachAction } from '@/app/(coach)/settings/actions';
import { getDb } from '@/db/client';
import { invitations } from '@/db/schema';
import { actAs, createPractice, linkInMail, uniqueEmail } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { AcceptInvitationForm } from './accept-invitation-form';
import InvitePage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

/** The page as Next calls it: `token` arrives already decoded (`/invite/%25` gives "%"). */
async function render(token: string) {
  const element = await InvitePage({ params: Promise.resolve({ token }) });
  return { html: await renderPageHtml(element), formToken: formToken(element) };
}

/** The token the page hands its form (the form fills its hidden field only in the browser). */
function formToken(node: ReactNode): string | undefined {
  if (Array.isArray(node)) return node.map(formToken).find((t) => t !== undefined);
  if (!isValidElement<{ token?: string; children?: ReactNode }>(node)) return undefined;
  if (node.type === AcceptInvitationForm) return node.props.token;
  return formToken(node.props.children);
}

describe('the invitation page', () => {
  it('shows the invalid-link state for a token that is no valid URI escape, instead of a 500', async () => {
    for (const token of ['%', '%E0%A4%A', 'abc%zz']) {
      const { html, formToken } = await render(token);
      expect(formToken).toBeUndefined();
      expect(html).toContain('Deze uitnodiging kan niet meer gebruikt worden.');
      expect(html).toContain('Deze link is ongeldig.');
    }
  });

  it('still opens a real invitation', async () => {
    const owner = await createPractice('Praktijk Uitnodiging');
    const email = uniqueEmail('invitee');
    actAs(owner);
    expect(await inviteCoachAction({ name: 'Ivo Invited', email, locale: 'nl' })).toEqual({ ok: true, data: null });
    actAs(null);
    // As Next hands it over: the path segment, decoded once.
    const token = decodeURIComponent((await linkInMail(owner.practiceId, email)).split('/').pop()!);
    const { html, formToken } = await render(token);
    expect(html).toContain('Praktijk Uitnodiging');
    expect(formToken).toBe(token);
  });

  it('sends a used invitation to sign in, and says a replaced one was replaced', async () => {
    const owner = await createPractice('Praktijk Uitnodiging');
    const email = uniqueEmail('invitee');
    actAs(owner);
    await inviteCoachAction({ name: 'Ivo Invited', email, locale: 'nl' });
    const first = decodeURIComponent((await linkInMail(owner.practiceId, email)).split('/').pop()!);
    await inviteCoachAction({ name: 'Ivo Invited', email, locale: 'nl' });
    const second = decodeURIComponent((await linkInMail(owner.practiceId, email)).split('/').pop()!);
    actAs(null);
    const replaced = await render(first);
    expect(replaced.formToken).toBeUndefined();
    expect(replaced.html).toContain('Deze uitnodiging is ingetrokken of vervangen door een nieuwere.');
    await getDb().update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.email, email.toLowerCase()));
    const used = await render(second);
    expect(used.formToken).toBeUndefined();
    expect(used.html).toContain('Deze uitnodiging is al gebruikt.');
    expect(used.html).toContain('href="/login"');
  });
});
