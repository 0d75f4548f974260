import { eq } from 'drizzle-orm';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients, coachingSessions, consents } from '@/db/schema';
import { CONSENT_TEXT_VERSIONS, EARLIER_CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { zonedToUtc } from '@/lib/sessions/zoned-time';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { portalSignInUrl } from '@/lib/urls';
import ClientOverviewPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The overview's provider for its client components infers the locale from Next's request: here the outer provider serves.
vi.mock('@/app/_components/client-messages', () => ({ ClientMessages: ({ children }: { children: ReactNode }) => children }));
// The overview's forms ask for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
  usePathname: () => '/clients',
  useSearchParams: () => new URLSearchParams(),
}));

async function overview(clientId: string) {
  const page = await ClientOverviewPage({ params: Promise.resolve({ clientId }) });
  return renderPageHtml(page);
}

/** The portal card of the page, as text (tags dropped), and whether it has the send button. */
function portalCard(html: string) {
  const card = html.match(/<section[^>]*data-testid="portal-card"[^>]*>([\s\S]*?)<\/section>/)?.[1];
  if (card === undefined) throw new Error('no portal card on the page');
  return {
    text: card
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    button: /<button[^>]*>Aanmeldlink mailen<\/button>/.test(card),
  };
}

describe('the client portal on the client’s overview', () => {
  it('gives the portal’s address and a button that mails the client a sign-in link', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email: 'eva.portaal@example.test' });
    actAs(owner);
    const card = portalCard(await overview(client.id));
    expect(card.text).toContain('Cliëntportaal');
    expect(card.text).toContain('In het portaal maakt Eva huiswerk, werkt aan het eigen actieplan en bepaalt wat de werkgever mag zien.');
    expect(card.text).toContain(`Adres van het portaal ${portalSignInUrl('nl')}`);
    expect(portalSignInUrl('nl')).toMatch(/^https?:\/\/[^/]+\/portal\/login\?lang=nl$/);
    expect(card.button).toBe(true);
    expect(card.text).toContain('De link gaat naar eva.portaal@example.test, werkt één keer en is 30 minuten geldig.');
  });

  it('gives an English-reading client’s address in English: the sign-in page opens in it', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Jamie', email: 'jamie@example.test', locale: 'en' });
    actAs(owner);
    expect(portalCard(await overview(client.id)).text).toMatch(/Adres van het portaal https?:\/\/[^/]+\/portal\/login\?lang=en /);
  });

  it('says the portal is no longer open once the trajectory is closed or the record archived, without the button', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Bram', status: 'closed', closedOn: '2026-11-30' });
    actAs(owner);
    const closed = portalCard(await overview(client.id));
    expect(closed.text).toContain('Het traject is afgesloten: het portaal staat niet meer open voor Bram.');
    expect(closed.button).toBe(false);
    // The address stays: it is the portal's, not this client's.
    expect(closed.text).toContain(portalSignInUrl('nl'));

    await getDb().update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, client.id));
    const archived = portalCard(await overview(client.id));
    expect(archived.text).toContain('Het dossier is gearchiveerd: het portaal staat niet meer open voor Bram.');
    expect(archived.button).toBe(false);
  });
});

/** The consent section of the page for one kind, as text (tags dropped). */
function consentArticle(html: string, kind: string) {
  const article = html.match(new RegExp(`<article[^>]*aria-labelledby="consent-${kind}"[^>]*>([\\s\\S]*?)</article>`))?.[1];
  if (article === undefined) throw new Error(`no consent section for ${kind} on the page`);
  return article
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the consents on the client’s overview', () => {
  it('keeps an earlier text readable for a consent given to it, beside the current text it asks to agree to', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva' });
    const [earlier] = EARLIER_CONSENT_TEXT_VERSIONS.employer_sharing;
    expect(earlier).toBeDefined();
    await getDb()
      .insert(consents)
      .values({ practiceId: owner.practiceId, clientId: client.id, kind: 'employer_sharing', action: 'given', textVersion: earlier! });
    actAs(owner);
    const html = await overview(client.id);
    const text = consentArticle(html, 'employer_sharing');
    const current = CONSENT_TEXT_VERSIONS.employer_sharing;
    expect(text).toContain(
      `Gegeven voor een eerdere tekst (versie ${earlier}). Deze toestemming blijft gelden. Heeft de cliënt de huidige tekst (versie ${current}) gelezen, leg dan opnieuw toestemming vast.`,
    );
    // A notice beside a consent that still counts, not an error.
    const notice = html.match(/<p[^>]*data-testid="consent-outdated-employer_sharing"[^>]*>/)?.[0];
    expect(notice).toContain('bg-amber-50');
    expect(notice).not.toContain('alert-error');
    expect(text).toContain(`Tekst lezen (versie ${current})`);
    expect(text).toContain('wat de werkgever kan bieden, wie wat doet en wanneer, en wanneer en waar er een driegesprek gepland staat.');
    expect(text).toContain(`Eerdere tekst lezen (versie ${earlier})`);
    expect(text).toContain('wat de werkgever kan bieden, data en aanwezigheid.');
    expect(text).toContain(`tekstversie ${earlier}`);
  });

  it('shows only the current text while every consent was given to it', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Sam' });
    await getDb().insert(consents).values({
      practiceId: owner.practiceId,
      clientId: client.id,
      kind: 'employer_sharing',
      action: 'given',
      textVersion: CONSENT_TEXT_VERSIONS.employer_sharing,
    });
    actAs(owner);
    const text = consentArticle(await overview(client.id), 'employer_sharing');
    expect(text).not.toContain('Eerdere tekst lezen');
    expect(text).not.toContain('eerdere tekst');
    expect(text).not.toContain('data en aanwezigheid');
  });
});

/** The poortwachter panel of the page, as text (tags dropped); null when the page has none. */
function poortwachterPanel(html: string) {
  const panel = html.match(/<section[^>]*aria-labelledby="poortwachter-title"[^>]*>([\s\S]*?)<\/section>/)?.[1];
  return (
    panel
      ?.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() ?? null
  );
}

describe('the poortwachter timeline on the client’s overview', () => {
  it('stops counting once the trajectory is closed: the week and the steps as they stood on the closing day', async () => {
    const owner = await createPractice();
    // Closed as completed on sick day 60, still on sick leave: the plan van aanpak (day 56) had passed, review 1 not yet.
    const client = await seedClient(owner.practiceId, owner.userId, {
      onSickLeave: true,
      sickLeaveSince: '2025-01-06',
      status: 'closed',
      closedOn: '2025-03-06',
      closeReason: 'completed',
    });
    actAs(owner);
    const panel = poortwachterPanel(await overview(client.id));
    expect(panel).toContain('Ziek sinds 6 jan 2025 · in week 9 bij het afsluiten');
    expect(panel).toContain('Traject afgesloten op 6 mrt 2025; termijnen worden niet meer bijgehouden.');
    expect(panel).toContain('Plan van aanpak door werkgever en werknemer');
    expect(panel).not.toMatch(/nu in week|binnenkort|komt nog|Evaluatie 1|Einde loondoorbetaling/);

    // Reopened, the timeline runs again, up to today.
    await getDb().update(clients).set({ status: 'active', closedOn: null, closeReason: null }).where(eq(clients.id, client.id));
    const open = poortwachterPanel(await overview(client.id));
    expect(open).toMatch(/Ziek sinds 6 jan 2025 · nu in week \d+/);
    expect(open).not.toContain('Traject afgesloten');
  });

  it('shows no timeline for a closed record without a closing day, and says why', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {
      onSickLeave: true,
      sickLeaveSince: '2025-01-06',
      status: 'closed',
      closedOn: null,
    });
    actAs(owner);
    expect(poortwachterPanel(await overview(client.id))).toBe(
      'Verzuim en poortwachter Traject afgesloten; termijnen worden niet meer bijgehouden.',
    );
  });
});

describe('the next session on the client’s overview', () => {
  it('says the year of a session in another year: in December, "maandag 4 januari" would read like a day gone by', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const year = new Date().getFullYear() + 1;
    await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        coachId: owner.userId,
        startsAt: zonedToUtc(`${year}-01-04`, '10:00'),
        durationMinutes: 60,
        kind: 'coaching',
        location: 'on_site',
      });
    actAs(owner);
    const card = (await overview(client.id)).match(/<section[^>]*aria-labelledby="next-session-title"[^>]*>([\s\S]*?)<\/section>/)?.[1];
    expect(card?.replace(/<[^>]+>/g, ' ')).toMatch(new RegExp(`\\w+dag 4 januari ${year} (om )?10:00`));
  });
});
