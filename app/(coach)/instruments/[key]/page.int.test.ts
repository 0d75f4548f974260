import { describe, expect, it, vi } from 'vitest';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import EditInstrumentPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render(key: string, saved?: string | string[]) {
  const element = await EditInstrumentPage({ params: Promise.resolve({ key }), searchParams: Promise.resolve({ saved }) });
  return renderPageHtml(element);
}

const notice = (html: string) => /<p class="alert alert-success" role="status">(.*?)<\/p>/.exec(html)?.[1] ?? null;

describe('the questionnaire editor page', () => {
  it('says a version was saved only of a version that exists; anything else in the address says nothing', async () => {
    const owner = await createPractice();
    actAs(owner);
    const definition = (nl: string) => ({ ...batLikeInput(), name: { nl, en: '' } });
    await saveCustomInstrument(owner.practiceId, owner.userId, { definition: definition('Stress') });
    await saveCustomInstrument(owner.practiceId, owner.userId, { key: 'stress', baseVersion: 1, definition: definition('Stress 2') });
    expect(notice(await render('stress', '2'))).toBe('Versie 2 is opgeslagen.');
    expect(notice(await render('stress', ['2', '9']))).toBe('Versie 2 is opgeslagen.');
    for (const saved of [undefined, '99', '0', '-1', '1.5', 'abc', '<b>alles gewist</b>'])
      expect(notice(await render('stress', saved))).toBeNull();
  });
});
