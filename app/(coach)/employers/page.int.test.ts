import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clients, employers } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import EmployerPage from './[employerId]/page';
import EmployersPage from './page';

// The pages rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The contact forms' router exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
  usePathname: () => '/employers',
}));

async function html(element: unknown) {
  return (await renderPageHtml(element)).replace(/&amp;/g, '&');
}

const listPage = async (params: Record<string, string>) => html(await EmployersPage({ searchParams: Promise.resolve(params) }));

/** The employers on a page of the list, by the names of their cards. */
const cards = (page: string) => [...page.matchAll(/<a [^>]*href="\/employers\/[0-9a-f-]{36}"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

/** The pagination's links, previous and next. */
const pageLinks = (page: string) =>
  [...page.matchAll(/<a [^>]*rel="(prev|next)"[^>]*>/g)].map((m) => [m[1], m[0].match(/href="([^"]*)"/)?.[1]]);

const number = (i: number) => String(i).padStart(3, '0');

beforeEach(() => actAs(null));

describe('the employers list of a large practice', () => {
  let owner: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    owner = await createPractice();
    // More than the 500 the list used to stop at, without saying so.
    await getDb()
      .insert(employers)
      .values(Array.from({ length: 503 }, (_, i) => ({ practiceId: owner.practiceId, name: `Werkgever ${number(i + 1)}` })));
  });

  it('counts every employer and pages through them all, the last ones included', async () => {
    actAs(owner);
    const first = await listPage({});
    expect(first).toContain('data-testid="employers-count">503 werkgevers<');
    expect(cards(first)).toEqual(Array.from({ length: 60 }, (_, i) => `Werkgever ${number(i + 1)}`));
    expect(first).toContain('Pagina 1 van 9');
    expect(pageLinks(first)).toEqual([['next', '/employers?page=2']]);

    const last = await listPage({ page: '9' });
    expect(cards(last)).toEqual(Array.from({ length: 23 }, (_, i) => `Werkgever ${number(481 + i)}`));
    expect(last).toContain('Pagina 9 van 9');
    expect(pageLinks(last)).toEqual([['prev', '/employers?page=8']]);
  });

  it('keeps the search on every page, and counts what it finds', async () => {
    actAs(owner);
    // "Werkgever 1…": 100 to 199, a page of 60 and a page of 40.
    const found = await listPage({ q: 'werkgever 1', page: '2' });
    expect(found).toContain('data-testid="employers-count">100 werkgevers<');
    expect(cards(found)).toEqual(Array.from({ length: 40 }, (_, i) => `Werkgever ${160 + i}`));
    expect(pageLinks(found)).toEqual([['prev', '/employers?q=werkgever+1']]);
  });

  it('says so when a page lies past the end, with a way back to the first', async () => {
    actAs(owner);
    const past = await listPage({ page: '10' });
    expect(cards(past)).toEqual([]);
    expect(past).toContain('Deze pagina is leeg');
    expect(past).toContain('href="/employers">Naar de eerste pagina<');
  });
});

describe('an employer with many clients', () => {
  it('says how many of its clients its page shows, when not all', async () => {
    const owner = await createPractice();
    const [employer] = await getDb().insert(employers).values({ practiceId: owner.practiceId, name: 'Zorggroep Groot' }).returning();
    await getDb()
      .insert(clients)
      .values(
        Array.from({ length: 502 }, (_, i) => ({
          practiceId: owner.practiceId,
          coachId: owner.userId,
          employerId: employer!.id,
          firstName: 'Cliënt',
          lastName: `Nummer ${number(i + 1)}`,
          email: `client-${i + 1}-${owner.practiceId}@example.test`,
        })),
      );
    actAs(owner);
    const page = await html(await EmployerPage({ params: Promise.resolve({ employerId: employer!.id }) }));
    expect(page).toContain('De eerste 500 van de 502 cliënten bij deze werkgever, op naam.');
    expect(page).toContain('>Cliënt Nummer 500<');
    expect(page).not.toContain('>Cliënt Nummer 501<');
  });
});
