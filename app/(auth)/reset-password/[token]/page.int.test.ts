import { eq } from 'drizzle-orm';
import { isValidElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { passwordResets, users } from '@/db/schema';
import { actAs, createPractice, linkInMail } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { runJobs } from '@/lib/testing/queue-tables';
import { renderPageHtml } from '@/lib/testing/render-page';
import { requestPasswordResetAction, resetPasswordAction } from '../../actions';
import ResetPasswordPage from './page';
import { ResetPasswordForm } from './reset-password-form';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

beforeEach(() => {
  actAs(null);
  cookieJar.clear();
});

/** The page as Next calls it: `token` arrives already decoded (`/reset-password/%25` gives "%"). */
async function render(token: string) {
  const element = await ResetPasswordPage({ params: Promise.resolve({ token }) });
  return { html: await renderPageHtml(element), formToken: formToken(element) };
}

/** The token the page hands its form (the form fills its hidden field only in the browser). */
function formToken(node: ReactNode): string | undefined {
  if (Array.isArray(node)) return node.map(formToken).find((t) => t !== undefined);
  if (!isValidElement<{ token?: string; children?: ReactNode }>(node)) return undefined;
  if (node.type === ResetPasswordForm) return node.props.token;
  return formToken(node.props.children);
}

async function freshLink() {
  const owner = await createPractice();
  await requestPasswordResetAction({ email: owner.email });
  const token = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
  return { owner, token };
}

const NEW_PASSWORD = 'een-heel-nieuw-wachtwoord';

describe('the reset-password page', () => {
  it('shows the form for a live link, with the token unchanged', async () => {
    const { token } = await freshLink();
    const { html, formToken } = await render(token);
    expect(formToken).toBe(token);
    expect(html).toContain('Nieuw wachtwoord kiezen');
    expect(html).not.toContain('data-testid="reset-link-state"');
  });

  it('says at once that a link is not valid, also for a token that is no valid URI escape (no 500)', async () => {
    for (const token of ['%', 'not-a-link']) {
      const { html, formToken } = await render(token);
      expect(formToken).toBeUndefined();
      expect(html).toContain('Deze link is ongeldig');
      expect(html).toContain('href="/forgot-password"');
    }
  });

  it('says at once that a link was used or expired, before a password is typed', async () => {
    const used = await freshLink();
    expect(await resetPasswordAction({ token: used.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
      ok: true,
      data: null,
    });
    const afterUse = await render(used.token);
    expect(afterUse.formToken).toBeUndefined();
    expect(afterUse.html).toContain('Deze link is al gebruikt');

    // A link a newer request voided is not said to be used by someone: "or replaced by a newer one".
    const replaced = await freshLink();
    expect(await requestPasswordResetAction({ email: replaced.owner.email })).toEqual({ ok: true, data: null });
    await runJobs();
    const afterReplace = await render(replaced.token);
    expect(afterReplace.formToken).toBeUndefined();
    expect(afterReplace.html).toContain('Deze link is al gebruikt of vervangen door een nieuwere.');

    const expired = await freshLink();
    await getDb()
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.practiceId, expired.owner.practiceId));
    const afterExpiry = await render(expired.token);
    expect(afterExpiry.formToken).toBeUndefined();
    expect(afterExpiry.html).toContain('Deze link is verlopen');
  });

  it('offers no form for the link of a coach who was deactivated since', async () => {
    const { owner, token } = await freshLink();
    await getDb().update(users).set({ active: false }).where(eq(users.id, owner.userId));
    const { html, formToken } = await render(token);
    expect(formToken).toBeUndefined();
    expect(html).toContain('Deze link is ongeldig');
  });
});
