import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createFormatter, createTranslator, NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assignHomeworkAction } from '@/app/(coach)/clients/[clientId]/homework/actions';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { consents, homework } from '@/db/schema';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { intlLocale, TIME_ZONE } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { completeMeasurement } from '@/lib/intake/service';
import { actAsPortalClient } from '@/lib/portal/testing';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import PortalHomeworkPage from './page';

// The page rendered outside Next, with the real messages, in the language this test sets.
const lang = vi.hoisted(() => ({ current: 'nl' as 'nl' | 'en' }));
const intl = () => ({ locale: intlLocale(lang.current), messages: messagesFor(lang.current), timeZone: TIME_ZONE });
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace?: string) => createTranslator({ ...intl(), namespace: namespace as never }),
  getFormatter: async () => createFormatter(intl()),
  getLocale: async () => intl().locale,
}));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

beforeEach(() => {
  lang.current = 'nl';
});

async function render(homeworkId: string) {
  const page = (await PortalHomeworkPage({ params: Promise.resolve({ homeworkId }) })) as ReactNode;
  const { prelude } = await prerender(createElement(NextIntlClientProvider, intl() as never, page));
  return (await new Response(prelude).text()).replace(/<!-- -->/g, '');
}

async function measureAgain(values: Parameters<typeof seedClient>[2] = {}) {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, values);
  actAs(owner);
  const assigned = (await assignHomeworkAction({
    requestId: randomUUID(),
    clientId: client.id,
    template: 'measure_again',
    instrumentKey: 'check-in',
    dueDate: addDays(todayIn(), 7),
    message: '',
  })) as { data: { homeworkId: string } };
  actAs(null);
  await actAsPortalClient(client);
  return { owner, homeworkId: assigned.data.homeworkId };
}

describe('“measure again” in the portal', () => {
  it('tells a client on sick leave, in their own wording, to answer about the last period they worked', async () => {
    const { homeworkId } = await measureAgain({ onSickLeave: true, sickLeaveSince: '2026-09-14' });
    const html = await render(homeworkId);
    expect(html).toContain('data-testid="reference-period"');
    expect(html).toContain('Je bent sinds 14 september 2026 (gedeeltelijk) ziekgemeld.');
    // The check-in's own period, not a generic one.
    expect(html).toContain('Werk je nu niet en staat er ‘de afgelopen twee weken’? Denk dan aan de laatste twee weken dat je werkte.');
  });

  it('shows no such notice to a client at work', async () => {
    const { homeworkId } = await measureAgain();
    expect(await render(homeworkId)).not.toContain('data-testid="reference-period"');
  });

  it('calls the open questions at the end “in your own words”, not the coach’s “in their own words”', async () => {
    const { homeworkId } = await measureAgain();
    lang.current = 'en';
    const html = await render(homeworkId);
    expect(html).toContain('In your own words');
    expect(html).not.toContain('In their own words');
  });

  it('once sent, says the answers went to the coach, not that they can be read below or reopened', async () => {
    const { owner, homeworkId } = await measureAgain();
    const [row] = await getDb().select().from(homework).where(eq(homework.id, homeworkId));
    await completeMeasurement(owner.practiceId, row!.measurementId!, { kind: 'coach', userId: owner.userId });
    const html = await render(homeworkId);
    expect(html).toContain('data-testid="submitted-note"');
    expect(html).toContain('Je antwoorden zijn nu bij je coach');
    expect(html).not.toContain('hieronder teruglezen');
  });
});

describe('a homework page’s date', () => {
  it('asks to finish by a date to come, and says so once the date has passed', async () => {
    const { homeworkId } = await measureAgain();
    expect(await render(homeworkId)).toContain('Graag uiterlijk');
    await getDb()
      .update(homework)
      .set({ dueDate: addDays(todayIn(), -3) })
      .where(eq(homework.id, homeworkId));
    const html = await render(homeworkId);
    expect(html).toContain('Gepland voor');
    expect(html).toContain('lever in wanneer het je lukt');
    expect(html).not.toContain('Graag uiterlijk');
  });
});

describe('a homework page without a coaching agreement', () => {
  it('says up front that nothing would be kept, instead of a form whose every answer is refused', async () => {
    const { owner, homeworkId } = await measureAgain();
    const [row] = await getDb().select({ clientId: homework.clientId }).from(homework).where(eq(homework.id, homeworkId));
    const before = await render(homeworkId);
    expect(before).not.toContain('data-testid="portal-no-agreement"');
    expect(before).toContain('role="radiogroup"');
    await getDb().insert(consents).values({
      practiceId: owner.practiceId,
      clientId: row!.clientId,
      kind: 'coaching_agreement',
      action: 'withdrawn',
      textVersion: CONSENT_TEXT_VERSIONS.coaching_agreement,
    });
    const html = await render(homeworkId);
    expect(html).toContain('data-testid="portal-no-agreement"');
    expect(html).toContain('Je kunt dit huiswerk nu niet invullen, want er is geen coachingsovereenkomst (meer) vastgelegd.');
    expect(html).not.toContain('role="radiogroup"');
  });
});
