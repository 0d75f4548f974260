import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seedClient, seedCompletedMeasurement } from '@/db/queries/client-test-fixtures';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import AttentionPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

async function render(page?: string) {
  const element = await AttentionPage({ searchParams: Promise.resolve(page === undefined ? {} : { page }) });
  return renderPageHtml(element);
}

/** The names listed, in order. */
const names = (html: string) => [...html.matchAll(/<a class="font-medium" href="\/clients\/[^"/]+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('the "needs attention" page', () => {
  let coach: Awaited<ReturnType<typeof addCoach>>;
  let colleague: Awaited<ReturnType<typeof addCoach>>;

  beforeAll(async () => {
    const owner = await createPractice();
    coach = await addCoach(owner.practiceId);
    colleague = await addCoach(owner.practiceId);
    // 26 with one flagged dimension, named so that sorting by name alone would put the most pressing client last.
    for (let i = 0; i < 26; i++) {
      const client = await seedClient(owner.practiceId, coach.userId, { firstName: `Flag${String(i).padStart(2, '0')}`, lastName: 'Een' });
      await seedCompletedMeasurement(owner.practiceId, client.id, { flags: [{ dimension: 'workload' }] });
    }
    const urgent = await seedClient(owner.practiceId, coach.userId, { firstName: 'Zoë', lastName: 'Zwaar' });
    await seedCompletedMeasurement(owner.practiceId, urgent.id, { profile: { key: 'high_demands_low_resources' }, burnoutHigh: true });
    // A colleague's client: not on this coach's list.
    const theirs = await seedClient(owner.practiceId, colleague.userId, { firstName: 'Ander', lastName: 'Cliënt' });
    await seedCompletedMeasurement(owner.practiceId, theirs.id, { burnoutHigh: true });
  });

  it('lists the coach’s own clients, the most pressing first, 25 to a page, with the count of all', async () => {
    actAs(coach);
    const first = await render();
    expect(first).toContain('<h1>Aandacht nodig</h1>');
    expect(first).toContain('27 cliënten');
    const listed = names(first);
    expect(listed).toHaveLength(25);
    expect(listed[0]).toBe('Zoë Zwaar');
    expect(listed[1]).toBe('Flag00 Een');
    expect(first).toContain('Hoge taakeisen, weinig hulpbronnen · Hoge burn-outscore');
    // The name opens the record; the next step is a link of its own to the client's sessions, named for the client.
    expect(first).toMatch(
      /<a class="text-sm" aria-label="Plan een sessie met Zoë Zwaar" href="\/clients\/[^"/]+\/sessions">Plan een sessie<\/a>/,
    );
    expect(first).not.toContain('Ander Cliënt');
    expect(first).toContain('Pagina 1 van 2');
    expect(first).toContain('rel="next" href="/attention?page=2"');

    const second = await render('2');
    expect(names(second)).toEqual(['Flag24 Een', 'Flag25 Een']);
    expect(second).toContain('rel="prev" href="/attention"');
  });

  it('reads a malformed page number as the first page, and says so when a page is past the end', async () => {
    actAs(coach);
    expect(names(await render('abc'))).toHaveLength(25);
    const past = await render('9');
    expect(names(past)).toEqual([]);
    expect(past).toContain('Deze pagina is leeg');
    expect(past).toContain('href="/attention"');
  });

  it('says there is no one when no client needs attention', async () => {
    const owner = await createPractice();
    actAs(owner);
    const html = await render();
    expect(names(html)).toEqual([]);
    expect(html).toContain('Geen cliënten die aandacht nodig hebben zonder geplande sessie.');
  });
});
