import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { homework } from '@/db/schema';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import HomeworkInboxPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

async function render(params: Record<string, string> = {}) {
  const element = await HomeworkInboxPage({ searchParams: Promise.resolve(params) });
  return (await renderPageHtml(element)).replace(/&amp;/g, '&');
}

/** The clients named in the list, in order. */
const names = (html: string) => [...html.matchAll(/<a class="font-medium" href="\/clients\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
/** The list whose tab is current. */
const current = (html: string) => html.match(/aria-current="page"[^>]*>([^<]+)</)?.[1];

describe('the homework lists across clients', () => {
  let coach: Awaited<ReturnType<typeof addCoach>>;

  beforeAll(async () => {
    const owner = await createPractice();
    coach = await addCoach(owner.practiceId);
    const colleague = await addCoach(owner.practiceId);
    const base = Date.now() - 40 * 3_600_000;
    const rows: (typeof homework.$inferInsert)[] = [];
    // 27 submissions, an hour apart: Inlever26 is the newest.
    for (let i = 0; i < 27; i++) {
      const client = await seedClient(owner.practiceId, coach.userId, {
        firstName: `Inlever${String(i).padStart(2, '0')}`,
        lastName: 'Klaar',
      });
      rows.push({
        practiceId: owner.practiceId,
        clientId: client.id,
        assignedBy: coach.userId,
        template: 'energy_diary',
        dueDate: '2026-01-01',
        status: 'submitted',
        submittedAt: new Date(base + i * 3_600_000),
      });
    }
    // Three overdue, named against their order (longest overdue first).
    for (const [firstName, dueDate] of [
      ['Laat-A', '2026-02-01'],
      ['Laat-B', '2026-01-01'],
      ['Laat-C', '2026-01-15'],
    ] as const) {
      const client = await seedClient(owner.practiceId, coach.userId, { firstName, lastName: 'Nog' });
      // Laat-C's is "measure again": the list names the instrument, as the client's own homework tab does.
      const again = firstName === 'Laat-C' ? { template: 'measure_again' as const, instrumentKey: 'check-in' } : null;
      rows.push({
        practiceId: owner.practiceId,
        clientId: client.id,
        assignedBy: coach.userId,
        template: 'job_crafting',
        dueDate,
        ...again,
      });
    }
    // A colleague's client: not on this coach's lists.
    const theirs = await seedClient(owner.practiceId, colleague.userId, { firstName: 'Ander', lastName: 'Cliënt' });
    rows.push({
      practiceId: owner.practiceId,
      clientId: theirs.id,
      assignedBy: colleague.userId,
      template: 'energy_diary',
      dueDate: '2026-01-01',
      status: 'submitted',
      submittedAt: new Date(),
    });
    await getDb().insert(homework).values(rows);
  });

  it('lists the new submissions of the coach’s own clients, newest first, 25 to a page, with the count of all', async () => {
    actAs(coach);
    const first = await render();
    expect(first).toContain('<h1>Huiswerk van je cliënten</h1>');
    expect(current(first)).toBe('Nieuw ingeleverd');
    expect(first).toContain('27 huiswerkopdrachten');
    const listed = names(first);
    expect(listed).toHaveLength(25);
    expect(listed.slice(0, 2)).toEqual(['Inlever26 Klaar', 'Inlever25 Klaar']);
    expect(first).toContain('Energiedagboek');
    expect(first).toContain('aria-label="Nieuw ingeleverd huiswerk"');
    expect(first).not.toContain('Ander Cliënt');
    expect(first).toContain('rel="next" href="/homework?page=2"');
    expect(names(await render({ page: '2' }))).toEqual(['Inlever01 Klaar', 'Inlever00 Klaar']);
  });

  it('lists the overdue homework, longest overdue first, with the date it was due', async () => {
    actAs(coach);
    const html = await render({ list: 'overdue' });
    expect(current(html)).toBe('Te laat');
    expect(names(html)).toEqual(['Laat-B Nog', 'Laat-C Nog', 'Laat-A Nog']);
    expect(html).toContain('3 huiswerkopdrachten');
    expect(html).toContain('inleverdatum 1 jan');
    expect(html).toContain('Opnieuw meten: Check-in');
    expect(html).not.toContain('rel="next"');
  });

  it('reads an unknown list or page as the defaults, and says so when a page is past the end', async () => {
    actAs(coach);
    expect(current(await render({ list: 'everything', page: 'x' }))).toBe('Nieuw ingeleverd');
    const past = await render({ list: 'overdue', page: '5' });
    expect(names(past)).toEqual([]);
    expect(past).toContain('Deze pagina is leeg');
    expect(past).toContain('<a class="btn btn-secondary" href="/homework?list=overdue">Naar de eerste pagina</a>');
  });

  it('says there is nothing when a list is empty', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await render()).toContain('Niets nieuws.');
    expect(await render({ list: 'overdue' })).toContain('Niets te laat.');
  });
});
