import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { practices } from '@/db/schema';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import ClientsPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

async function render(searchParams: Record<string, string>) {
  const element = await ClientsPage({ searchParams: Promise.resolve(searchParams) });
  return renderPageHtml(element);
}

describe('the client list', () => {
  it('says a page past the end is empty (the list got shorter), not that there are no clients', async () => {
    const owner = await createPractice();
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Smit' });
    actAs(owner);
    expect(await render({})).toContain('1 cliënt');
    const past = await render({ page: '3', q: 'smit' });
    expect(past).toContain('Deze pagina is leeg');
    expect(past).toContain('href="/clients?q=smit"');
    expect(past).not.toContain('0 cliënten');
    expect(past).not.toContain('Geen cliënten gevonden');
  });

  it('says once why a client saved for a colleague did not open: coaches here see only their own clients', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    const notice = (page: string) => /<p id="clients-handed-over"[^>]*>(.*?)<\/p>/.exec(page)?.[1] ?? null;
    // Where every coach sees every client (and for the owner, always), the address alone states nothing.
    for (const caller of [owner, coach]) {
      actAs(caller);
      expect(notice(await render({ handedOver: 'created' }))).toBeNull();
    }
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(owner);
    expect(notice(await render({ handedOver: 'updated' }))).toBeNull();
    actAs(coach);
    expect(notice(await render({ handedOver: 'updated' }))).toBe(
      'Opgeslagen: de cliënt hoort nu bij de gekozen coach. Coaches in deze praktijk zien alleen hun eigen cliënten, dus je ziet deze cliënt niet meer.',
    );
    expect(notice(await render({ handedOver: 'created' }))).toBe(
      'De cliënt is aangemaakt voor de gekozen coach. Coaches in deze praktijk zien alleen hun eigen cliënten, dus deze cliënt staat niet in je lijst.',
    );
    // Anything else in the address says nothing.
    expect(notice(await render({ handedOver: 'x' }))).toBeNull();
    expect(notice(await render({}))).toBeNull();
  });

  it('shows neither a count nor filters before the first client: the empty state says what to do', async () => {
    const owner = await createPractice();
    actAs(owner);
    const empty = await render({});
    expect(empty).toContain('Nog geen cliënten');
    expect(empty).not.toContain('name="q"');
    expect(empty).not.toContain('Geen cliënten');
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Smit' });
    expect(await render({})).toContain('name="q"');
    // A search that finds nothing keeps its filters, to change or reset them.
    expect(await render({ q: 'niemand' })).toContain('name="q"');
  });

  it('keeps a descending sort when the filters are applied again', async () => {
    const owner = await createPractice();
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Smit' });
    actAs(owner);
    expect(await render({ sort: 'name', dir: 'desc' })).toMatch(/<input type="hidden" name="dir" value="desc"\/>/);
    // The default direction needs no field: the URL stays short.
    expect(await render({ sort: 'name' })).not.toContain('name="dir"');
  });
});
