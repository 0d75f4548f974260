import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { seedClient, seedCompletedMeasurement } from '@/db/queries/client-test-fixtures';
import { jdrIntakeV2 } from '@/lib/instruments';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { dutchIntl } from '@/lib/testing/next-intl-server-mock';
import InstrumentsPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render() {
  const element = await InstrumentsPage();
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, element as ReactNode));
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
}

describe('the questionnaires page', () => {
  const replaces = 'Vervangt versie 1: metingen met die versie blijven daarmee gescoord.';

  it('lists each standard questionnaire once, in the version a coach starts; a new practice reads of no replaced version', async () => {
    const owner = await createPractice();
    actAs(owner);
    const html = await render();
    const names = [...html.matchAll(/<p class="font-semibold">([^<]+)<\/p>/g)].map((m) => m[1]);
    expect(names.filter((n) => n === jdrIntakeV2.name.nl)).toHaveLength(1);
    expect(html).toContain(`versie ${jdrIntakeV2.version}`);
    expect(html).not.toContain('Vervangt versie');
  });

  it('says which version it replaces once the practice has measurements of that version (of any client)', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    // Another practice's measurements of version 1 say nothing about this one.
    await seedCompletedMeasurement(other.practiceId, (await seedClient(other.practiceId, other.userId)).id, {});
    actAs(owner);
    expect(await render()).not.toContain('Vervangt versie');
    await seedCompletedMeasurement(owner.practiceId, (await seedClient(owner.practiceId, owner.userId)).id, {});
    expect(await render()).toContain(replaces);
  });
});
