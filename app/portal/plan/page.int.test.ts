import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { employerContacts, planItems, planReleases } from '@/db/schema';
import { interventionByKey } from '@/lib/plans/library';
import { actAsPortalClient } from '@/lib/portal/testing';
import { createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { datedPlanItems, pastDueMarks } from '@/tests/dated-plan-items';
import PortalPlanPage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The release buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

describe('the client’s plan page', () => {
  it('says, where withdrawing is explained, that what the employer already read or saved cannot be taken back', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { sharing: true });
    await actAsPortalClient(client);
    const html = renderToStaticMarkup(await PortalPlanPage());
    expect(html).toContain('Je kunt een vrijgave altijd weer intrekken');
    expect(html).toContain('al heeft gelezen of bewaard (bijvoorbeeld als pdf), kun je niet terughalen');
  });
});

describe('the preview of what the employer sees', () => {
  /** A Dutch client with a released library item; the manager reads `managerLocale` (null: the client has no manager). */
  async function releasedLibraryItem(managerLocale: 'nl' | 'en' | null) {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await getDb()
      .update(employerContacts)
      .set({ locale: managerLocale ?? 'nl' })
      .where(eq(employerContacts.id, manager.id));
    const client = await seedClient(
      owner.practiceId,
      owner.userId,
      { employerId: employer.id, managerContactId: managerLocale ? manager.id : null },
      { sharing: true },
    );
    const library = interventionByKey('tripartite_meeting')!;
    const [item] = await getDb()
      .insert(planItems)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        title: library.title.nl,
        employerWording: library.employerWording.nl,
        category: library.category,
        level: library.level,
        owner: 'manager',
        source: 'tripartite_meeting',
      })
      .returning();
    await getDb().insert(planReleases).values({
      practiceId: owner.practiceId,
      clientId: client.id,
      itemId: item!.id,
      employerWording: library.employerWording.nl,
      releasedBy: 'client',
    });
    await actAsPortalClient(client);
    // The release controls are a client component: rendered with the page's Dutch messages.
    const html = await renderPageHtml(await PortalPlanPage());
    return { html, library };
  }

  it('is in the manager’s language when that is not the client’s, with the client’s own version beside it', async () => {
    const { html, library } = await releasedLibraryItem('en');
    expect(html).toContain('Je werkgever leest Engels. Dit ziet je werkgever:');
    expect(html).toContain(escapeHtml(library.employerWording.en));
    expect(html).toContain('owner: manager · planned');
    expect(html).toContain(`In het Nederlands: <span lang="nl">${escapeHtml(library.employerWording.nl)}</span>`);
    expect(html).not.toContain('eigenaar: leidinggevende');
  });

  it('is in the client’s language when the manager reads it too, without the other language’s version', async () => {
    const { html, library } = await releasedLibraryItem('nl');
    expect(html).toContain('Dit ziet je werkgever:');
    expect(html).not.toContain('Je werkgever leest');
    expect(html).toContain(escapeHtml(library.employerWording.nl));
    expect(html).not.toContain('Leest je werkgever Engels?');
    expect(html).not.toContain(escapeHtml(library.employerWording.en));
  });

  it('asks about the other language when the employer’s is not known (no manager, no link yet)', async () => {
    const { html, library } = await releasedLibraryItem(null);
    expect(html).toContain('Leest je werkgever Engels? Dan staat er:');
    expect(html).toContain(escapeHtml(library.employerWording.en));
  });
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('an item past its date', () => {
  it('is marked for the client while it is open, not once it is done, nor before its date', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { sharing: true });
    await datedPlanItems(owner.practiceId, client.id);
    await actAsPortalClient(client);
    const { marked, texts } = pastDueMarks(await renderPageHtml(await PortalPlanPage()), 'Titel ');
    expect(marked).toEqual(['Open-verlopen']);
    expect(texts).toEqual([expect.stringMatching(/^uiterlijk \d+ \w+ \d{4}, datum verstreken$/)]);
  });
});

describe('an item whose employer text has a health word', () => {
  it('says on the card that it cannot be shared as written, and offers no release', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { sharing: true });
    const item = (title: string, employerWording: string) => ({
      practiceId: owner.practiceId,
      clientId: client.id,
      title,
      employerWording,
      category: 'structural_resources' as const,
      level: 'person' as const,
      owner: 'client' as const,
    });
    await getDb()
      .insert(planItems)
      .values([item('Opbouw', 'Geen tilwerk vanwege haar hernia.'), item('Stoptijd', 'Stopt om 17:00.')]);
    await actAsPortalClient(client);
    const html = await renderPageHtml(await PortalPlanPage());
    const card = (title: string) => html.slice(html.indexOf(`>${title}<`), html.indexOf('</li>', html.indexOf(`>${title}<`)));
    expect(card('Opbouw')).toContain('Let op: deze tekst bevat een woord over gezondheid: “hernia”.');
    expect(card('Opbouw')).not.toContain('Vrijgeven voor mijn werkgever');
    expect(card('Stoptijd')).toContain('Vrijgeven voor mijn werkgever');
    expect(card('Stoptijd')).not.toContain('Let op: deze tekst bevat');
  });
});

describe('a release the coach’s change took back', () => {
  it('is said on the card, with both dates; a release the client withdrew themselves is not', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { sharing: true });
    const base = { practiceId: owner.practiceId, clientId: client.id, category: 'structural_resources' as const, level: 'person' as const };
    const [reworded, ownChoice] = await getDb()
      .insert(planItems)
      .values([
        { ...base, title: 'Herschreven', employerWording: 'Nieuwe tekst.', owner: 'client' },
        { ...base, title: 'Zelf ingetrokken', employerWording: 'Tekst.', owner: 'client' },
      ])
      .returning();
    const release = (itemId: string, withdrawnBy: 'wording_changed' | 'client') => ({
      practiceId: owner.practiceId,
      clientId: client.id,
      itemId,
      employerWording: 'Oude tekst.',
      releasedBy: 'client' as const,
      releasedAt: new Date('2026-11-02T10:00:00Z'),
      withdrawnAt: new Date('2026-11-20T10:00:00Z'),
      withdrawnBy,
    });
    await getDb()
      .insert(planReleases)
      .values([release(reworded!.id, 'wording_changed'), release(ownChoice!.id, 'client')]);
    await actAsPortalClient(client);
    const html = await renderPageHtml(await PortalPlanPage());
    const card = (title: string) => html.slice(html.indexOf(`>${title}<`), html.indexOf('</li>', html.indexOf(`>${title}<`)));
    expect(card('Herschreven')).toContain(
      'Je coach heeft op 20 november de tekst voor je werkgever aangepast. Je vrijgave van 2 november is daarom ingetrokken',
    );
    expect(card('Zelf ingetrokken')).not.toContain('ingetrokken:');
    expect(html.match(/data-testid="release-taken-back"/g)).toHaveLength(1);
  });
});
