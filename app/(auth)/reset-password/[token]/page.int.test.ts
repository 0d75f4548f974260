import { NextIntlClientProvider } from 'next-intl';
import { createElement, isValidElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { dutchIntl } from '@/lib/testing/next-intl-server-mock';
import ResetPasswordPage from './page';
import { ResetPasswordForm } from './reset-password-form';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

/** The page as Next calls it: `token` arrives already decoded (`/reset-password/%25` gives "%"). */
async function render(token: string) {
  const element = await ResetPasswordPage({ params: Promise.resolve({ token }) });
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
  return { html: await new Response(prelude).text(), formToken: formToken(element) };
}

/** The token the page hands its form (the form fills its hidden field only in the browser). */
function formToken(node: ReactNode): string | undefined {
  if (Array.isArray(node)) return node.map(formToken).find((t) => t !== undefined);
  if (!isValidElement<{ token?: string; children?: ReactNode }>(node)) return undefined;
  if (node.type === ResetPasswordForm) return node.props.token;
  return formToken(node.props.children);
}

describe('the reset-password page', () => {
  it('renders its form for a token that is no valid URI escape, instead of a 500', async () => {
    const { html, formToken } = await render('%');
    expect(html).toContain('name="token"');
    expect(formToken).toBe('%');
  });

  it('passes a real token on unchanged', async () => {
    const token = '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e.abcdefghijklmnopqrstuvwxyz_-0123456789';
    expect((await render(token)).formToken).toBe(token);
  });
});
