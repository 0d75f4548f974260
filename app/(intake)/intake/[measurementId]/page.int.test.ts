import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { getLatestInstrument } from '@/lib/instruments';
import { startMeasurement } from '@/lib/intake/service';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { dutchIntl } from '@/lib/testing/next-intl-server-mock';
import IntakePage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The form's router (it moves on to the results after completing) exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render(measurementId: string) {
  const page = (await IntakePage({ params: Promise.resolve({ measurementId }) })) as ReactNode;
  const { prelude } = await prerender(createElement(NextIntlClientProvider, dutchIntl as never, page));
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
}

describe('the live intake page', () => {
  let coach: Awaited<ReturnType<typeof addCoach>>;
  let onLeave: string;
  let working: string;

  beforeAll(async () => {
    const owner = await createPractice();
    coach = await addCoach(owner.practiceId);
    const start = async (values: Parameters<typeof seedClient>[2]) => {
      const client = await seedClient(owner.practiceId, coach.userId, values);
      const { id } = await startMeasurement(owner.practiceId, {
        clientId: client.id,
        instrumentKey: 'jdr-intake',
        administeredBy: 'coach',
        createdBy: coach.userId,
      });
      return id;
    };
    onLeave = await start({ firstName: 'Sara', lastName: 'Verlof', onSickLeave: true, sickLeaveSince: '2026-09-14' });
    working = await start({ firstName: 'Wim', lastName: 'Werkt' });
  });

  it('asks about the time before the sick leave, with its date, for a client on sick leave', async () => {
    actAs(coach);
    const html = await render(onLeave);
    expect(html).toContain('Sara Verlof');
    expect(html).toContain('data-testid="reference-period"');
    expect(html).toContain('14 september 2026');
  });

  it('shows no reference period for a client at work, and the questions in Dutch', async () => {
    actAs(coach);
    const html = await render(working);
    expect(html).not.toContain('data-testid="reference-period"');
    const question = getLatestInstrument('jdr-intake')!.sections[0]!.items[0]!;
    expect(html).toContain(question.text.nl);
    expect(html).not.toContain(question.text.en);
  });
});
